import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import {
  assignStory,
  DEFAULT_STORY_OPTIONS,
  inWindow,
  lookupKeys,
  signatureTerms,
  updateSignature,
  type DocumentFrequency,
  type StoryCandidate,
  type StoryItem,
} from '../stories/cluster';
import { itemTerms } from '../stories/features';
import type { Db } from './db';
import { Queued, requestAll } from './open';
import type { TxTermCounts } from './term-counts';
import { shortId } from './ids';
import { keyRange, postedRef, postingKeys, postingTime, RELATED_KEYS } from './postings';
import { recentPart, windowAround, windowId, WindowSet, WINDOW_ROWS, type PostingWindow } from './windows';
import type { BackstoryDB, PostedItem, StoryRecord } from './schema';
import type { Story, StoredArticle, StoredHeadline } from '../types';

/** A read-write transaction that includes the `stories`, `terms` and `meta` stores. */
export type StoryTx = IDBPTransaction<BackstoryDB, StoreNames<BackstoryDB>[], 'readwrite'>;
type PostingStore = IDBPObjectStore<
  BackstoryDB,
  StoreNames<BackstoryDB>[],
  'itemPostings',
  'readwrite' | 'versionchange'
>;

export interface PlacedItem extends StoryItem {
  kind: 'article' | 'headline';
  /** Its name in the postings: the record's `ref`, or for a record stored before v7, its legacy ref. */
  ref: string;
  url: string;
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
    ref: postedRef('article', article),
    url: article.url,
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
    ref: postedRef('headline', headline),
    url: headline.url,
    domain: headline.domain,
    title: headline.title,
    published: headline.time ?? headline.seenAt,
    entityKeys: headline.entityKeys,
  };
}

/**
 * Entity counts a story record keeps. Past it the least counted go, down to three quarters (ties: the
 * earliest stay): an entity needs a run of mentions to climb back, so the main ones stay exact.
 */
export const MAX_ENTITY_COUNTS = 64;
const DAY_MS = 86_400_000;
/** Story grouping's window (DEFAULT_STORY_OPTIONS.windowDays): stories quiet for longer are not candidates. */
const WINDOW_MS = DEFAULT_STORY_OPTIONS.windowDays * DAY_MS;

/**
 * Places items in stories inside one transaction, a batch at a time (an article with its harvested
 * headlines, a feed poll): every read the batch may need — term counts, the postings of each item's keys in
 * its windows, the candidates' signatures — is issued at once, then the items are grouped in memory one by
 * one in arrival order, each seeing the rows, counts and stories the earlier ones wrote. So the grouping is
 * exactly that of `placeInStory` one item at a time (and of `backstory stories`), in a few round trips per
 * batch instead of several per item. Story records are written once per transaction by `flush`.
 */
export class StoryPlacer {
  /** The windows known in this transaction: read, or taken from the connection's committed ones. */
  private readonly windows = new WindowSet();
  /** Stories folded into since the last flush: their records are `df.writtenStory`. */
  private readonly dirty = new Set<string>();

  constructor(
    private readonly tx: StoryTx,
    private readonly df: TxTermCounts,
  ) {}

  /**
   * Read what placing these items, next and in this order, needs: their term counts, then the windows of
   * the keys each will be looked up by — known before placing, as counting an item does not depend on its
   * story — then the signatures of the stories posted there.
   */
  async prefetch(items: readonly PlacedItem[]): Promise<void> {
    const { df } = this;
    const terms = items.map((item) => [...itemTerms(item).keys()]);
    await df.load(terms.flat());
    const added = new Map<string, number>();
    const counts: DocumentFrequency = { get: (t) => df.get(t) + (added.get(t) ?? 0), total: 0 };
    const asked: Array<[PostingWindow, number]> = [];
    for (const [i, item] of items.entries()) {
      for (const t of terms[i]!) added.set(t, (added.get(t) ?? 0) + 1);
      for (const key of lookupKeys(item, counts)) asked.push([this.known(fullWindow(item, key)), itemTime(item)]);
    }
    const whole = asked.map(([w]) => w);
    await this.read(whole);
    // A capped window is read again for its recent part (see `place`).
    const recent = asked.filter(([w]) => w.rows.length >= WINDOW_ROWS).map(([w, at]) => this.known(recentPart(w, at)));
    await this.read(recent);
    await df.storySignatures(new Set([...whole, ...recent].flatMap((w) => w.rows)));
  }

  /**
   * This transaction's window of that id (read again if stale), else the connection's committed one with
   * this transaction's rows added, else `w`, to read.
   */
  private known(w: PostingWindow): PostingWindow {
    const id = windowId(w);
    const mine = this.windows.get(id);
    if (mine) return mine;
    const committed = this.df.committedWindow(id);
    this.windows.set(committed ?? w);
    return committed ?? w;
  }

  /** Read those of these windows not known yet (`stale`), and know them from now on. */
  private async read(windows: readonly PostingWindow[]): Promise<void> {
    const unread = [...new Set(windows.filter((w) => w.stale))];
    const rows = await requestAll(unread, (w) => this.readRows(w));
    unread.forEach((w, i) => {
      w.rows = rows[i]!;
      w.stale = false;
      this.windows.set(w);
    });
    this.df.windowsRead(unread);
  }

