import { describe, expect, test } from 'vitest';
import { extractMetadata } from '../../lib/extract/metadata';
import { normalizeAuthors, splitByline } from '../../lib/extract/authors';
import { normalizeTimestamp } from '../../lib/extract/dates-meta';
import { readMainContent } from '../../lib/extract/readable';
import { fixtureDocument, htmlDocument } from '../helpers/fixtures';

const URL_A = 'http://127.0.0.1/middle-east/2024/08/06/pro-iran-militias-iraq-end-truce-us-troops';

describe('extractMetadata', () => {
  test('the seed-like page: JSON-LD first, then meta tags', () => {
    const doc = fixtureDocument('militia-truce', URL_A);
    const m = extractMetadata(doc, URL_A, readMainContent(doc) ?? {});
    expect(m).toEqual({
      title: 'Pro-Iran militias in Iraq threaten to resume attacks on US troops',
      authors: ['Mina Haddad', 'Omar Saleh'],
      publisher: 'Gulf Ledger',
      publishedTime: '2024-08-06T09:15:00+04:00',
      modifiedTime: '2024-08-06T11:40:00+04:00',
      section: 'Middle East',
      lang: 'en',
      canonicalUrl: URL_A,
      image: 'http://127.0.0.1/img/flags.jpg',
      excerpt: 'Armed groups declare an end to the truce and vow to target American forces once again.',
    });
  });

  test('without JSON-LD: meta author, <title> suffix removed, language region kept', () => {
    const url = 'https://tigris.example/iraq/2024/08/07/truce-over';
    const doc = fixtureDocument('militia-followup', url);
    const m = extractMetadata(doc, url);
    expect(m.title).toBe('Iraqi militia says truce with US forces is over after deadly strike');
    expect(m.authors).toEqual(['Sara Whitfield']);
    expect(m.lang).toBe('en-GB');
    expect(m.publishedTime).toBe('2024-08-07T07:30:00Z');
    expect(m.publisher).toBe('Tigris Times');
  });

  test('falls back to a visible byline and <time>, and to the domain for the publisher', () => {
    const doc = htmlDocument(
      `<html><head><title>Floods close the coast road - Daily</title></head><body>
      <article><h1>Floods close the coast road</h1><p class="byline">By Ana Lima and Rui Costa</p>
      <time datetime="2023-11-02">2 Nov</time><p>Text.</p></article></body></html>`,
      'https://www.diario.example/a/1',
    );
    const m = extractMetadata(doc, 'https://www.diario.example/a/1');
    expect(m.authors).toEqual(['Ana Lima', 'Rui Costa']);
    expect(m.publishedTime).toBe('2023-11-02');
    expect(m.publisher).toBe('diario.example');
    expect(m.title).toBe('Floods close the coast road');
  });

  test('a meta author that is only a profile URL falls through to the visible byline', () => {
    const doc =
      htmlDocument(`<html><head><meta property="article:author" content="https://www.facebook.com/someone"></head>
      <body><p class="byline">By Lina Haddad</p></body></html>`);
    expect(extractMetadata(doc, 'https://a.example/x').authors).toEqual(['Lina Haddad']);
  });

  test('hostile values are dropped, not trusted: script URLs, absurd dates', () => {
    const doc = htmlDocument(`<html><head>
      <link rel="canonical" href="javascript:alert(1)">
      <meta property="og:image" content="javascript:alert(2)">
      <meta property="article:published_time" content="0001-01-01T00:00:00Z">
    </head><body></body></html>`);
    const m = extractMetadata(doc, 'https://a.example/x');
    expect(m.canonicalUrl).toBeNull();
    expect(m.image).toBeNull();
    expect(m.publishedTime).toBeNull();
  });
});

describe('authors and timestamps', () => {
  test('splitByline and normalizeAuthors', () => {
    expect(splitByline('By Jane Doe, John Roe & Li Wei | Updated 3 hours ago')).toEqual([
      'Jane Doe',
      'John Roe',
      'Li Wei',
    ]);
    expect(splitByline('Von Anna Müller und Jan Kurz')).toEqual(['Anna Müller', 'Jan Kurz']);
    expect(normalizeAuthors(['Jane Doe', 'jane doe', 'https://facebook.com/jd', 'Staff', 'Reuters'])).toEqual([
      'Jane Doe',
    ]);
  });

  test.each([
    ['2024-08-06T09:15:00+0400', '2024-08-06T09:15:00+04:00'],
    ['2024-08-06 09:15', '2024-08-06T09:15:00'],
    ['2024-08-06', '2024-08-06'],
    ['20240806', '2024-08-06'],
    ['06.08.2024', '2024-08-06'],
    ['Tue, 06 Aug 2024 09:15:00 GMT', '2024-08-06T09:15:00Z'],
    ['yesterday', null],
    ['', null],
  ])('normalizeTimestamp(%s) → %s', (raw, expected) => {
    expect(normalizeTimestamp(raw)).toBe(expected);
  });
});
