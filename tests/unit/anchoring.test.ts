import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { buildTextModel, offsetAt, pointAt } from '../../lib/anchoring/text-model';
import { describeRange } from '../../lib/anchoring/selectors';
import { anchorQuote } from '../../lib/anchoring/match';
import { HIGHLIGHT_TAG, highlightRange, removeHighlights } from '../../lib/anchoring/highlight';

function body(html: string): HTMLElement {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document.body as unknown as HTMLElement;
}

/** Selectors for the first occurrence of `exact` in the page's text model. */
function select(root: HTMLElement, exact: string) {
  const { text } = buildTextModel(root);
  const start = text.indexOf(exact);
  expect(start).toBeGreaterThanOrEqual(0);
  return describeRange(text, start, start + exact.length)!;
}

const ARTICLE = `
  <h1>Council approves the budget</h1>
  <p>The city council approved the budget on Tuesday after a long debate.</p>
  <p>Mayor Jane Ortiz said the vote was a relief.   "We can now fix the roads," she said.</p>
  <p>Opponents said the plan raises taxes on small shops.</p>
  <script>var x = "The city council approved";</script>`;

describe('text model', () => {
  test('collapses whitespace, skips scripts and Backstory UI, and maps offsets both ways', () => {
    const root = body(
      `<p>One   two</p>\n\n<p> three <b>four</b></p><script>no</script><backstory-ui>ui</backstory-ui>`,
    );
    const model = buildTextModel(root);
    expect(model.text).toBe('One two three four');
    const start = model.text.indexOf('three');
    const point = pointAt(model, start)!;
    expect(point.node.data.slice(point.offset, point.offset + 5)).toBe('three');
    expect(offsetAt(model, point.node, point.offset)).toBe(start);
    const end = pointAt(model, model.text.length, true)!;
    expect(end.node.data).toBe('four');
    expect(end.offset).toBe(4);
  });
});

describe('describeRange', () => {
  test('keeps 32 characters of context and trims spaces off the selection', () => {
    const text = 'a'.repeat(40) + ' the quote ' + 'b'.repeat(40);
    const s = describeRange(text, 40, 51)!;
    expect(s.quote.exact).toBe('the quote');
    expect(s.quote.prefix).toBe('a'.repeat(31) + ' ');
    expect(s.quote.suffix).toBe(' ' + 'b'.repeat(31));
    expect(s.position).toEqual({ type: 'TextPositionSelector', start: 41, end: 50 });
    expect(describeRange(text, 40, 41)).toBeNull();
  });
});

