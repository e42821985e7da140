import { describe, expect, test } from 'vitest';
import { readMainContent } from '../../lib/extract/readable';
import { htmlDocument } from '../helpers/fixtures';

const PARA = (i: number) =>
  `<p>Paragraph ${i}: the council voted on Tuesday to reopen the old harbour ferry line, which closed in 2019 after ` +
  `the operator went bankrupt, and to fund repairs to the pier with money from the regional transport budget.</p>`;

describe('boilerplate inside the article text', () => {
  const doc = htmlDocument(`<html><head><title>Ferry line reopens</title></head><body><article>
    <h1>Ferry line reopens</h1>${PARA(1)}${PARA(2)}
    <p><strong>Read more:</strong> <a href="/a">Pier repairs delayed again</a></p>
    ${PARA(3)}
    <p>Lesen Sie auch: <a href="/b">Die Fähre im Winter</a></p>
    <ul><li><a href="/c">Bus timetable changes in May</a></li><li><a href="/d">New cycle lane on the quay</a></li></ul>
    ${PARA(4)}
    <p>SIGN UP FOR OUR NEWSLETTER</p>
    ${PARA(5)}</article></body></html>`);
  const text = readMainContent(doc)?.text ?? '';

  test('keeps every paragraph of the story', () => {
    for (const i of [1, 2, 3, 4, 5]) expect(text).toContain(`Paragraph ${i}:`);
  });

  test('drops read-more teasers, link-only lists and newsletter prompts', () => {
    expect(text).not.toContain('Pier repairs delayed');
    expect(text).not.toContain('Die Fähre im Winter');
    expect(text).not.toContain('Bus timetable');
    expect(text).not.toContain('NEWSLETTER');
  });

  test('a paragraph with a link in running text stays', () => {
    const d = htmlDocument(`<html><body><article>${PARA(1)}<p>The operator, <a href="/o">Harbour Lines</a>, said
      that the first crossing would run on 4 May and that tickets would cost the same as before.</p>${PARA(2)}${PARA(3)}
      </article></body></html>`);
    expect(readMainContent(d)?.text).toContain('Harbour Lines');
  });
});
