import { pointAt, type TextModel } from './text-model';

/**
 * Highlights as inline wrappers around text nodes. The element is a custom one (`backstory-hl`) rather than
 * `<mark>`, so page CSS written for `mark` does not restyle it; inline style sets only colours, so the line
 * box, font and layout stay as they were. Wrapping splits text nodes but adds no text: the text model, and so
 * every other highlight's offsets, are unchanged.
 */
export const HIGHLIGHT_TAG = 'backstory-hl';
export const HIGHLIGHT_ID_ATTR = 'data-backstory-id';
const STYLE = 'background-color:rgba(255,214,10,.42);color:inherit;border-radius:2px;cursor:pointer';

/** Wrap `[start, end)` of the model's text; returns the wrappers (empty when the range holds no text). */
export function highlightRange(model: TextModel, start: number, end: number, id: string): HTMLElement[] {
  const from = pointAt(model, start);
  const to = pointAt(model, end, true);
  if (!from || !to || end <= start) return [];
  const first = model.segments.findIndex((s) => s.node === from.node);
  const last = model.segments.findIndex((s) => s.node === to.node);
  if (first < 0 || last < first) return [];
  const wrappers: HTMLElement[] = [];
  for (let i = first; i <= last; i++) {
    const node = model.segments[i]!.node;
    const s = i === first ? from.offset : 0;
    const e = i === last ? to.offset : node.data.length;
    if (e <= s || !node.data.slice(s, e).trim()) continue;
    wrappers.push(wrapText(node, s, e, id));
  }
  return wrappers;
}

function wrapText(node: Text, start: number, end: number, id: string): HTMLElement {
  // Split so that `target` holds exactly [start, end): the model's segments keep pointing at the original
  // node, which now holds the text before the range; callers rebuild the model after wrapping.
  let target = node;
  if (start > 0) target = target.splitText(start);
  if (end - start < target.data.length) target.splitText(end - start);
  const wrapper = node.ownerDocument.createElement(HIGHLIGHT_TAG);
  wrapper.setAttribute(HIGHLIGHT_ID_ATTR, id);
  wrapper.setAttribute('style', STYLE);
  target.parentNode!.insertBefore(wrapper, target);
  wrapper.appendChild(target);
  return wrapper;
}

/** Remove a highlight's wrappers (all of them when `id` is omitted), merging the text back. */
export function removeHighlights(root: ParentNode, id?: string): void {
  const selector = id ? `${HIGHLIGHT_TAG}[${HIGHLIGHT_ID_ATTR}="${cssString(id)}"]` : HIGHLIGHT_TAG;
  for (const wrapper of Array.from(root.querySelectorAll(selector))) {
    const parent = wrapper.parentNode;
    if (!parent) continue;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    parent.removeChild(wrapper);
    parent.normalize();
  }
}

function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
