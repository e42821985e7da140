import { describe, expect, test } from 'vitest';
import { harvestHeadlines, resolveTimeText } from '../../lib/extract/headlines';
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
