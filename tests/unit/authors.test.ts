import { describe, expect, test } from 'vitest';
import { normalizeAuthors, splitByline } from '../../lib/extract/authors';
import { extractMetadata } from '../../lib/extract/metadata';
import { readMainContent } from '../../lib/extract/readable';
import { htmlDocument } from '../helpers/fixtures';

const URL = 'https://blog.example/2024/03/02/harbour-ferry-returns';
const BODY = '<p>The harbour ferry returned on Saturday after a winter of repairs to its engines and deck.</p>'.repeat(
  6,
);
const authorsOf = (html: string) => {
  const doc = htmlDocument(html, URL);
  return extractMetadata(doc, URL, readMainContent(doc) ?? {}).authors;
};

describe('author sources', () => {
  test('a JSON-LD author given as an @id reference into the @graph is resolved to the Person', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', headline: 'Ferry returns', author: { '@id': 'https://blog.example/#/person/1' } },
        { '@type': ['Person', 'Organization'], '@id': 'https://blog.example/#/person/1', name: 'Maren Holt' },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script></head>
      <body><article>${BODY}</article></body></html>`;
    expect(authorsOf(html)).toEqual(['Maren Holt']);
  });

  test('a byline that only says "Posted on" falls through to the microformat author', () => {
    const html = `<html><head><title>Ferry returns</title></head><body><article>
      <div class="entry-meta"><span class="byline">Posted on</span> <time>2 March 2024</time>
      <span class="author vcard"><a class="url fn n" href="/author/jonas/">Jonas Brandt</a></span></div>
      ${BODY}</article></body></html>`;
    expect(authorsOf(html)).toEqual(['Jonas Brandt']);
  });

  test('an author meta tag Readability does not read is used before page-wide markup', () => {
    const html = `<html><head><meta name="shareaholic:article_author_name" content="Support Team"></head>
      <body><article>${BODY}</article><aside><a href="/author/teaser/">Teaser Writer</a></aside></body></html>`;
    expect(authorsOf(html)).toEqual(['Support Team']);
  });

  test('a visible byline that repeats the outlet name is no author', () => {
    const html = `<html><head><meta property="og:site_name" content="Harbour Weekly"></head>
      <body><article><p class="byline">Harbour Weekly</p>${BODY}</article></body></html>`;
    expect(authorsOf(html)).toEqual([]);
  });
});

describe('byline cleaning', () => {
  test('lead-ins in English and German are cut', () => {
    expect(splitByline('Veröffentlicht von Cem Basman')).toEqual(['Cem Basman']);
    expect(splitByline('Zeige alle Beiträge von Simon Dückert →')).toEqual(['Simon Dückert']);
    expect(splitByline('| Autor: gnaddrig')).toEqual(['gnaddrig']);
    expect(splitByline('Written by Rob Ewaschuk')).toEqual(['Rob Ewaschuk']);
    expect(splitByline('Von Lars Fischer und Alina Schadwinkel')).toEqual(['Lars Fischer', 'Alina Schadwinkel']);
    expect(splitByline('Datum: 19.11.2021 Autor: Fritz Imhof')).toEqual(['Fritz Imhof']);
  });

  test('dates, times, roles and outlets after the name are cut', () => {
    expect(splitByline('von lupa am 26/10/13, 03:48 pm')).toEqual(['lupa']);
    expect(splitByline('Limespacer · 22. Oktober 2019')).toEqual(['Limespacer']);
    expect(splitByline('Nicole Collignon22. Februar 2020')).toEqual(['Nicole Collignon']);
    expect(splitByline('By Poppy Reid Feb 21, 2020')).toEqual(['Poppy Reid']);
    expect(splitByline('By John Walk - January 10, 2020')).toEqual(['John Walk']);
    expect(splitByline('Redaktion: Eberhard Fuhr (Pressesprecher des EJW)')).toEqual(['Eberhard Fuhr']);
    expect(splitByline('Jane Doe | Reuters')).toEqual(['Jane Doe']);
    expect(splitByline('Last Updated: January 7, 2025')).toEqual([]);
  });

  test('names with digits stay whole; what is left must look like a name', () => {
    expect(normalizeAuthors(splitByline('Author: Bo2man'))).toEqual(['Bo2man']);
    expect(normalizeAuthors(splitByline('Posted on'))).toEqual([]);
    expect(normalizeAuthors(splitByline('Veröffentlicht am'))).toEqual([]);
    expect(normalizeAuthors(splitByline('No Author'))).toEqual([]);
    expect(normalizeAuthors(['cipha[at]cipha.net', 'jane@example.com', 'Follow'])).toEqual([]);
  });
});
