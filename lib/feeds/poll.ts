import type { Db } from '../store/db';
import type { FeedRecord } from '../store/schema';
import { dueFeeds, recordPoll, saveFeedItems, MAX_ITEMS_PER_POLL } from '../store/feeds';
import { DEFAULT_LIMITS, fetchFeed, type FetchLike, type FetchLimits } from './fetch';
import { FeedError, parseFeed } from './parse';

/** What polling needs from the browser, injected so tests serve feeds from memory. */
export interface PollDeps {
  db: Db;
  fetch: FetchLike;
  now: () => Date;
  /** Whether the reader granted access to the feed's origin (they can withdraw it at any time). */
  hasPermission: (url: string) => Promise<boolean>;
  limits?: FetchLimits;
  itemsPerPoll?: number;
  /** The retention cutoff: items the feed dates before it are not stored. */
  keepSince?: Date;
}

export interface PollOutcome {
  url: string;
  added: number;
  error: string | null;
}

const MINUTE = 60_000;
/** Backoff never waits longer than a day between tries. */
const MAX_BACKOFF_MINUTES = 24 * 60;

/** When to poll next: the feed's interval after a success, doubling per failure in a row after errors. */
export function nextPollAt(feed: Pick<FeedRecord, 'intervalMinutes'>, failures: number, now: Date): string {
  const minutes =
    failures === 0 ? feed.intervalMinutes : Math.min(feed.intervalMinutes * 2 ** failures, MAX_BACKOFF_MINUTES);
  return new Date(now.getTime() + minutes * MINUTE).toISOString();
}

/**
 * Poll one feed: conditional GET, parse, store new items, record the outcome on the feed. Never throws:
 * whatever goes wrong is this feed's `lastError`, and the next feed is polled as usual.
 */
export async function pollFeed(deps: PollDeps, feed: FeedRecord): Promise<PollOutcome> {
  const started = deps.now();
  try {
    if (!(await deps.hasPermission(feed.url)))
      throw new FeedError(
        `No permission to read ${new URL(feed.url).origin}: unsubscribe and follow it again to grant it`,
      );
    const result = await fetchFeed(deps.fetch, feed.url, feed, deps.limits ?? DEFAULT_LIMITS);
    const done = deps.now();
    if (result.status === 'not-modified') {
      await recordPoll(deps.db, feed.url, success(feed, done, {}));
      return { url: feed.url, added: 0, error: null };
    }
    const parsed = parseFeed(result.body, result.finalUrl);
    const cap = deps.itemsPerPoll ?? MAX_ITEMS_PER_POLL;
    const added = await saveFeedItems(deps.db, feed.url, parsed.items, done, cap, deps.keepSince);
    await recordPoll(
      deps.db,
      feed.url,
      success(feed, done, {
        title: parsed.title || feed.title,
        siteUrl: parsed.siteUrl,
        etag: result.etag,
        lastModified: result.lastModified,
      }),
    );
    return { url: feed.url, added, error: null };
  } catch (error) {
    const message = describe(error);
    const failures = feed.failures + 1;
    try {
      await recordPoll(deps.db, feed.url, {
        lastPolledAt: started.toISOString(),
        lastError: message,
        failures,
        nextPollAt: nextPollAt(feed, failures, deps.now()),
      });
    } catch {
      // The store itself failed (quota, closed): nothing more to record; the other feeds still run.
    }
    return { url: feed.url, added: 0, error: message };
  }
}

function success(feed: FeedRecord, now: Date, update: Partial<FeedRecord>): Partial<FeedRecord> {
  return {
    ...update,
    lastPolledAt: now.toISOString(),
    lastSuccessAt: now.toISOString(),
    lastError: null,
    failures: 0,
    nextPollAt: nextPollAt(feed, 0, now),
  };
}

function describe(error: unknown): string {
  if (error instanceof FeedError) return error.message;
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'Storage is full';
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Poll `feeds` one after another (the machine may be a phone-class laptop; feeds are not urgent). */
export async function pollFeeds(deps: PollDeps, feeds: readonly FeedRecord[]): Promise<PollOutcome[]> {
  const outcomes: PollOutcome[] = [];
  for (const feed of feeds) outcomes.push(await pollFeed(deps, feed));
  return outcomes;
}

/** Poll every feed that is due now. */
export async function pollDueFeeds(deps: PollDeps): Promise<PollOutcome[]> {
  return pollFeeds(deps, await dueFeeds(deps.db, deps.now()));
}
