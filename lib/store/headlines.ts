import { domainOf, urlKey } from '../url';
import { headlineEntityKeys } from '../extract/entities';
import type { Headline, StoredHeadline } from '../types';
import type { StoreNames } from 'idb';
import type { Db } from './db';
import type { BackstoryDB } from './schema';
import { headlineItem, placeInStory, type StoryTx } from './stories';
import { atomically, Queued, requestAll } from './open';
import { TxTermCounts } from './term-counts';

/** A headline to store: harvested from a page, or an item of a followed feed. */
export type IncomingHeadline = Headline & { feedUrl?: string };

/** The stores a headline write touches: callers saving headlines in their own transaction include these. */
export const HEADLINE_STORES: StoreNames<BackstoryDB>[] = ['headlines', 'stories', 'terms', 'meta', 'postings'];

export interface HeadlinesResult {
  stored: StoredHeadline[];
  /** Already stored (same address), or not a web address. */
  skipped: number;
}

/**
 * Store headlines not seen before and place each in a story, inside the caller's transaction. One at a time
 * in order: each placement updates the term counts the next one reads.
 */
export async function putHeadlines(
  tx: StoryTx,
  headlines: readonly IncomingHeadline[],
  seenAt: string,
  df: TxTermCounts,
  exclude: ReadonlySet<string> = new Set(),
): Promise<HeadlinesResult> {
  const store = tx.objectStore('headlines');
  const stored: StoredHeadline[] = [];
  let skipped = 0;
  const seen = new Set(exclude);
  const writes = new Queued();
  // Which are stored already, asked all at once rather than one round trip per headline.
  const keys = headlines.map((h) => urlKey(h.url));
  const known = await requestAll(keys, (key) => (key ? store.getKey(key) : Promise.resolve(undefined)));
  for (const [i, h] of headlines.entries()) {
    const key = keys[i];
    if (!key || seen.has(key) || known[i]) {
      skipped++;
      continue;
    }
    seen.add(key);
    const record: StoredHeadline = {
      ...h,
      id: key,
      domain: domainOf(h.url),
      entityKeys: headlineEntityKeys(h.title),
      storyId: null,
      seenAt,
    };
    record.storyId = await placeInStory(tx, headlineItem(record), df);
    writes.add(store.put(record));
    stored.push(record);
  }
  await writes.all();
  return { stored, skipped };
}

/**
 * Store a batch of headlines (a feed poll's items) in one transaction: all of them or, when the write
 * fails, none — a poll cut short is polled again.
 */
export async function saveHeadlines(
  db: Db,
  headlines: readonly IncomingHeadline[],
  now = new Date(),
): Promise<HeadlinesResult> {
  const tx = db.transaction(HEADLINE_STORES, 'readwrite');
  return atomically(tx, async () => {
    const df = new TxTermCounts(tx);
    const result = await putHeadlines(tx, headlines, now.toISOString(), df);
    await Promise.all(df.flush());
    return result;
  });
}
