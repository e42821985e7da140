import type { Db } from './db';
import type { FeedRecord } from './schema';
import type { StoredHeadline } from '../types';
import type { FeedItem } from '../feeds/parse';
import { domainOf, urlKey } from '../url';
import { headlineEntityKeys } from '../extract/entities';
import { headlineItem, StoryPlacer } from './stories';
import { HEADLINE_STORES, placeHeadlines } from './headlines';
import { atomically, Queued, requestAll } from './open';
import { TxTermCounts } from './term-counts';
import { itemRef } from './postings';

/** A feed as its row on the options page shows it. */
export interface FeedRow extends FeedRecord {
  /** Headlines stored from this feed (retention prunes old ones). */
  itemCount: number;
}

/** New items stored from one poll at most; the rest wait for the next poll (or fall out of the feed). */
export const MAX_ITEMS_PER_POLL = 100;

export async function addFeed(db: Db, url: string, intervalMinutes: number, now: Date): Promise<FeedRecord> {
  const existing = await db.get('feeds', url);
  if (existing) return existing;
  const record: FeedRecord = {
    url,
    title: new URL(url).host,
    siteUrl: null,
    addedAt: now.toISOString(),
    intervalMinutes,
    etag: null,
    lastModified: null,
    lastPolledAt: null,
    lastSuccessAt: null,
    lastError: null,
    failures: 0,
    nextPollAt: now.toISOString(),
  };
  await db.put('feeds', record);
  return record;
}

/** Stop following a feed. Its headlines stay (they are coverage like any other) until retention prunes them. */
export function removeFeed(db: Db, url: string): Promise<void> {
  return db.delete('feeds', url);
}

export function getFeed(db: Db, url: string): Promise<FeedRecord | undefined> {
  return db.get('feeds', url);
}

export async function listFeeds(db: Db): Promise<FeedRow[]> {
  const tx = db.transaction(['feeds', 'headlines']);
  const feeds = await tx.objectStore('feeds').getAll();
  const counts = await Promise.all(feeds.map((f) => tx.objectStore('headlines').index('by-feed').count(f.url)));
  await tx.done;
  return feeds.map((f, i) => ({ ...f, itemCount: counts[i] ?? 0 })).sort((a, b) => a.title.localeCompare(b.title));
}

/** Feeds whose next poll is due at `now`, from the index (no scan of the store). */
export function dueFeeds(db: Db, now: Date): Promise<FeedRecord[]> {
  return db.getAllFromIndex('feeds', 'by-next-poll', IDBKeyRange.upperBound(now.toISOString()));
}

/** The earliest next poll of any feed, for the alarm. */
export async function earliestPoll(db: Db): Promise<string | null> {
  const cursor = await db.transaction('feeds').store.index('by-next-poll').openCursor();
  return cursor?.value.nextPollAt ?? null;
}

/**
 * Change how often a feed is read. The next poll moves to the new interval counted from the last poll
 * (or now, for a feed never read); a time already past means "poll at the next alarm". Null when the
 * feed is not followed.
 */
export async function setFeedInterval(
  db: Db,
  url: string,
  intervalMinutes: number,
  now: Date,
): Promise<FeedRecord | null> {
  const tx = db.transaction('feeds', 'readwrite');
  const current = await tx.store.get(url);
  let next: FeedRecord | null = null;
  if (current) {
    const from = Date.parse(current.lastPolledAt ?? '') || now.getTime();
    const at = Math.max(from + intervalMinutes * 60_000, now.getTime());
    next = { ...current, intervalMinutes, nextPollAt: new Date(at).toISOString() };
    await tx.store.put(next);
  }
  await tx.done;
  return next;
}

/** Write a poll's outcome, unless the feed was unsubscribed while it ran. */
export async function recordPoll(db: Db, url: string, update: Partial<FeedRecord>): Promise<FeedRecord | null> {
  const tx = db.transaction('feeds', 'readwrite');
  const current = await tx.store.get(url);
  const next = current ? { ...current, ...update, url } : null;
  if (next) await tx.store.put(next);
  await tx.done;
  return next;
}

/**
 * Store a poll's items as headlines and place each in a story, in one transaction: a worker stopped
 * mid-way stores all of this poll or none of it. Items already stored are not placed again; a headline
 * first harvested from a page is marked as coming from this feed too. Newest items first, at most `cap`.
 * Items the feed dates before `keepSince` (the retention cutoff) are not stored: retention would forget
 * them anyway, and this is where their own time is known without an index on it.
 */
export async function saveFeedItems(
  db: Db,
  feedUrl: string,
  items: readonly FeedItem[],
  now: Date,
  cap = MAX_ITEMS_PER_POLL,
  keepSince?: Date,
): Promise<number> {
  const seenAt = now.toISOString();
  const since = keepSince?.toISOString() ?? '';
  const ordered = [...items]
    .filter((item) => !item.published || item.published >= since)
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  const tx = db.transaction(HEADLINE_STORES, 'readwrite');
  return atomically(tx, async () => {
    const df = new TxTermCounts(tx);
    const headlines = tx.objectStore('headlines');
    // Which are stored already, asked all at once; then the new ones are placed as one batch.
    const ids = ordered.map((item) => urlKey(item.url));
    const [stored] = await Promise.all([
      requestAll(ids, (id) => (id ? headlines.get(id) : Promise.resolve(undefined))),
      df.begin(),
    ]);
    const seen = new Set<string>();
    const records: StoredHeadline[] = [];
    const summaries = new Map<string, string>();
    const writes = new Queued();
    for (const [i, item] of ordered.entries()) {
      if (records.length >= cap) break;
      const id = ids[i];
      if (!id || seen.has(id)) continue;
      seen.add(id);
      const existing = stored[i];
      if (existing) {
        if (!existing.feedUrl) writes.add(headlines.put({ ...existing, feedUrl }));
        continue;
      }
      records.push({
        title: item.title,
        url: item.url,
        timeText: null,
        time: item.published,
        foundOn: feedUrl,
        id,
        ref: itemRef('headline', id),
        domain: domainOf(item.url),
        entityKeys: headlineEntityKeys(item.title),
        storyId: null,
        seenAt,
        feedUrl,
      });
      if (item.summary) summaries.set(id, item.summary);
    }
    const placer = new StoryPlacer(tx, df);
    await placeHeadlines(tx, placer, records, [], (record) => ({
      ...headlineItem(record),
      text: summaries.get(record.id),
    }));
    await Promise.all([...placer.flush(), writes.all()]);
    const added = records.length;
    await Promise.all(df.flush());
    return added;
  });
}
