import { unwrap, type IDBPDatabase } from 'idb';
import { articleItem, headlineItem, postItem } from './stories';
import { DB_NAME, DB_VERSION, type BackstoryDB } from './schema';
import { abortQuietly, openVersioned, type UpgradeStep } from './open';

export type Db = IDBPDatabase<BackstoryDB>;

/** The news base's cumulative upgrades (see `openVersioned`). Steps never delete user data. */
export const upgrades: ReadonlyArray<UpgradeStep<BackstoryDB>> = [
  // v1: the first schema.
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('by-url', 'url');
    articles.createIndex('by-domain', 'domain');
    articles.createIndex('by-published', 'publishedTime');
    articles.createIndex('by-entity', 'entityKeys', { multiEntry: true });
    articles.createIndex('by-story', 'storyId');
    db.createObjectStore('analyses', { keyPath: 'id' });
    db.createObjectStore('entities', { keyPath: 'key' });
    const claims = db.createObjectStore('claims', { keyPath: 'id', autoIncrement: true });
    claims.createIndex('by-article', 'articleId');
    claims.createIndex('by-speaker', 'speakerKey');
    const events = db.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
    events.createIndex('by-article', 'articleId');
    events.createIndex('by-day', 'day');
    const headlines = db.createObjectStore('headlines', { keyPath: 'id' });
    headlines.createIndex('by-entity', 'entityKeys', { multiEntry: true });
    headlines.createIndex('by-domain', 'domain');
    headlines.createIndex('by-story', 'storyId');
    headlines.createIndex('by-seen', 'seenAt');
    const stories = db.createObjectStore('stories', { keyPath: 'id' });
    // Dropped in v3 (the postings replace it), hence not in the typed schema.
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
  // v3 (store at scale): postings, time-ordered look-ups by key, filled from the stored items; stories no
  // longer carry their members' keys in a multi-entry index.
  (db, tx) => {
    db.createObjectStore('postings');
    tx.objectStore('stories').deleteIndex('by-key');
    void postStoredItems(tx).catch(() => abortQuietly(tx));
  },
];

type UpgradeTx = Parameters<UpgradeStep<BackstoryDB>>[1];

/** Post every stored article and headline under its keys (the v3 upgrade), inside the upgrade transaction. */
async function postStoredItems(tx: UpgradeTx): Promise<void> {
  const postings = tx.objectStore('postings');
  const writes: Promise<unknown>[] = [];
  for (let c = await tx.objectStore('articles').openCursor(); c; c = await c.continue()) {
    if (c.value.storyId) writes.push(...postItem(postings, articleItem(c.value), c.value.storyId));
  }
  for (let c = await tx.objectStore('headlines').openCursor(); c; c = await c.continue()) {
    if (c.value.storyId) writes.push(...postItem(postings, headlineItem(c.value), c.value.storyId));
  }
  await Promise.all(writes);
}

export function openBackstoryDb(name = DB_NAME, version = DB_VERSION): Promise<Db> {
  return openVersioned(name, version, upgrades);
}
