import { unwrap, type IDBPDatabase } from 'idb';
import { articleItem, headlineItem, postItem } from './stories';
import { DB_NAME, DB_VERSION, type BackstoryDB } from './schema';
import { TERM_FILTER_KEY, TermFilter } from './term-filter';
import { abortQuietly, openVersioned, Queued, type UpgradeStep } from './open';

export type Db = IDBPDatabase<BackstoryDB>;

/** The news base's cumulative upgrades (see `openVersioned`). Steps never delete user data. */
export const upgrades: ReadonlyArray<UpgradeStep<BackstoryDB>> = [
  // v1: the first schema. (Indexes created through `unwrap` were dropped later, so are not in the typed schema.)
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    unwrap(articles).createIndex('by-url', 'url');
    articles.createIndex('by-domain', 'domain');
    unwrap(articles).createIndex('by-published', 'publishedTime');
    unwrap(articles).createIndex('by-entity', 'entityKeys', { multiEntry: true });
    articles.createIndex('by-story', 'storyId');
    db.createObjectStore('analyses', { keyPath: 'id' });
    db.createObjectStore('entities', { keyPath: 'key' });
    const claims = db.createObjectStore('claims', { keyPath: 'id', autoIncrement: true });
    claims.createIndex('by-article', 'articleId');
    unwrap(claims).createIndex('by-speaker', 'speakerKey');
    const events = db.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
    events.createIndex('by-article', 'articleId');
    unwrap(events).createIndex('by-day', 'day');
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
];

type UpgradeTx = Parameters<UpgradeStep<BackstoryDB>>[1];

/** Records read per request by the v4 upgrade: a cursor costs a request per record (minutes at 100k). */
const UPGRADE_CHUNK = 1_000;

/** A store's records (or keys) in key order, a chunk per `read`, each read after the last key of the one before. */
async function* inChunks<T>(
  read: (range: IDBKeyRange | null) => Promise<T[]>,
  keyOf: (x: T) => string,
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
