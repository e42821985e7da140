import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, type BackstoryDB } from './schema';

export type Db = IDBPDatabase<BackstoryDB>;
type UpgradeTx = IDBPTransaction<BackstoryDB, StoreNames<BackstoryDB>[], 'versionchange'>;

/**
 * Cumulative upgrades: each step takes the database from version N-1 to N, so any older database reaches
 * the current shape by running the steps after its version, in order. Steps never delete user data.
 */
export const upgrades: ReadonlyArray<(db: Db, tx: UpgradeTx) => void> = [
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
    stories.createIndex('by-key', 'keys', { multiEntry: true });
    stories.createIndex('by-entity', 'entityKeys', { multiEntry: true });
    stories.createIndex('by-last', 'lastTime');
    db.createObjectStore('terms', { keyPath: 'term' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
];

export async function openBackstoryDb(name = DB_NAME, version = DB_VERSION): Promise<Db> {
  const db: Db = await openDB<BackstoryDB>(name, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < version; v++) upgrades[v]!(db, tx);
    },
    // A newer version (an updated extension) wants to upgrade: step aside rather than block it.
    blocking() {
      db.close();
    },
  });
  return db;
}
