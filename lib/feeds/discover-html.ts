import { Parser } from 'htmlparser2';
import { FEED_TYPES, MAX_FEEDS, type AdvertisedFeed } from '../extract/feed-links';
import { webHref } from '../url';

/** Tags read at most before giving up: real heads have hundreds (metas, scripts), not thousands. */
const MAX_TAGS = 5_000;

/**
 * The feeds an HTML page advertises (`<link rel="alternate" type="application/rss+xml" href>` and its
 * kin), read with htmlparser2's tokenizer instead of a DOM: the service worker has no `DOMParser`, and a
 * streaming parser builds no tree. Reading stops where the head ends (`</head>` or `<body>`: feed links
 * belong in the head), after ten feeds, or after `MAX_TAGS` tags: the parser's stack of open elements
 * costs time per unclosed tag, and a hostile head of 300,000 unclosed `<div>`s would otherwise take
 * minutes. Relative links resolve against the page's `<base href>` when it has one, else the page URL;
 * only http(s) links are kept.
 */
export function feedLinksInHtml(html: string, pageUrl: string): AdvertisedFeed[] {
  const found = new Map<string, AdvertisedFeed>();
  let base = pageUrl;
  let tags = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'body' || found.size >= MAX_FEEDS || ++tags > MAX_TAGS) {
          parser.pause();
          return;
        }
        if (name === 'base' && attrs.href && base === pageUrl) {
          base = webHref(attrs.href, pageUrl) ?? base;
          return;
        }
        if (name !== 'link' || !attrs.href) return;
        const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
        const type = (attrs.type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        if (!rel.includes('alternate') || !FEED_TYPES.includes(type)) return;
        const url = webHref(attrs.href.trim(), base);
        if (!url || found.has(url)) return;
        found.set(url, { url, title: attrs.title?.trim().slice(0, 200) || null });
      },
      onclosetag(name) {
        if (name === 'head') parser.pause();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return [...found.values()];
}
