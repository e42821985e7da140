import { unwrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { articleItem, boundEntityCounts, headlineItem, postItem } from './stories';
import {
  DB_NAME,
  DB_VERSION,
  type ArticleEventsRecord,
  type BackstoryDB,
  type DayEvent,
  type StoryRecord,
} from './schema';
import { TERM_FILTER_KEY, TermFilter } from './term-filter';
import { abortQuietly, openVersioned, Queued, type UpgradeStep } from './open';

export type Db = IDBPDatabase<BackstoryDB>;

/** The news base's cumulative upgrades (see `openVersioned`). Steps never delete user data. */
export const upgrades: ReadonlyArray<UpgradeStep<BackstoryDB>> = [
  // v1: the first schema. (Stores and indexes created through `unwrap` were dropped later, so are not in the typed schema.)
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    unwrap(articles).createIndex('by-url', 'url');
    articles.createIndex('by-domain', 'domain');
    unwrap(articles).createIndex('by-published', 'publishedTime');
    unwrap(articles).createIndex('by-entity', 'entityKeys', { multiEntry: true });
    articles.createIndex('by-story', 'storyId');
    db.createObjectStore('analyses', { keyPath: 'id' });
    db.createObjectStore('entities', { keyPath: 'key' });
    // Claims and events, one record each, until v5.
    const claims = unwrap(db).createObjectStore('claims', { keyPath: 'id', autoIncrement: true });
    claims.createIndex('by-article', 'articleId');
    claims.createIndex('by-speaker', 'speakerKey');
    const events = unwrap(db).createObjectStore('events', { keyPath: 'id', autoIncrement: true });
    events.createIndex('by-article', 'articleId');
    events.createIndex('by-day', 'day');
    const headlines = db.createObjectStore('headlines', { keyPath: 'id' });
    unwrap(headlines).createIndex('by-entity', 'entityKeys', { multiEntry: true });
    unwrap(headlines).createIndex('by-domain', 'domain');
    headlines.createIndex('by-story', 'storyId');
    headlines.createIndex('by-seen', 'seenAt');
    const stories = db.createObjectStore('stories', { keyPath: 'id' });
    // Dropped in v3 (the postings replace it).
    unwrap(stories).createIndex('by-key', 'keys', { multiEntry: true });
    stories.createIndex('by-entity', 'entityKeys', { multiEntry: true });
    stories.createIndex('by-last', 'lastTime');
    db.createObjectStore('terms', { keyPath: 'term' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // v2: followed feeds; headlines remember the feed they came from.
  (db, tx) => {
    const feeds = db.createObjectStore('feeds', { keyPath: 'url' });
    feeds.createIndex('by-next-poll', 'nextPollAt');
    tx.objectStore('headlines').createIndex('by-feed', 'feedUrl');
  },
  // v3 (store at scale): postings, one row per (key, time, item), replaced by v4's item records (and
  // filled there); stories no longer carry their members' keys in a multi-entry index.
  (db, tx) => {
    unwrap(db).createObjectStore('postings');
    tx.objectStore('stories').deleteIndex('by-key');
  },
  // v4 (store at scale, fewer requests): an item's postings in one record under a multi-entry index, filled
  // from the stored items; term counts change through a log folded in now and then. Indexes nothing reads
  // go: each cost every save its entries (the entity ones, 24 per article, are the postings' job now).
  (db, tx) => {
    unwrap(db).deleteObjectStore('postings');
    const unread: Record<string, string[]> = {
      articles: ['by-url', 'by-published', 'by-entity'],
      headlines: ['by-entity', 'by-domain'],
      claims: ['by-speaker'],
      events: ['by-day'],
    };
    for (const [store, indexes] of Object.entries(unread)) {
      for (const index of indexes) unwrap(tx).objectStore(store).deleteIndex(index);
    }
    db.createObjectStore('itemPostings', { keyPath: ['story', 'ref'] }).createIndex('by-key', 'keys', {
      multiEntry: true,
    });
    db.createObjectStore('termLog', { keyPath: 'id', autoIncrement: true });
    db.createObjectStore('termFilter');
    void Promise.all([postStoredItems(tx), filterStoredTerms(tx)]).catch(() => abortQuietly(tx));
  },
  // v5 (fewer requests per save): an article's dated events in one record (they were one record each, a
  // write apiece and, on a second save, a read and a delete apiece); the claims store goes, as nothing read
  // it: every claim is in its article's analysis, which is what the popup shows.
  (db, tx) => {
    unwrap(db).deleteObjectStore('claims');
    db.createObjectStore('articleEvents', { keyPath: 'articleId' });
    void packEvents(db, tx).catch(() => abortQuietly(tx));
  },
  // v6 (bounded story records): a story's members are counted in its record, no longer listed there (the
  // `by-story` indexes list them); its entity counts keep the most counted (`boundEntityCounts`).
  (_db, tx) => {
    void countMembers(tx).catch(() => abortQuietly(tx));
  },
  // v7 (short names in the postings): stories made from now on have short ids (`s:` and a hash of the
  // first member's id), items are posted under short refs (lib/store/postings.ts) found back through a
  // `by-ref` index. Nothing is rewritten: records stored before have no `ref` and keep their postings,
  // named by their ids (`legacyRef`); their stories keep their ids.
  (_db, tx) => {
    tx.objectStore('articles').createIndex('by-ref', 'ref');
    tx.objectStore('headlines').createIndex('by-ref', 'ref');
  },
];

type UpgradeTx = Parameters<UpgradeStep<BackstoryDB>>[1];

/** Records read per request by the v4 upgrade: a cursor costs a request per record (minutes at 100k). */
const UPGRADE_CHUNK = 1_000;

/** A store's records (or keys) in key order, a chunk per `read`, each read after the last key of the one before. */
async function* inChunks<T>(
  read: (range: IDBKeyRange | null) => Promise<T[]>,
  keyOf: (x: T) => IDBValidKey,
): AsyncGenerator<T[]> {
  for (let range: IDBKeyRange | null = null; ;) {
    const chunk = await read(range);
    if (chunk.length === 0) return;
    yield chunk;
    range = IDBKeyRange.lowerBound(keyOf(chunk[chunk.length - 1]!), true);
  }
}

/** Post every stored article and headline under its keys (the v4 upgrade), inside the upgrade transaction. */
async function postStoredItems(tx: UpgradeTx): Promise<void> {
  const postings = tx.objectStore('itemPostings');
  const writes = new Queued();
  const articles = tx.objectStore('articles');
  for await (const chunk of inChunks(
    (r) => articles.getAll(r, UPGRADE_CHUNK),
    (a) => a.id,
  )) {
    for (const a of chunk) if (a.storyId) writes.add(postItem(postings, articleItem(a), a.storyId));
  }
  const headlines = tx.objectStore('headlines');
  for await (const chunk of inChunks(
    (r) => headlines.getAll(r, UPGRADE_CHUNK),
    (h) => h.id,
  )) {
    for (const h of chunk) if (h.storyId) writes.add(postItem(postings, headlineItem(h), h.storyId));
  }
  await writes.all();
}

/** A v1–v4 event record. */
interface OldEvent extends DayEvent {
  id: number;
  articleId: string;
}

/**
 * Each article's events in one record (the v5 upgrade), then the old store goes. An article's events were
 * added in one transaction and deleted together, so they follow each other in key order; an article met
 * again further on (none should be) has its record read and extended.
 */
async function packEvents(db: Parameters<UpgradeStep<BackstoryDB>>[0], tx: UpgradeTx): Promise<void> {
  // The old store is not in the typed schema any more.
  const old = (tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).objectStore('events');
  const packed = tx.objectStore('articleEvents');
  const writes = new Queued();
  const written = new Set<string>();
  let run: ArticleEventsRecord | null = null;
  const flush = async (record: ArticleEventsRecord) => {
    if (written.has(record.articleId)) {
      const prior = await packed.get(record.articleId);
      record = { articleId: record.articleId, events: [...(prior?.events ?? []), ...record.events] };
    }
    written.add(record.articleId);
    writes.add(packed.put(record));
  };
  const getAll = (range: IDBKeyRange | null) => old.getAll(range, UPGRADE_CHUNK) as Promise<OldEvent[]>;
  for await (const chunk of inChunks(getAll, (e) => e.id)) {
    for (const { articleId, day, value, text, sentence } of chunk) {
      if (run && run.articleId !== articleId) {
        await flush(run);
        run = null;
      }
      run ??= { articleId, events: [] };
      run.events.push({ day, value, text, sentence });
    }
  }
  if (run) await flush(run);
  await writes.all();
  unwrap(db).deleteObjectStore('events');
}

/** A v1–v5 story record: its members listed, the last `V5_MAX_MEMBERS` of each kind. */
type V5Story = Omit<StoryRecord, 'articleCount' | 'headlineCount'> & { articleIds: string[]; headlineIds: string[] };
const V5_MAX_MEMBERS = 1_000;

/**
 * Each story's members counted (the v6 upgrade): the length of its lists, or for a list that reached the cap
 * (older members had left it), its members in the store's `by-story` index.
 */
async function countMembers(tx: UpgradeTx): Promise<void> {
  const stories = tx.objectStore('stories');
  const articles = tx.objectStore('articles').index('by-story');
  const headlines = tx.objectStore('headlines').index('by-story');
  const writes = new Queued();
  const getAll = (range: IDBKeyRange | null) => stories.getAll(range, UPGRADE_CHUNK) as unknown as Promise<V5Story[]>;
  for await (const chunk of inChunks(getAll, (s) => s.id)) {
    const counted = await Promise.all(
      chunk.map(async ({ articleIds, headlineIds, ...story }): Promise<StoryRecord> => {
        const [articleCount, headlineCount] = await Promise.all([
          articleIds.length < V5_MAX_MEMBERS ? articleIds.length : articles.count(story.id),
          headlineIds.length < V5_MAX_MEMBERS ? headlineIds.length : headlines.count(story.id),
        ]);
        return { ...story, entityCounts: boundEntityCounts(story.entityCounts), articleCount, headlineCount };
      }),
    );
    for (const story of counted) writes.add(stories.put(story));
  }
  await writes.all();
}

/** The filter of the stored terms (the v4 upgrade). */
async function filterStoredTerms(tx: UpgradeTx): Promise<void> {
  const filter = new TermFilter();
  const terms = tx.objectStore('terms');
  for await (const keys of inChunks(
    (r) => terms.getAllKeys(r, UPGRADE_CHUNK * 10),
    (k) => k,
  )) {
    for (const key of keys) filter.add(key);
  }
  await tx.objectStore('termFilter').put(filter.bits, TERM_FILTER_KEY);
}

export function openBackstoryDb(name = DB_NAME, version = DB_VERSION): Promise<Db> {
  return openVersioned(name, version, upgrades);
}
