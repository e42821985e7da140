import { webHref } from '../url';

/** A feed a page advertises with `<link rel="alternate" type="application/rss+xml" href>` and its kin. */
export interface AdvertisedFeed {
  url: string;
  title: string | null;
}

export const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml',
];
export const MAX_FEEDS = 10;

/** The feeds a page advertises in its head, resolved to http(s) URLs, at most ten, each once. */
export function advertisedFeeds(doc: Document, base: string): AdvertisedFeed[] {
  const out = new Map<string, AdvertisedFeed>();
  for (const link of doc.querySelectorAll('link[rel~="alternate"][type][href]')) {
    const type = link.getAttribute('type')?.trim().toLowerCase() ?? '';
    if (!FEED_TYPES.includes(type)) continue;
    const url = webHref(link.getAttribute('href'), base);
    if (!url || out.has(url)) continue;
    out.set(url, { url, title: link.getAttribute('title')?.trim().slice(0, 200) || null });
    if (out.size >= MAX_FEEDS) break;
  }
  return [...out.values()];
}
