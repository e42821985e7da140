import { describe, expect, test } from 'vitest';
import { advertisedFeeds } from '../../lib/extract/feed-links';
import { htmlDocument } from '../helpers/fixtures';

const PAGE = 'https://outlet.example/world/';

describe('advertisedFeeds', () => {
  test('RSS, Atom and JSON Feed links in the head, resolved, each once, with their titles', () => {
    const doc = htmlDocument(
      `<html><head>
        <link rel="alternate" type="application/rss+xml" title="World news" href="/feeds/world.xml">
        <link rel="alternate" type="application/atom+xml" href="https://outlet.example/atom">
        <link rel="alternate feed" type="Application/Feed+JSON" href="feed.json">
        <link rel="alternate" type="application/rss+xml" href="/feeds/world.xml">
        <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
        <link rel="stylesheet" type="application/rss+xml" href="/not-a-feed">
        <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      </head><body></body></html>`,
      PAGE,
    );
    expect(advertisedFeeds(doc, PAGE)).toEqual([
      { url: 'https://outlet.example/feeds/world.xml', title: 'World news' },
      { url: 'https://outlet.example/atom', title: null },
      { url: 'https://outlet.example/world/feed.json', title: null },
    ]);
  });

  test('a page with hundreds of feed links reports ten; a page with none reports none', () => {
    const links = Array.from(
      { length: 300 },
      (_, i) => `<link rel="alternate" type="application/rss+xml" href="/f/${i}.xml">`,
    ).join('');
    expect(advertisedFeeds(htmlDocument(`<html><head>${links}</head></html>`, PAGE), PAGE)).toHaveLength(10);
    expect(advertisedFeeds(htmlDocument('<html><head></head><body>x</body></html>', PAGE), PAGE)).toEqual([]);
  });
});
