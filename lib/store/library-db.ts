import type { IDBPDatabase } from 'idb';
import { LIBRARY_DB_NAME, LIBRARY_DB_VERSION, type LibraryDB } from './library-schema';
import { openVersioned, type UpgradeStep } from './open';

export type LibraryDb = IDBPDatabase<LibraryDB>;

/** The library's cumulative upgrades (see `openVersioned`). Steps never delete the reader's data. */
export const libraryUpgrades: ReadonlyArray<UpgradeStep<LibraryDB>> = [
  // v1: reading list, offline copies, annotations.
  (db) => {
    const items = db.createObjectStore('items', { keyPath: 'id' });
    items.createIndex('by-url', 'url');
    items.createIndex('by-saved', 'savedAt');
    items.createIndex('by-status', 'status');
    items.createIndex('by-tag', 'tags', { multiEntry: true });
    db.createObjectStore('copies', { keyPath: 'id' });
    const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
    annotations.createIndex('by-article', 'articleId');
    annotations.createIndex('by-url', 'url');
    annotations.createIndex('by-tag', 'tags', { multiEntry: true });
    annotations.createIndex('by-created', 'created');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
];

export function openLibraryDb(name = LIBRARY_DB_NAME, version = LIBRARY_DB_VERSION): Promise<LibraryDb> {
  return openVersioned(name, version, libraryUpgrades);
}
