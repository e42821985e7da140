import { describe, expect, test } from 'vitest';
import { harvestHeadlines, resolveTimeText, scanBySelectors, scanByWalk } from '../../lib/extract/headlines';
import { readMainContent } from '../../lib/extract/readable';
import { fixtureDocument, htmlDocument } from '../helpers/fixtures';

const URL_A = 'http://127.0.0.1/middle-east/2024/08/06/pro-iran-militias-iraq-end-truce-us-troops';
const NOW = new Date('2024-08-06T12:00:00');

describe('harvestHeadlines', () => {
  test('takes the "more news" list around the seed-like article, and nothing from menus, comments or banners', () => {
    const doc = fixtureDocument('militia-truce', URL_A);
    const headlines = harvestHeadlines(doc, URL_A, readMainContent(doc)?.links, NOW);
    expect(headlines.map((h) => h.title)).toEqual([
      "Canada says it will comply with the international court's arrest warrants",
      'Russia fumes over new US base in Poland',
      'UN Security Council set to vote on Gaza ceasefire',
      'Arms race on display: Vietnam to host Iran and Israel',
    ]);
    expect(headlines[0]).toMatchObject({
      url: 'http://127.0.0.1/world/2024/08/05/canada-will-comply-with-arrest-warrants-court',
      timeText: '21:09',
      foundOn: URL_A,
    });
    expect(headlines[2]).toMatchObject({ timeText: '04.08.24', time: '2024-08-04' });
  });

  test('links inside the article body and non-http links are not headlines', () => {
    const doc = htmlDocument(`<html><body><ul>
      <li><a href="javascript:alert(1)">A perfectly headline-shaped link text here</a></li>
      <li><a href="/cited">An in-text citation that looks like a headline</a></li>
      <li><a href="/x/one">Only one real headline remains in this list</a></li>
    </ul></body></html>`);
    expect(harvestHeadlines(doc, 'https://a.example/s', ['/cited'], NOW)).toEqual([]);
  });
});

describe('the page scan: by walk as by the selector engine', () => {
  const same = (doc: Document) => {
    const walk = scanByWalk(doc);
    const selectors = scanBySelectors(doc);
    expect(walk.anchors).toEqual(selectors.anchors);
    expect([...walk.skipped].sort(byOrder)).toEqual([...selectors.skipped].sort(byOrder));
    return walk;
  };
  const byOrder = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4 ? -1 : 1);

  test('finds the same containers and links on the seed-like article', () => {
    const { skipped, anchors } = same(fixtureDocument('militia-truce', URL_A));
    expect(skipped.size).toBeGreaterThan(3);
    expect(anchors.length).toBeGreaterThan(10);
  });

  test('and on markup that tells the two apart if either is wrong', () => {
    const doc = htmlDocument(`<html><body>
      <NAV><a href="/n">n</a></NAV><footer></footer><form></form>
      <div role="navigation"></div><div role="contentinfo"></div><div role="navigation-x"></div>
      <div id="Comments-2"></div><div id="commentary"></div><div id="talk"></div>
      <div class="x SOCIAL-bar"></div><div class="Cookie"></div><div class="sharebox"></div><div class="banner"></div>
      <div class="plain"><a>no href</a><a href="">empty href</a></div>
    </body></html>`);
    const stray = doc.createElement('nav');
    doc.appendChild(stray);
    const { skipped, anchors } = same(doc);
    expect(skipped.size).toBe(12);
    expect(skipped.has(stray)).toBe(true);
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual(['/n', '']);
  });
});

describe('resolveTimeText', () => {
  test('clock times are today, or yesterday when still ahead of now', () => {
    expect(resolveTimeText('11:27', NOW)).toBe(new Date('2024-08-06T11:27:00').toISOString());
    expect(resolveTimeText('21:09', NOW)).toBe(new Date('2024-08-05T21:09:00').toISOString());
  });
  test('day.month.year and "ago"', () => {
    expect(resolveTimeText('20.11.24', NOW)).toBe('2024-11-20');
    expect(resolveTimeText('3 hours ago', NOW)).toBe(new Date(NOW.getTime() - 3 * 3_600_000).toISOString());
    expect(resolveTimeText('soon', NOW)).toBeNull();
  });
});
