import { domainOf, urlKey } from '../url';
import { headlineEntityKeys } from '../extract/entities';
import type { Headline, StoredHeadline } from '../types';
import type { StoreNames } from 'idb';
import type { Db } from './db';
import type { BackstoryDB } from './schema';
import { headlineItem, StoryPlacer, type PlacedItem, type StoryTx } from './stories';
import { atomically, Queued, requestAll } from './open';
import { TxTermCounts } from './term-counts';
import { itemRef } from './postings';

/** A headline to store: harvested from a page, or an item of a followed feed. */
export type IncomingHeadline = Headline & { feedUrl?: string };

/** The stores a headline write touches: callers saving headlines in their own transaction include these. */
export const HEADLINE_STORES: StoreNames<BackstoryDB>[] = [
  'headlines',
  'stories',
  'terms',
  'meta',
  'itemPostings',
  'termLog',
  'termFilter',
];

export interface HeadlinesResult {
  stored: StoredHeadline[];
  /** Already stored (same address), or not a web address. */
  skipped: number;
}

/**
 * The headlines not stored yet (nor repeated within the batch, nor in `exclude`), as records to place:
 * which are stored is asked all at once rather than one round trip per headline.
 */
export async function newHeadlines(
  tx: StoryTx,
  headlines: readonly IncomingHeadline[],
  seenAt: string,
  exclude: ReadonlySet<string> = new Set(),
): Promise<HeadlinesResult> {
  const store = tx.objectStore('headlines');
  const stored: StoredHeadline[] = [];
  let skipped = 0;
  const seen = new Set(exclude);
  const keys = headlines.map((h) => urlKey(h.url));
  const known = await requestAll(keys, (key) => (key ? store.getKey(key) : Promise.resolve(undefined)));
  for (const [i, h] of headlines.entries()) {
    const key = keys[i];
    if (!key || seen.has(key) || known[i]) {
      skipped++;
      continue;
    }
    seen.add(key);
    stored.push({
      ...h,
      id: key,
      ref: itemRef('headline', key),
      domain: domainOf(h.url),
      entityKeys: headlineEntityKeys(h.title),
      storyId: null,
      seenAt,
    });
  }
  return { stored, skipped };
}

/**
 * Place new headline records in stories, in order, and store them, inside the caller's transaction; `lead`
 * items (an article) are placed first. The batch's reads are issued together (`StoryPlacer`), and each
 * placement still sees the counts and stories of the ones before it. Returns the lead items' story ids.
 */
export async function placeHeadlines(
  tx: StoryTx,
  placer: StoryPlacer,
  records: readonly StoredHeadline[],
  lead: readonly PlacedItem[] = [],
  itemOf: (record: StoredHeadline) => PlacedItem = headlineItem,
): Promise<string[]> {
  const items = records.map(itemOf);
  await placer.prefetch([...lead, ...items]);
  const leadIds: string[] = [];
  for (const item of lead) leadIds.push(await placer.place(item));
  const store = tx.objectStore('headlines');
  const writes = new Queued();
  for (const [i, record] of records.entries()) {
    record.storyId = await placer.place(items[i]!);
    writes.add(store.put(record));
  }
  await writes.all();
  return leadIds;
}

/** Store headlines not seen before and place each in a story, inside the caller's transaction. */
export async function putHeadlines(
  tx: StoryTx,
  headlines: readonly IncomingHeadline[],
  seenAt: string,
  df: TxTermCounts,
  exclude: ReadonlySet<string> = new Set(),
): Promise<HeadlinesResult> {
  const result = await newHeadlines(tx, headlines, seenAt, exclude);
  const placer = new StoryPlacer(tx, df);
  await placeHeadlines(tx, placer, result.stored);
  await Promise.all(placer.flush());
  return result;
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