  /**
   * Place one item: count its terms, look up candidate stories by its rarest keys within the grouping
   * window (a key-and-time range of the postings, never a scan), let the grouping algorithm decide, fold
   * the item into the chosen or a new story and post the item under its keys.
   */
  async place(item: PlacedItem): Promise<string> {
    const { df } = this;
    const terms = [...itemTerms(item).keys()];
    await df.load(terms);
    df.add(terms);

    const time = itemTimeOrNull(item);
    // One read per key over the whole window; a key so common there that the read is capped is read again
    // for the days around the item, so its oldest postings in the window do not crowd out the likeliest.
    const whole = lookupKeys(item, df).map((k) => this.known(fullWindow(item, k)));
    await this.read(whole);
    const recent = whole
      .filter((w) => w.rows.length >= WINDOW_ROWS)
      .map((w) => this.known(recentPart(w, itemTime(item))));
    await this.read(recent);
    const found = [...whole, ...recent].map((w) => w.rows);
    const storyIds = new Set(found.flat());
    const candidates: StoryCandidate[] = [];
    for (const [id, signature] of await df.storySignatures(storyIds)) {
      if (signature && inWindow(time, signature)) candidates.push({ id, signature });
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
      chosen ? df.storyRecords([chosen]).then((records) => records.get(chosen)) : null,
      chosenSignature ? df.load(signatureTerms(chosenSignature)) : null,
    ]);
    const record = foldIntoStory(existing ?? null, item, updateSignature(chosenSignature, item, df));
    df.setStory(record);
    this.dirty.add(record.id);
    this.post(item, record.id);
    return record.id;
  }

  /** Queue the writes of the stories changed since the last flush. */
  flush(): Promise<unknown>[] {
    const store = this.tx.objectStore('stories');
    const writes = [...this.dirty].map((id) => store.put(this.df.writtenStory(id)!));
    this.dirty.clear();
    return writes;
  }

  /** The story ids of a window's first `WINDOW_ROWS` entries, from the index's primary keys. */
  private async readRows(range: PostingWindow): Promise<string[]> {
    const keys = await this.tx.objectStore('itemPostings').index('by-key').getAllKeys(keyRange(range), WINDOW_ROWS);
    return keys.map(([story]) => story);
  }

  /** Post the item (not awaited: a failed write aborts the transaction) and add its rows to known windows. */
  private post(item: PlacedItem, storyId: string): void {
    new Queued().add(postItem(this.tx.objectStore('itemPostings'), item, storyId));
    const time = postingTime(item.published);
    for (const key of postingKeys(item, item.relatedKeys)) {
      this.windows.post(key, time, storyId);
      this.df.posted(key, time, storyId);
    }
  }
}

/** Place one item in a story inside the caller's transaction (a batch of one; see `StoryPlacer`). */
export async function placeInStory(tx: StoryTx, item: PlacedItem, df: TxTermCounts): Promise<string> {
  const placer = new StoryPlacer(tx, df);
  const id = await placer.place(item);
  new Queued().add(...placer.flush());
  return id;
}

function itemTimeOrNull(item: PlacedItem): number | null {
  const time = item.published ? Date.parse(item.published) : NaN;
  return Number.isNaN(time) ? null : time;
}

/** An item's time for its look-up windows: its own, or now when it has none. */
function itemTime(item: PlacedItem): number {
  return itemTimeOrNull(item) ?? Date.now();
}

/** The window of a key an item is looked up in: the grouping window either side of its time (see `place`). */
function fullWindow(item: PlacedItem, key: string): PostingWindow {
  return windowAround(key, itemTime(item), WINDOW_MS);
}

/** Post an item under its keys (at its time) in its story, with what related coverage shows of it: one record. */
export function postItem(store: PostingStore, item: PlacedItem, storyId: string): Promise<unknown> {
  const time = postingTime(item.published);
  return store.put({
    story: storyId,
    ref: item.ref,
    keys: postingKeys(item, item.relatedKeys).map((k): [string, string] => [k, time]),
    item: postedItem(item),
  });
}

/** What related coverage shows of a placed item. */
export function postedItem(item: PlacedItem): PostedItem {
  const { id, url, title, domain } = item;
  return { id, url, title, domain, publisher: item.publisher ?? null, time: item.published ?? null };
}

/** Entity counts, most counted first (ties: in the record's order, the earliest first). */
function rankEntityCounts(counts: Record<string, number>): Array<[string, number]> {
  return Object.entries(counts).sort((a, b) => b[1] - a[1]);
}

/** `counts`, or when it holds more than `MAX_ENTITY_COUNTS`, the most counted three quarters of that. */
export function boundEntityCounts(counts: Record<string, number>): Record<string, number> {
  const ranked = rankEntityCounts(counts);
  if (ranked.length <= MAX_ENTITY_COUNTS) return counts;
  return Object.fromEntries(ranked.slice(0, Math.floor(MAX_ENTITY_COUNTS * 0.75)));
}

function foldIntoStory(
  existing: StoryRecord | null,
  item: PlacedItem,
  signature: StoryRecord['signature'],
): StoryRecord {
  const when = item.published ?? new Date().toISOString();
  const counts = { ...(existing?.entityCounts ?? {}) };
  for (const k of item.entityKeys ?? []) counts[k] = (counts[k] ?? 0) + 1;
  const entityCounts = boundEntityCounts(counts);
  const articleCount = existing?.articleCount ?? 0;
  // An article's own title is a better label than a headline seen in passing. (An item is placed once: a
  // headline when it is first stored, an article while it has no story.)
  const label = !existing || (item.kind === 'article' && articleCount === 0) ? item.title : existing.label;
  return {
    id: existing?.id ?? `s:${shortId(item.id)}`,
    label,
    entityKeys: rankEntityCounts(entityCounts)
      .slice(0, 8)
      .map(([k]) => k),
    entityCounts,
    articleCount: articleCount + (item.kind === 'article' ? 1 : 0),
    headlineCount: (existing?.headlineCount ?? 0) + (item.kind === 'headline' ? 1 : 0),
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
  const { id: storyId, label, entityKeys, articleCount, headlineCount, domains, firstTime, lastTime } = record;
  return { id: storyId, label, entityKeys, articleCount, headlineCount, domains, firstTime, lastTime };
}
