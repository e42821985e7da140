import { DEFAULT_LIMITS, fetchFeed, type FetchLike, type FetchLimits } from './fetch';
import { feedLinksInHtml } from './discover-html';
import { FeedError, parseFeed } from './parse';

/** What discovery needs from the browser, injected like the poller's dependencies. */
export interface DiscoverDeps {
  fetch: FetchLike;
  /** Whether the reader granted access to a URL's origin. */
  hasPermission(url: string): Promise<boolean>;
  limits?: FetchLimits;
}

export interface DiscoveredFeed {
  url: string;
  title: string | null;
  /** Whether Backstory may already read the feed's origin (else following it asks first). */
  permitted: boolean;
}

/** Where sites without a `<link rel="alternate">` usually keep their feed, tried in this order. */
export const FALLBACK_PATHS = ['/feed', '/rss.xml', '/atom.xml', '/index.xml'];
/** A guessed address is a small bet: it gets less time than the page the reader gave. */
const FALLBACK_TIMEOUT_MS = 8_000;
const NO_VALIDATORS = { etag: null, lastModified: null };

/**
 * The feeds behind an address the reader pasted: the address itself when it is a feed, else the feeds its
 * page advertises, else the first common feed path on the page's origin that answers with a feed. Pages
 * are read with the poller's bounded fetch (size and time caps). Throws a `FeedError` with the message to
 * show: the network error, or "No feed found on this page".
 */
export async function discoverFeeds(deps: DiscoverDeps, address: string): Promise<DiscoveredFeed[]> {
  const limits = deps.limits ?? DEFAULT_LIMITS;
  if (!(await deps.hasPermission(address)))
    throw new FeedError(`Backstory has no access to ${new URL(address).host} yet`);
  const page = await fetchFeed(deps.fetch, address, NO_VALIDATORS, limits).catch((error: unknown) => {
    throw error instanceof FeedError ? new FeedError(`Could not read this page: ${error.message}`) : error;
  });
  if (page.status !== 'ok') throw new FeedError('The page answered “not modified” to a plain request');
  if (!looksLikeHtml(page.body)) {
    const feed = readFeed(page.body, page.finalUrl);
    if (feed) return [{ url: address, title: feed.title || null, permitted: true }];
  } else {
    const links = feedLinksInHtml(page.body, page.finalUrl);
    if (links.length)
      return Promise.all(links.map(async (l) => ({ ...l, permitted: await deps.hasPermission(l.url) })));
  }
  const guessed = await tryFallbacks(deps, page.finalUrl, limits);
  if (guessed) return [guessed];
  throw new FeedError('No feed found on this page');
}

/** The common feed paths on the page's origin, only with access the reader already granted. */
async function tryFallbacks(deps: DiscoverDeps, pageUrl: string, limits: FetchLimits): Promise<DiscoveredFeed | null> {
  const origin = new URL(pageUrl).origin;
  if (!(await deps.hasPermission(origin))) return null;
  const fallbackLimits = { ...limits, timeoutMs: Math.min(limits.timeoutMs, FALLBACK_TIMEOUT_MS) };
  for (const path of FALLBACK_PATHS) {
    const url = origin + path;
    try {
      const result = await fetchFeed(deps.fetch, url, NO_VALIDATORS, fallbackLimits);
      if (result.status !== 'ok' || looksLikeHtml(result.body)) continue;
      const feed = readFeed(result.body, result.finalUrl);
      if (feed) return { url, title: feed.title || null, permitted: true };
    } catch (error) {
      // A missing path (404) or a slow one is the expected answer to a guess: try the next.
      if (!(error instanceof FeedError)) throw error;
    }
  }
  return null;
}

function readFeed(body: string, base: string) {
  try {
    return parseFeed(body, base);
  } catch (error) {
    if (error instanceof FeedError) return null;
    throw error;
  }
}

/** An HTML page rather than a feed: sniffed from the first bytes, as browsers do, not from headers. */
export function looksLikeHtml(body: string): boolean {
  const head = body
    .slice(0, 1024)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return /^<!doctype html|^<html[\s>]|^<head[\s>]/.test(head) || (!head.startsWith('<?xml') && /<html[\s>]/.test(head));
}
