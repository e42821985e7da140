import type { IDBPTransaction, StoreNames } from 'idb';
import {
  assignStory,
  inWindow,
  lookupKeys,
  updateSignature,
  type DocumentFrequency,
  type StoryCandidate,
  type StoryItem,
} from '../stories/cluster';
import { candidateKeys } from '../stories/cluster';
import { itemTerms } from '../stories/features';
import type { Db } from './db';
import type { BackstoryDB, StoryRecord } from './schema';
import type { Story } from '../types';

/** A read-write transaction that includes the `stories`, `terms` and `meta` stores. */
export type StoryTx = IDBPTransaction<BackstoryDB, StoreNames<BackstoryDB>[], 'readwrite'>;

export interface PlacedItem extends StoryItem {
  kind: 'article' | 'headline';
  domain: string;
}

/** Story records keep this many member keys for look-ups; older ones fall off a very long story. */
const MAX_STORY_KEYS = 600;
const MAX_MEMBERS = 1_000;
/** Candidate stories read per look-up key: a story about the same event shares a rare key. */
const STORIES_PER_KEY = 50;

/** Document frequencies read from the `terms` store once, then served synchronously to the algorithm. */
class PrefetchedDf implements DocumentFrequency {
  constructor(
    readonly total: number,
    private readonly counts: Map<string, number>,
  ) {}
  get(term: string): number {
    return this.counts.get(term) ?? 0;
  }
}

/**
 * Place one item in a story, inside the caller's transaction: count its terms, look up candidate stories by
 * its rarest keys (an index look-up, never a scan), let the grouping algorithm decide, fold the item into
 * the chosen or a new story. The same algorithm as `backstory stories`, backed by IndexedDB.
 */
export async function placeInStory(tx: StoryTx, item: PlacedItem): Promise<string> {
  const termStore = tx.objectStore('terms');
  const metaStore = tx.objectStore('meta');
  const storyStore = tx.objectStore('stories');
  const terms = [...itemTerms(item).keys()];
  const [records, totalRecord] = await Promise.all([
    Promise.all(terms.map((t) => termStore.get(t))),
    metaStore.get('items'),
  ]);
  const total = (totalRecord?.value ?? 0) + 1;
  const counts = new Map<string, number>();
  terms.forEach((t, i) => counts.set(t, (records[i]?.count ?? 0) + 1));
  await Promise.all([
    ...terms.map((t) => termStore.put({ term: t, count: counts.get(t)! })),
    metaStore.put({ key: 'items', value: total }),
  ]);

  const df = new PrefetchedDf(total, counts);
  const ids = new Set<string>();
  for (const ks of await Promise.all(
    lookupKeys(item, df).map((k) => storyStore.index('by-key').getAllKeys(k, STORIES_PER_KEY)),
  )) {
    for (const id of ks) ids.add(id);
  }
  const time = item.published ? Date.parse(item.published) : NaN;
  const stories = (await Promise.all([...ids].map((id) => storyStore.get(id)))).filter(
    (s): s is StoryRecord => !!s && inWindow(Number.isNaN(time) ? null : time, s.signature),
  );
  // The candidates' terms need frequencies too: fetch the ones not already known.
  const missing = new Set<string>();
  for (const s of stories) {
    for (const t of Object.keys(s.signature.terms)) if (!counts.has(t)) missing.add(t);
    for (const ex of s.signature.exemplars) for (const t of ex) if (!counts.has(t)) missing.add(t);
  }
  const extra = await Promise.all([...missing].map((t) => termStore.get(t)));
  [...missing].forEach((t, i) => counts.set(t, extra[i]?.count ?? 0));

  const candidates: StoryCandidate[] = stories.map((s) => ({ id: s.id, signature: s.signature }));
  const chosen = assignStory(item, candidates, df);
  const existing = chosen ? (stories.find((s) => s.id === chosen) ?? null) : null;
  const record = foldIntoStory(existing, item, updateSignature(existing?.signature ?? null, item, df));
  await storyStore.put(record);
  return record.id;
}

function foldIntoStory(
  existing: StoryRecord | null,
  item: PlacedItem,
  signature: StoryRecord['signature'],
): StoryRecord {
  const when = item.published ?? new Date().toISOString();
  const entityCounts = { ...(existing?.entityCounts ?? {}) };
  for (const k of item.entityKeys ?? []) entityCounts[k] = (entityCounts[k] ?? 0) + 1;
  const keys = [...new Set([...candidateKeys(item), ...(existing?.keys ?? [])])].slice(0, MAX_STORY_KEYS);
  const articleIds = existing?.articleIds ?? [];
  const headlineIds = existing?.headlineIds ?? [];
  // An article's own title is a better label than a headline seen in passing.
  const label =
    !existing || (item.kind === 'article' && existing.articleIds.length === 0) ? item.title : existing.label;
  return {
    id: existing?.id ?? `story:${item.id}`,
    label,
    entityKeys: Object.entries(entityCounts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k]) => k),
    entityCounts,
    articleIds:
      item.kind === 'article' && !articleIds.includes(item.id)
        ? [...articleIds, item.id].slice(-MAX_MEMBERS)
        : articleIds,
    headlineIds:
      item.kind === 'headline' && !headlineIds.includes(item.id)
        ? [...headlineIds, item.id].slice(-MAX_MEMBERS)
        : headlineIds,
    domains: [...new Set([...(existing?.domains ?? []), item.domain])].filter(Boolean),
    firstTime: existing && existing.firstTime < when ? existing.firstTime : when,
    lastTime: existing && existing.lastTime > when ? existing.lastTime : when,
    signature,
    keys,
  };
}

/** A story as the popup shows it: without the grouping internals. */
export async function getStory(db: Db, id: string): Promise<Story | null> {
  const record = await db.get('stories', id);
  if (!record) return null;
  const { id: storyId, label, entityKeys, articleIds, headlineIds, domains, firstTime, lastTime } = record;
  return { id: storyId, label, entityKeys, articleIds, headlineIds, domains, firstTime, lastTime };
}
