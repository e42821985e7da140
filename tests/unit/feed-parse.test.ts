import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { FeedError, MAX_PARSED_ITEMS, parseFeed } from '../../lib/feeds/parse';
import { decodeBody } from '../../lib/feeds/fetch';
import { feedText } from '../../lib/feeds/text';

const BASE = 'https://base.example/feed';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));
const parseFixture = (name: string) => parseFeed(decodeBody(fixture(name), null), BASE);

describe('parseFeed: the four formats', () => {
  test('RSS 2.0: entities decoded, guid permalinks, relative links resolved, items without a link dropped', () => {
    const feed = parseFixture('rss2.xml');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Harbour Herald & Post');
    // The channel's text <link>, not the <atom:link rel="self"> beside it.
    expect(feed.siteUrl).toBe('https://herald.example/');
    expect(feed.items).toEqual([
      {
        title: 'Port workers strike over pay & conditions',
        url: 'https://herald.example/2024/08/06/port-strike',
        published: '2024-08-06T09:30:00.000Z',
        summary: 'Dock workers in Rotterdam walked out.',
      },
      {
        title: 'Ferry timetable changes',
        url: 'https://herald.example/2024/08/05/ferry-timetable',
        published: '2024-08-05T15:00:00.000Z',
        summary: '',
      },
      { title: 'Relative link story', url: 'https://base.example/2024/08/04/relative', published: null, summary: '' },
    ]);
  });

  test('RSS 1.0 (RDF): items beside the channel, dc:date, rdf:about as the link when <link> is missing', () => {
    const feed = parseFixture('rdf.xml');
    expect(feed.format).toBe('rdf');
    expect(feed.title).toBe('Valley Gazette');
    expect(feed.items.map((i) => [i.title, i.url, i.published])).toEqual([
      ['New dam opens on the river', 'https://valley.example/news/dam-opens', '2024-08-06T08:00:00.000Z'],
      ['Council votes on bridge', 'https://valley.example/news/bridge-vote', '2024-08-05T11:00:00.000Z'],
    ]);
  });

  test('Atom: the alternate link (not self or enclosure), published before updated, HTML titles as text', () => {
    const feed = parseFixture('atom.xml');
    expect(feed.format).toBe('atom');
    expect(feed.siteUrl).toBe('https://wire.example/');
    expect(feed.items).toEqual([
      {
        title: 'Leaders agree climate pact',
        url: 'https://wire.example/2024/08/06/climate-pact',
        published: '2024-08-06T07:15:00.000Z',
        summary: 'Forty nations signed.',
      },
      {
        title: 'Updated only',
        url: 'https://wire.example/2024/08/05/updated-only',
        published: '2024-08-05T11:00:00.000Z',
        summary: '',
      },
    ]);
  });

  test('JSON Feed: url or external_url, bad dates as null; script links, untitled and non-object items dropped', () => {
    const feed = parseFixture('feed.json');
    expect(feed.format).toBe('json');
    expect(feed.title).toBe('Orbit Daily');
    expect(feed.siteUrl).toBe('https://orbit.example/');
    expect(feed.items).toEqual([
      {
        title: 'Probe lands on comet',
        url: 'https://orbit.example/2024/08/06/probe-lands',
        published: '2024-08-06T06:00:00.000Z',
        summary: 'A historic landing.',
      },
      { title: 'Launch delayed', url: 'https://other.example/launch', published: null, summary: '' },
    ]);
  });
});

describe('parseFeed: malformed and hostile documents', () => {
  test('entity expansion ("billion laughs") is not performed: the reference stays literal', () => {
    const feed = parseFixture('billion-laughs.xml');
    expect(feed.items[0]?.title).toBe('&lol9;');
    expect(JSON.stringify(feed).length).toBeLessThan(1_000);
  });

  test('an external entity (XXE) is refused with an error, never resolved', () => {
    expect(() => parseFixture('external-entity.xml')).toThrow(FeedError);
    expect(() => parseFixture('external-entity.xml')).toThrow(/entit/i);
  });

  test('HTML in titles, escaped once, twice or in CDATA, becomes plain text; script content is dropped', () => {
    const feed = parseFixture('html-titles.xml');
    expect(feed.title).toBe('Tags everywhere');
    expect(feed.items).toEqual([
      { title: 'Mayor & council ’agree’', url: 'https://tags.example/1?a=1&b=2', published: null, summary: '' },
      // The javascript: item is dropped; its twin with a web link is kept.
      { title: 'Bold move by the board', url: 'https://tags.example/2', published: null, summary: '' },
    ]);
    for (const item of feed.items) expect(item.title).not.toMatch(/[<>]|alert/);
  });

  test('a wrong-encoding feed is decoded with the charset its XML declaration names', () => {
    const bytes = fixture('windows-1252.xml');
    // Read as UTF-8 the Latin letters would be replacement characters.
    expect(new TextDecoder().decode(bytes)).toContain('\uFFFD');
    const feed = parseFeed(decodeBody(bytes, null), BASE);
    expect(feed.title).toBe('Café Nouvelles');
    expect(feed.items[0]?.title).toContain('naïve café');
  });

  test('the HTTP charset wins over the declaration; a byte-order mark wins over both; unknown labels fall back', () => {
    const utf8 = new TextEncoder().encode('<?xml version="1.0" encoding="windows-1252"?><x>é</x>');
    expect(decodeBody(utf8, 'application/xml; charset=utf-8')).toContain('<x>é</x>');
    expect(decodeBody(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'text/xml; charset=iso-8859-1')).toContain('é');
    expect(decodeBody(utf8, 'text/xml; charset=no-such-charset')).toContain('<x>é</x>');
  });

  test('truncated XML, truncated JSON and an HTML page are clear errors', () => {
    expect(() => parseFixture('truncated.xml')).toThrow(/Malformed XML/);
    expect(() => parseFixture('truncated.json')).toThrow(/Malformed JSON/);
    expect(() => parseFixture('not-a-feed.html')).toThrow('Not a feed: the document is <html>');
    expect(() => parseFeed('hello', BASE)).toThrow(/neither XML nor JSON/);
    expect(() => parseFeed('{"items": []}', BASE)).toThrow(/JSON Feed version/);
  });

  test('a feed with thousands of items is cut at the parse limit', () => {
    const items = Array.from(
      { length: MAX_PARSED_ITEMS + 300 },
      (_, i) => `<item><title>Item ${i}</title><link>https://many.example/${i}</link></item>`,
    ).join('');
    const feed = parseFeed(`<rss version="2.0"><channel><title>Many</title>${items}</channel></rss>`, BASE);
    expect(feed.items).toHaveLength(MAX_PARSED_ITEMS);
  });
});

describe('feedText', () => {
  test('collapses whitespace, drops control characters and bounds the length', () => {
    expect(feedText('  a \n\t b\u0007 ', 100)).toBe('a b');
    expect(feedText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
