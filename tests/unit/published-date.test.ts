import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { readJsonLd } from '../../lib/extract/jsonld';
import { findPublishedTime, urlDay } from '../../lib/extract/published';
import { parseDay } from '../../lib/extract/published/parse-day';

const dir = fileURLToPath(new URL('../fixtures/published/', import.meta.url));
const NOW = new Date('2024-06-01T12:00:00Z');

function published(file: string, url = 'https://news.example/story'): string | null {
  const doc = parseDocument(readFileSync(`${dir}${file}`, 'utf8'), url);
  return findPublishedTime(doc, url, readJsonLd(doc), null, NOW);
}

describe('parseDay', () => {
  const bounds = { latest: '2024-06-02' };
  test.each([
    ['Samstag, 19. Juli 2014', '2014-07-19'],
    ['am 16.12.2012, 19:05', '2012-12-16'],
    ['8.5.12', '2012-05-08'],
    ['June 28th, 2018', '2018-06-28'],
    ['Jan 18, 2019', '2019-01-18'],
    ['jeudi 13 juin 2019', '2019-06-13'],
    ['Publié le 1er août 2019', '2019-08-01'],
    ['13 de junio de 2019', '2019-06-13'],
    ['2019-06-27T10:21:40Z', '2019-06-27'],
    ['26/10/2018', '2018-10-26'],
    ['01-11-2023 10:29', '2023-11-01'],
    ['Tue, 08 Nov 2023 10:00:00 GMT', '2023-11-08'],
  ])('%s → %s', (text, day) => {
    expect(parseDay(text, bounds)).toBe(day);
  });

  test('the earliest date in the string wins', () => {
    expect(parseDay('Published 3 March 2020, updated 2020-04-01', bounds)).toBe('2020-03-03');
  });

  test('slashes follow the page convention unless one reading is impossible', () => {
    expect(parseDay('03/04/2019', { ...bounds, slashOrder: 'mdy' })).toBe('2019-03-04');
    expect(parseDay('03/04/2019', { ...bounds, slashOrder: 'dmy' })).toBe('2019-04-03');
    expect(parseDay('10/26/2018', { ...bounds, slashOrder: 'dmy' })).toBe('2018-10-26');
  });

  test('impossible, too old, future and undated strings give null', () => {
    expect(parseDay('31.02.2020', bounds)).toBeNull();
    expect(parseDay('12.05.1980', bounds)).toBeNull();
    expect(parseDay('1. Januar 2030', bounds)).toBeNull();
    expect(parseDay('Version 3.6.0, 2000 Zeichen', bounds)).toBeNull();
    expect(parseDay('19:32', bounds)).toBeNull();
  });
});

describe('urlDay', () => {
  const bounds = { latest: '2024-06-02' };
  test('a full date in the path, not in the query or a bare month', () => {
    expect(urlDay('https://x.example/2019/10/22/entloeten/', bounds)).toBe('2019-10-22');
    expect(urlDay('https://x.example/en/2019-12-02-health-workers', bounds)).toBe('2019-12-02');
    expect(urlDay('https://x.example/2016/12/python-360.html', bounds)).toBeNull();
    expect(urlDay('https://x.example/a?from=2019/10/22', bounds)).toBeNull();
  });
});

describe('findPublishedTime', () => {
  test('the date line under the headline, not a teaser date or a date in the text', () => {
    expect(published('headline-date-line.html')).toBe('2021-11-10');
  });

  test("the address's day beats a meta stamp converted to UTC on the next day", () => {
    expect(published('url-day-over-utc-meta.html', 'https://metro.example/2023/11/08/budget/')).toBe('2023-11-08');
  });

  test('a stated stamp on the same day as the address keeps its time of day', () => {
    expect(published('headline-outvoted.html', 'https://x.example/2020/02/04/grain')).toBe('2020-02-04T08:00:00+01:00');
  });

  test('JSON-LD datePublished on a WebPage node of a @graph', () => {
    expect(published('yoast-graph.html')).toBe('2018-02-28T15:07:03+00:00');
  });

  test('Blogger-style abbr.published title', () => {
    expect(published('blogger-abbr.html')).toBe('2016-12-23T05:11:00-05:00');
  });

  test('two machine sources outvote a headline walk that reached a related-link date', () => {
    expect(published('headline-outvoted.html')).toBe('2020-02-04T08:00:00+01:00');
  });

  test('a French date line by class name; footer dates are ignored', () => {
    expect(published('french-date-line.html')).toBe('2019-06-29');
  });

  test('a publication date in a data layer script', () => {
    expect(published('data-layer.html')).toBe('2022-01-25');
  });

  test('US pages read 11/08/23 as November 8', () => {
    expect(published('us-slash-date.html')).toBe('2023-11-08');
  });

  test("a byline's date beside the author's name, not a date in the text", () => {
    expect(published('byline-beside-name.html')).toBe('2012-05-08');
  });

  test('a meta date contradicted by two visible sources is outvoted', () => {
    expect(published('meta-outvoted.html')).toBe('2022-01-25T08:00:00+01:00');
  });

  test('without an <h1>, the heading the page title repeats anchors the date line', () => {
    expect(published('h3-headline.html')).toBe('2023-11-01');
  });

  test('nothing dated gives null', () => {
    const doc = parseDocument(
      '<html><body><h1>About us and our long history</h1><p>Hello.</p></body></html>',
      'https://x.example/about',
    );
    expect(findPublishedTime(doc, 'https://x.example/about', [], null, NOW)).toBeNull();
  });
});