describe('anchorQuote', () => {
  test('the stored position is used when the page is unchanged', () => {
    const root = body(ARTICLE);
    const s = select(root, 'Mayor Jane Ortiz said the vote was a relief.');
    const a = anchorQuote(buildTextModel(root).text, s.quote, s.position)!;
    expect(a).toMatchObject({ start: s.position.start, end: s.position.end, method: 'position' });
  });

  test('a paragraph inserted before moves the quote; the quote search finds it', () => {
    const s = select(body(ARTICLE), 'Mayor Jane Ortiz said the vote was a relief.');
    const edited = body(ARTICLE.replace('<h1>', '<p>Update: this story was corrected on Wednesday.</p><h1>'));
    const { text } = buildTextModel(edited);
    const a = anchorQuote(text, s.quote, s.position)!;
    expect(a.method).toBe('quote');
    expect(text.slice(a.start, a.end)).toBe(s.quote.exact);
  });

  test('a repeated phrase is told apart by its context, not its old position', () => {
    const html = `<p>Prices rose again. The minister said nothing. Later that week, in parliament, the minister said nothing at all about the deficit.</p>`;
    const root = body(html);
    const { text } = buildTextModel(root);
    const second = text.lastIndexOf('the minister said nothing');
    const s = describeRange(text, second, second + 'the minister said nothing'.length)!;
    // Text inserted at the start shifts both occurrences; the old position now points at neither.
    const shifted = 'Breaking. ' + text;
    const a = anchorQuote(shifted, s.quote, s.position)!;
    expect(a.start).toBe(shifted.lastIndexOf('the minister said nothing'));
  });

  test('identical repeats with identical context go to the one nearest the old position', () => {
    const text = 'Advertisement. Continue reading the main story. '.repeat(6);
    const occurrences = [...text.matchAll(/Advertisement/g)].map((m) => m.index);
    const at = occurrences[3]!;
    const s = describeRange(text, at, at + 13)!;
    // The page moved by a few characters: the old position points just past the word.
    const moved = 'Ad. ' + text;
    expect(anchorQuote(moved, s.quote, s.position)!.start).toBe(at + 4);
  });

  test('a typo fixed inside the quote and whitespace changes: the fuzzy step places it', () => {
    const before = body(ARTICLE.replace('approved the budget', 'aproved the budget'));
    const s = select(before, 'The city council aproved the budget on Tuesday');
    const after = body(ARTICLE.replace(/\s+/g, '  ').replace('<p>The', '<p>\n\t The'));
    const { text } = buildTextModel(after);
    const a = anchorQuote(text, s.quote, s.position)!;
    expect(a.method).toBe('fuzzy');
    expect(text.slice(a.start, a.end)).toMatch(/^The city council approved the budget on Tuesda?y?$/);
  });

  test('a typo fixed inside the quote is not lost to a near-duplicate with fewer differences', () => {
    const decoy = 'Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua, ut enim ad minim.';
    const quote = 'Tempor incididunt ut labore et dolore magna aliqua, ut enim ad minim.';
    const text = `${decoy} Other words here to keep the two apart. Foo. ${quote} Last words of the page.`;
    const at = text.indexOf(quote);
    const s = describeRange(text, at, at + quote.length)!;
    const edited = text.replace(quote, quote.replace('labore', 'lbaore'));
    const a = anchorQuote(edited, s.quote, s.position)!;
    expect(a).toMatchObject({ start: at, method: 'fuzzy' });
  });

  test('markup changes inside the quote do not move it', () => {
    const s = select(body(ARTICLE), 'Opponents said the plan raises taxes');
    const after = body(ARTICLE.replace('the plan raises', 'the <a href="/plan">plan</a> <em>raises</em>'));
    const { text } = buildTextModel(after);
    const a = anchorQuote(text, s.quote, s.position)!;
    expect(text.slice(a.start, a.end)).toBe('Opponents said the plan raises taxes');
  });

  test('a deleted quote is an orphan, even when a similar sentence remains elsewhere', () => {
    const html = `<p>Intro.</p><p>The council approved the budget on Tuesday.</p><p>Other news.</p><p>Last year the council approved the budget on Monday.</p>`;
    const s = select(body(html), 'The council approved the budget on Tuesday.');
    const after = body(html.replace('<p>The council approved the budget on Tuesday.</p>', ''));
    expect(anchorQuote(buildTextModel(after).text, s.quote, s.position)).toBeNull();
  });

  test('a short quote whose context is gone is an orphan, not a guess', () => {
    const s = select(body(ARTICLE), 'Tuesday');
    const after = body('<p>The committee will meet again on Tuesday to discuss parking.</p>');
    expect(anchorQuote(buildTextModel(after).text, s.quote, s.position)).toBeNull();
  });
});

describe('highlightRange', () => {
  test('wraps a range across elements without changing the text, and unwraps it', () => {
    const root = body(`<p>Alpha <b>beta</b> gamma</p><p>delta epsilon</p>`);
    const model = buildTextModel(root);
    const start = model.text.indexOf('beta');
    const end = model.text.indexOf('delta') + 5;
    const wrappers = highlightRange(model, start, end, 'h1');
    expect(wrappers.map((w) => w.textContent)).toEqual(['beta', ' gamma', 'delta']);
    expect(buildTextModel(root).text).toBe(model.text);
    expect(root.querySelectorAll(HIGHLIGHT_TAG)).toHaveLength(3);
    removeHighlights(root, 'h1');
    expect(root.querySelectorAll(HIGHLIGHT_TAG)).toHaveLength(0);
    expect(root.innerHTML).toBe('<p>Alpha <b>beta</b> gamma</p><p>delta epsilon</p>');
  });
});
