import { describe, expect, test } from 'vitest';
import { detectArticle, isArticleUrl } from '../../lib/extract/detect';
import { fixtureDocument, htmlDocument } from '../helpers/fixtures';

const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of a long report, with enough words, commas, and detail to look like the kind of prose a newspaper would print for its readers every single day.</p>`,
  ).join('');

describe('detectArticle', () => {
  test('the seed-like article is detected from its metadata alone', () => {
    const url = 'http://127.0.0.1/middle-east/2024/08/06/pro-iran-militias-iraq-end-truce-us-troops';
    const r = detectArticle(fixtureDocument('militia-truce', url), url);
    expect(r.isArticle).toBe(true);
    expect(r.signals).toEqual(['jsonld:NewsArticle', 'og:article', 'article:published_time']);
  });

  test('JSON-LD article types are found inside arrays and @graph, with a malformed block beside them', () => {
    const doc = htmlDocument(`<html><head>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@graph":[{"@type":["ReportageNewsArticle"]}]}]</script>
    </head><body></body></html>`);
    expect(detectArticle(doc, 'https://x.example/').signals).toEqual(['jsonld:ReportageNewsArticle']);
  });

  test('a page without metadata is an article when the URL and Readability agree', () => {
    const doc = htmlDocument(`<html><body><div>${paragraphs(12)}</div></body></html>`);
    const r = detectArticle(doc, 'https://paper.example/news/2024/03/19/council-approves-new-budget');
    expect(r).toEqual({ isArticle: true, signals: ['url', 'readerable'] });
  });

  test('section fronts, search pages and tools are not articles', () => {
    const url = 'http://127.0.0.1/weather/tides';
    expect(detectArticle(fixtureDocument('not-article', url), url)).toEqual({ isArticle: false, signals: [] });
    // Plenty of prose but a front-page URL and no single <article>: Readability is not even asked.
    const front = htmlDocument(`<html><body>${paragraphs(12)}</body></html>`);
    expect(detectArticle(front, 'https://paper.example/').isArticle).toBe(false);
  });

  test('og:type=website does not count, og:type=article does', () => {
    const mk = (t: string) =>
      htmlDocument(`<html><head><meta property="og:type" content="${t}"></head><body></body></html>`);
    expect(detectArticle(mk('website'), 'https://a.example/').isArticle).toBe(false);
    expect(detectArticle(mk('article'), 'https://a.example/').isArticle).toBe(true);
  });
});

describe('isArticleUrl', () => {
  test.each([
    ['https://www.thenationalnews.com/mena/iraq/2024/08/06/pro-iran-militias-end-truce/', true],
    ['https://www.bbc.com/news/world-middle-east-68712345', true],
    ['https://www.lemonde.fr/international/article/2024/08/06/irak-les-milices_6271234_3210.html', true],
    ['https://www.spiegel.de/ausland/irak-milizen-beenden-waffenruhe-mit-den-usa-a-1234', true],
    ['https://www.bbc.com/news', false],
    ['https://example.com/', false],
    ['https://example.com/tag/iraq-us-relations-in-the-news', false],
    ['chrome://settings/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isArticleUrl(url)).toBe(expected);
  });
});
