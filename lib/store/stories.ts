import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import {
  assignStory,
  DEFAULT_STORY_OPTIONS,
  inWindow,
  lookupKeys,
  signatureTerms,
  updateSignature,
  type StoryCandidate,
  type StoryItem,
} from '../stories/cluster';
import { itemTerms } from '../stories/features';
import type { Db } from './db';
import { Queued, requestAll } from './open';
import type { TxTermCounts } from './term-counts';
import { itemRef, postingKeys, postingRange, postingTime, RELATED_KEYS } from './postings';
import type { BackstoryDB, StoryRecord } from './schema';
import type { Story, StoredArticle, StoredHeadline } from '../types';

/** A read-write transaction that includes the `stories`, `terms` and `meta` stores. */
export type StoryTx = IDBPTransaction<BackstoryDB, StoreNames<BackstoryDB>[], 'readwrite'>;
type PostingStore = IDBPObjectStore<BackstoryDB, StoreNames<BackstoryDB>[], 'postings', 'readwrite' | 'versionchange'>;

export interface PlacedItem extends StoryItem {
  kind: 'article' | 'headline';
  domain: string;
  /** Entity keys related coverage looks the item up by, beyond those grouping uses. */
  relatedKeys?: string[];
}

/** Entities of an article that take part in story grouping: its main actors, as a headline would name them. */
export const STORY_ENTITIES = 6;

/** The item an article is grouped and looked up as (text only when placing it: just its lead counts). */
export function articleItem(article: StoredArticle, text?: string): PlacedItem {
  return {
    kind: 'article',
    id: article.id,
    domain: article.domain,
    title: article.title,
    text,
    publisher: article.publisher,
    published: article.publishedTime ?? article.analyzedAt,
    entityKeys: article.entityKeys.slice(0, STORY_ENTITIES),
    relatedKeys: article.entityKeys.slice(0, RELATED_KEYS),
  };
}

export function headlineItem(headline: StoredHeadline): PlacedItem {
  return {
    kind: 'headline',
    id: headline.id,
    domain: headline.domain,
    title: headline.title,
    published: headline.time ?? headline.seenAt,
    entityKeys: headline.entityKeys,
  };
}

/** Candidate stories read per look-up key and half-window: a story about the same event shares a rare key. */
const STORIES_PER_KEY = 50;
const MAX_MEMBERS = 1_000;
const DAY_MS = 86_400_000;
/** Story grouping's window (DEFAULT_STORY_OPTIONS.windowDays): stories quiet for longer are not candidates. */
const WINDOW_MS = DEFAULT_STORY_OPTIONS.windowDays * DAY_MS;

/**
 * Place one item in a story, inside the caller's transaction: count its terms, look up candidate stories by
 * its rarest keys within the grouping window (a key-and-time range of the postings, never a scan), let the
 * grouping algorithm decide, fold the item into the chosen or a new story and post the item under its keys.
 * The same algorithm as `backstory stories`, backed by IndexedDB.
 */
export async function placeInStory(tx: StoryTx, item: PlacedItem, df: TxTermCounts): Promise<string> {
  const storyStore = tx.objectStore('stories');
  const postings = tx.objectStore('postings');
  const terms = [...itemTerms(item).keys()];
  await df.load(terms);
  df.add(terms);

  const time = item.published ? Date.parse(item.published) : NaN;
  const at = Number.isNaN(time) ? Date.now() : time;
  // Two half-windows, each capped: the stories just before the item are the likeliest, and a common key's
  // oldest postings in the window must not crowd them out.
  const ranges = lookupKeys(item, df).flatMap((k) => [
    postingRange(k, at - DAY_MS, at + WINDOW_MS),
    postingRange(k, at - WINDOW_MS, at - DAY_MS),
  ]);
  const storyIds = new Set((await requestAll(ranges, (r) => postings.getAll(r, STORIES_PER_KEY))).flat());
  const candidates: StoryCandidate[] = [];
  for (const [id, signature] of await df.storySignatures(storyIds)) {
    if (signature && inWindow(Number.isNaN(time) ? null : time, signature)) candidates.push({ id, signature });
  }
  // Scoring reads the item's frequencies only, except for a signature stored before its lengths were.
  await df.load(
    candidates
      .filter((c) => !c.signature.norm || !c.signature.exemplarNorms)
      .flatMap((c) => signatureTerms(c.signature)),
  );

  const chosen = assignStory(item, candidates, df);
  const chosenSignature = chosen ? (candidates.find((c) => c.id === chosen)?.signature ?? null) : null;
  // Folding reads the frequencies of the chosen story's terms, and its record for the member lists.
  const [existing] = await Promise.all([
    chosen ? storyStore.get(chosen) : null,
    chosenSignature ? df.load(signatureTerms(chosenSignature)) : null,
  ]);
  const record = foldIntoStory(existing ?? null, item, updateSignature(chosenSignature, item, df));
  df.setSignature(record.id, record.signature);
  // Not awaited: a failed write aborts the transaction, and the caller's commit reports it.
  new Queued().add(storyStore.put(record), ...postItem(postings, item, record.id));
  return record.id;
}

/** Post an item under its keys (at its time) with its story id. */
export function postItem(store: PostingStore, item: PlacedItem, storyId: string): Promise<unknown>[] {
  const time = postingTime(item.published);
  const ref = itemRef(item.kind, item.id);
  return postingKeys(item, item.relatedKeys).map((k) => store.put(storyId, [k, time, ref]));
}

function foldIntoStory(
  existing: StoryRecord | null,
  item: PlacedItem,
  signature: StoryRecord['signature'],
): StoryRecord {
  const when = item.published ?? new Date().toISOString();
  const entityCounts = { ...(existing?.entityCounts ?? {}) };
  for (const k of item.entityKeys ?? []) entityCounts[k] = (entityCounts[k] ?? 0) + 1;
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
  };
}

/** A story as the popup shows it: without the grouping internals. */
export async function getStory(db: Db, id: string): Promise<Story | null> {
  const record = await db.get('stories', id);
  if (!record) return null;
  const { id: storyId, label, entityKeys, articleIds, headlineIds, domains, firstTime, lastTime } = record;
  return { id: storyId, label, entityKeys, articleIds, headlineIds, domains, firstTime, lastTime };
}
