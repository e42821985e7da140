import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { feedLinksInHtml } from '../../lib/feeds/discover-html';
import { discoverFeeds, FALLBACK_PATHS, looksLikeHtml, type DiscoverDeps } from '../../lib/feeds/discover';
import type { FetchLike } from '../../lib/feeds/fetch';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/discover/${name}`, import.meta.url), 'utf8');
const feeds = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const PAGE = 'https://courier.example/news/today.html';

describe('feedLinksInHtml', () => {
  test('finds the advertised feeds in the head, resolved against the page URL, each once', () => {
    expect(feedLinksInHtml(fixture('outlet-front.html'), PAGE)).toEqual([
      { url: 'https://courier.example/news/feeds/all.rss', title: 'Courier & Co — all news' },
      { url: 'https://courier.example/politics/atom.xml', title: 'Courier: politics' },
      { url: 'https://cdn.courier.example/feed.json', title: null },
    ]);
  });

  test('a <base href> resolves relative links; a title stays text', () => {
    expect(feedLinksInHtml(fixture('based.html'), PAGE)).toEqual([
      { url: 'https://static.courier.example/site/rdf.xml', title: 'RDF <b>edition</b>' },
    ]);
  });

  test('a page without feed links yields none', () => {
    expect(feedLinksInHtml(fixture('no-feed.html'), PAGE)).toEqual([]);
  });

  test('a hostile head is cut: at most ten feeds, and reading stops after 5,000 unclosed tags', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => `<link rel=alternate type=application/rss+xml href=/f${i}>`);
    expect(feedLinksInHtml(`<html><head>${many.join('')}`, PAGE)).toHaveLength(10);
    // 300,000 unclosed <div>s would keep the parser busy for minutes; the feed after them is never reached.
    const deep = `<html><head>${'<div>'.repeat(300_000)}<link rel=alternate type=application/rss+xml href=/late>`;
    expect(feedLinksInHtml(deep, PAGE)).toEqual([]);
    // Broken markup around a link does not lose it.
    const broken = '<head><link rel="alternate" type="application/rss+xml" href="/ok.xml" <meta <<>><title>x';
    expect(feedLinksInHtml(broken, PAGE).map((f) => f.url)).toEqual(['https://courier.example/ok.xml']);
  });

  test('a 4 MB body after the head is not read', () => {
    const html = `<!doctype html><html><head><link rel=alternate type=application/atom+xml href=a.xml></head><body>${'<p>filler '.repeat(400_000)}<link rel=alternate type=application/rss+xml href=/b.xml>`;
    expect(html.length).toBeGreaterThan(4_000_000);
    expect(feedLinksInHtml(html, PAGE).map((f) => f.url)).toEqual(['https://courier.example/news/a.xml']);
  });

  test('HTML is told from a feed by its first bytes', () => {
    expect(looksLikeHtml(fixture('outlet-front.html'))).toBe(true);
    expect(looksLikeHtml('\uFEFF  <html lang=en><p>x')).toBe(true);
    expect(looksLikeHtml(feeds('rss2.xml'))).toBe(false);
    expect(looksLikeHtml(feeds('feed.json'))).toBe(false);
  });
});

/** A fake web: path → response; every request is logged. */
function web(routes: Record<string, () => Response>, log: string[]): FetchLike {
  return async (url) => {
    log.push(url);
    const route = routes[url];
    if (!route) return new Response('not found', { status: 404 });
    return route();
  };
}

const html = (body: string) => () => new Response(body, { headers: { 'content-type': 'text/html' } });
const xml = (body: string) => () => new Response(body, { headers: { 'content-type': 'application/rss+xml' } });

function deps(routes: Record<string, () => Response>, log: string[], granted = ['https://courier.example']) {
  const d: DiscoverDeps = {
    fetch: web(routes, log),
    hasPermission: async (url) => granted.includes(new URL(url).origin),
  };
  return d;
}

describe('discoverFeeds', () => {
  test('a feed address is the feed itself', async () => {
    const log: string[] = [];
    const url = 'https://courier.example/rss';
    expect(await discoverFeeds(deps({ [url]: xml(feeds('rss2.xml')) }, log), url)).toEqual([
      { url, title: expect.any(String), permitted: true },
    ]);
    expect(log).toEqual([url]);
  });

  test('a page offers its advertised feeds, each marked with whether its origin is already granted', async () => {
    const log: string[] = [];
    const found = await discoverFeeds(deps({ [PAGE]: html(fixture('outlet-front.html')) }, log), PAGE);
    expect(found.map((f) => [f.url, f.permitted])).toEqual([
      ['https://courier.example/news/feeds/all.rss', true],
      ['https://courier.example/politics/atom.xml', true],
      ['https://cdn.courier.example/feed.json', false],
    ]);
    // Advertised feeds are not fetched: the reader chooses first.
    expect(log).toEqual([PAGE]);
  });

  test('a page without feed links: the common paths are tried on its granted origin, first feed wins', async () => {
    const log: string[] = [];
    const routes = {
      [PAGE]: html(fixture('no-feed.html')),
      'https://courier.example/feed': html(fixture('no-feed.html')),
      'https://courier.example/atom.xml': xml(feeds('atom.xml')),
      'https://courier.example/index.xml': xml(feeds('rss2.xml')),
    };
    expect(await discoverFeeds(deps(routes, log), PAGE)).toEqual([
      { url: 'https://courier.example/atom.xml', title: 'Summit Wire', permitted: true },
    ]);
    expect(log).toEqual([PAGE, ...FALLBACK_PATHS.slice(0, 3).map((p) => `https://courier.example${p}`)]);
  });

  test('no feed anywhere: "No feed found on this page"; a redirect to an origin not granted guesses nothing', async () => {
    const log: string[] = [];
    await expect(discoverFeeds(deps({ [PAGE]: html(fixture('no-feed.html')) }, log), PAGE)).rejects.toThrow(
      'No feed found on this page',
    );
    expect(log).toHaveLength(1 + FALLBACK_PATHS.length);

    const moved = () => {
      const response = new Response(fixture('no-feed.html'));
      Object.defineProperty(response, 'url', { value: 'https://elsewhere.example/landing' });
      return response;
    };
    const log2: string[] = [];
    await expect(discoverFeeds(deps({ [PAGE]: moved }, log2), PAGE)).rejects.toThrow('No feed found on this page');
    expect(log2).toEqual([PAGE]);
  });

  test('network errors, HTTP errors, huge pages and missing access are clear messages', async () => {
    const failing: DiscoverDeps = {
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
      hasPermission: async () => true,
    };
    await expect(discoverFeeds(failing, PAGE)).rejects.toThrow(
      'Could not read this page: Network error: Failed to fetch',
    );
    await expect(discoverFeeds(deps({}, []), PAGE)).rejects.toThrow('Could not read this page: HTTP 404');
    const huge = {
      ...deps({ [PAGE]: html('<html>' + 'x'.repeat(2_000)) }, []),
      limits: { maxBytes: 1_000, timeoutMs: 5_000 },
    };
    await expect(discoverFeeds(huge, PAGE)).rejects.toThrow(/larger than/);
    const log: string[] = [];
    await expect(discoverFeeds(deps({}, log, []), PAGE)).rejects.toThrow('no access to courier.example');
    expect(log).toEqual([]);
  });
});
