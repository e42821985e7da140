import { buildTextModel, offsetAt } from '../anchoring/text-model';
import { describeRange } from '../anchoring/selectors';
import { anchorQuote } from '../anchoring/match';
import { HIGHLIGHT_ID_ATTR, HIGHLIGHT_TAG, highlightRange, removeHighlights } from '../anchoring/highlight';
import { positionBelow } from './shadow-host';
import { createEditor } from './editor';
import type { Annotation } from '../types';
import type { MessageName, Payload, Reply, Result } from '../messaging';

export type Send = <K extends MessageName>(name: K, payload: Payload<K>) => Promise<Result<Reply<K>>>;

/** How long highlights not yet placed are retried while the page keeps rendering (late, lazy content). */
export const RETRY_WINDOW_MS = 10_000;
const RETRY_DEBOUNCE_MS = 250;

/**
 * The page-side annotator: draws the page's highlights, retries those it cannot place yet while the page
 * changes (a MutationObserver, for a bounded time), reports which are placed and which are orphans, and
 * turns the selection into a new highlight when the reader asks. One instance per page; injecting the
 * script again calls `sync()`.
 */
export function createAnnotator(doc: Document, win: Window, send: Send, url = () => win.location.href) {
  const known = new Map<string, Annotation>();
  const placed = new Set<string>();
  let observer: MutationObserver | null = null;
  let stopAt = 0;
  let retryTimer = 0;

  const pending = () => [...known.values()].filter((a) => !placed.has(a.id));

  const editor = createEditor(doc, {
    async save(id, note, tags) {
      const r = await send('annot:update', { id, note, tags });
      if (r.ok && r.value) known.set(id, r.value);
      return r.ok && !!r.value;
    },
    async remove(id) {
      const r = await send('annot:delete', { id });
      if (!r.ok || !r.value.deleted) return false;
      known.delete(id);
      placed.delete(id);
      removeHighlights(doc.body, id);
      return true;
    },
  });

  /** Place what can be placed now; returns whether anything new was drawn. */
  const place = (): boolean => {
    const todo = pending();
    if (!todo.length || !doc.body) return false;
    const model = buildTextModel(doc.body);
    const found = todo
      .map((a) => ({ a, anchor: anchorQuote(model.text, a.quote, a.position) }))
      .filter((x) => x.anchor !== null);
    // Wrap from the end of the text backwards: splitting a text node keeps its head in the original node,
    // so the model's offsets before the split stay valid and one model serves every highlight.
    found.sort((x, y) => y.anchor!.start - x.anchor!.start);
    observer?.disconnect();
    for (const { a, anchor } of found) {
      if (highlightRange(model, anchor!.start, anchor!.end, a.id).length) placed.add(a.id);
    }
    watch();
    return found.length > 0;
  };

  const report = () => {
    const all = [...known.keys()];
    if (!all.length) return;
    void send('annot:anchored', {
      url: url(),
      anchored: all.filter((id) => placed.has(id)),
      orphaned: all.filter((id) => !placed.has(id)),
    });
  };

  const watch = () => {
    if (!pending().length || Date.now() > stopAt || !doc.body) {
      observer?.disconnect();
      return;
    }
    observer ??= new (win as Window & typeof globalThis).MutationObserver(() => {
      win.clearTimeout(retryTimer);
      retryTimer = win.setTimeout(() => {
        if (Date.now() > stopAt) return observer?.disconnect();
        if (place()) report();
      }, RETRY_DEBOUNCE_MS);
    });
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  };

  const highlightSelection = async (): Promise<void> => {
    const sel = win.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount || !doc.body) return;
    const range = sel.getRangeAt(0);
    const model = buildTextModel(doc.body);
    const start = offsetAt(model, range.startContainer, range.startOffset);
    const end = offsetAt(model, range.endContainer, range.endOffset);
    if (start === null || end === null) return;
    const selectors = describeRange(model.text, start, end);
    if (!selectors) return;
    const at = positionBelow(range, win, 300);
    const r = await send('annot:create', { url: url(), title: doc.title.slice(0, 2_000), ...selectors });
    if (!r.ok) return;
    known.set(r.value.id, r.value);
    observer?.disconnect();
    // The model is still the page's: nothing was drawn since it was built.
    if (highlightRange(model, selectors.position.start, selectors.position.end, r.value.id).length)
      placed.add(r.value.id);
    watch();
    sel.removeAllRanges();
    editor.open(r.value, at);
  };

  // A click on a highlight opens its note and tags.
  doc.addEventListener('click', (e) => {
    const target = e.target as Element | null;
    const mark = target?.closest?.(`${HIGHLIGHT_TAG}[${HIGHLIGHT_ID_ATTR}]`);
    const annotation = mark && known.get(mark.getAttribute(HIGHLIGHT_ID_ATTR) ?? '');
    if (!annotation || !mark) return;
    const range = doc.createRange();
    range.selectNodeContents(mark);
    editor.open(annotation, positionBelow(range, win, 300));
  });

  return {
    /** Fetch the page's highlights, draw new ones, and take a pending "highlight the selection" request. */
    async sync(): Promise<void> {
      const r = await send('annot:page', { url: url() });
      if (!r.ok) return;
      let added = false;
      for (const a of r.value.annotations) {
        if (!known.has(a.id)) added = true;
        known.set(a.id, a);
      }
      if (added) {
        stopAt = Date.now() + RETRY_WINDOW_MS;
        place();
        report();
      }
      if (r.value.highlightSelection) await highlightSelection();
    },
    highlightSelection,
    /** Ids drawn on the page and ids not placed (for tests). */
    state: () => ({ placed: [...placed], pending: pending().map((a) => a.id) }),
  };
}
