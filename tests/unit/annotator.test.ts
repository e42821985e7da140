import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { createAnnotator, type Send } from '../../lib/annotator/annotator';
import { buildTextModel } from '../../lib/anchoring/text-model';
import { describeRange } from '../../lib/anchoring/selectors';
import type { Annotation } from '../../lib/types';

const URL = 'https://paper.example/story';
const SENTENCE = 'The council voted nine to four to approve the budget.';
const PAGE = `<p>Residents filled the chamber again.</p><p>${SENTENCE} The debate lasted six hours.</p>`;

function annotationOf(html: string, exact: string, id: string): Annotation {
  const window = new Window();
  window.document.body.innerHTML = html;
  const { text } = buildTextModel(window.document.body as unknown as Node);
  const start = text.indexOf(exact);
  const s = describeRange(text, start, start + exact.length)!;
  const at = '2024-08-07T10:00:00.000Z';
  return {
    id,
    articleId: URL,
    url: URL,
    title: 't',
    ...s,
    note: '',
    tags: [],
    created: at,
    updated: at,
    anchor: { state: 'anchored', checked: at },
  };
}

/** A fake background: serves the page's highlights and records what the annotator reports. */
function fakeSend(annotations: Annotation[]) {
  const reports: Array<{ anchored: string[]; orphaned: string[] }> = [];
  const send = (async (name: string, payload: unknown) => {
    if (name === 'annot:page') return { ok: true, value: { annotations, highlightSelection: false } };
    if (name === 'annot:anchored') {
      reports.push(payload as (typeof reports)[number]);
      return { ok: true, value: { recorded: 1 } };
    }
    return { ok: false, error: `unexpected ${name}` };
  }) as Send;
  return { send, reports };
}

/** A page with `html` in its body and an annotator on it, talking to a fake background. */
async function annotatedPage(html: string, annotations: Annotation[]) {
  const window = new Window();
  window.document.body.innerHTML = html;
  const { send, reports } = fakeSend(annotations);
  const doc = window.document as unknown as Document;
  const annotator = createAnnotator(doc, window as unknown as typeof globalThis.window, send, () => URL);
  await annotator.sync();
  const marked = () => [...doc.querySelectorAll('backstory-hl')].map((m) => m.textContent).join('');
  return { window, doc, annotator, reports, marked };
}

describe('annotator', () => {
  test('draws the highlights it can place and reports the others as orphans', async () => {
    const placed = annotationOf(PAGE, SENTENCE, 'a');
    const gone = annotationOf(
      `<p>A sentence that was removed from the page later on.</p>${PAGE}`,
      'A sentence that was removed',
      'b',
    );
    const { window, doc, annotator, reports, marked } = await annotatedPage(PAGE, [placed, gone]);
    expect(marked()).toBe(SENTENCE);
    expect(reports).toEqual([{ url: URL, anchored: ['a'], orphaned: ['b'] }]);
    expect(annotator.state()).toEqual({ placed: ['a'], pending: ['b'] });
    // A second injection (another request) does not draw twice.
    await annotator.sync();
    expect(doc.querySelectorAll('backstory-hl')).toHaveLength(1);
    await window.happyDOM.close();
  });

  test('a page that renders its text late gets its highlight when the text arrives', async () => {
    const late = annotationOf(PAGE, SENTENCE, 'late');
    const { window, doc, reports, marked } = await annotatedPage('<div id="app">Loading…</div>', [late]);
    expect(reports).toEqual([{ url: URL, anchored: [], orphaned: ['late'] }]);
    doc.getElementById('app')!.innerHTML = PAGE;
    await new Promise((r) => setTimeout(r, 600));
    expect(marked()).toBe(SENTENCE);
    expect(reports.at(-1)).toEqual({ url: URL, anchored: ['late'], orphaned: [] });
    await window.happyDOM.close();
  });
});
