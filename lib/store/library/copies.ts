import type { IDBPObjectStore, StoreNames } from 'idb';
import type { LibraryDb } from '../library-db';
import type { LibraryDB } from '../library-schema';
import type { OfflineCopy } from '../../types';

/** The copies store of any write transaction that includes it. */
export type CopiesStore = IDBPObjectStore<LibraryDB, ArrayLike<StoreNames<LibraryDB>>, 'copies', 'readwrite'>;

export function getCopy(db: LibraryDb, id: string): Promise<OfflineCopy | undefined> {
  return db.get('copies', id);
}

/** Write `copy` unless one is stored already; the first copy is the base "it changed" compares to. */
export async function putCopyIfAbsentIn(store: CopiesStore, copy: OfflineCopy): Promise<boolean> {
  if (await store.getKey(copy.id)) return false;
  await store.put(copy);
  return true;
}

/**
 * Keep the text of an article as it is now, unless a copy is kept already. Saving to the reading list and the
 * first highlight on an article both call this. Resolves to whether a copy was written.
 */
export async function putCopyIfAbsent(db: LibraryDb, copy: OfflineCopy): Promise<boolean> {
  const tx = db.transaction('copies', 'readwrite');
  const written = await putCopyIfAbsentIn(tx.objectStore('copies'), copy);
  await tx.done;
  return written;
}
