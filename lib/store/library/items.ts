import type { LibraryDb } from '../library-db';
import type { OfflineCopy, SavedItem } from '../../types';
import { putCopyIfAbsentIn } from './copies';
import { atomically } from './atomic';
import { searchDoc, updateIndex, type IndexTx, type SearchDoc } from './search';

/** What the reader may change on a saved item from the reading list page. */
export type ItemPatch = Partial<Pick<SavedItem, 'status' | 'favourite' | 'tags' | 'note'>>;

const WRITE_STORES = ['items', 'copies', 'meta'] as const;

export function listItems(db: LibraryDb): Promise<SavedItem[]> {
  return db.getAll('items');
}

export function getItem(db: LibraryDb, id: string): Promise<SavedItem | undefined> {
  return db.get('items', id);
}

/**
 * One article known twice (saved again, or imported while already on the list): the library's own record
 * wins, the other fills what it lacks. Tags are united, the earliest save time kept, notes never lost.
 */
export function mergeItems(kept: SavedItem, other: SavedItem): SavedItem {
  const note =
    !other.note || kept.note.includes(other.note)
      ? kept.note
      : kept.note
        ? `${kept.note}\n\n${other.note}`
        : other.note;
  return {
    ...kept,
    title: kept.title || other.title,
    authors: kept.authors.length ? kept.authors : other.authors,
    publisher: kept.publisher ?? other.publisher,
    publishedTime: kept.publishedTime ?? other.publishedTime,
    language: kept.language ?? other.language,
    excerpt: kept.excerpt ?? other.excerpt,
    savedAt: other.savedAt < kept.savedAt ? other.savedAt : kept.savedAt,
    favourite: kept.favourite || other.favourite,
    tags: [...new Set([...kept.tags, ...other.tags])],
    note,
    entityKeys: kept.entityKeys.length ? kept.entityKeys : other.entityKeys,
    storyId: kept.storyId ?? other.storyId,
  };
}

/** Put items (merged into any stored twin) and their copies, keeping the index in step, inside `tx`. */
export async function putMerged(
  tx: IndexTx,
  incoming: readonly SavedItem[],
  copies: ReadonlyMap<string, OfflineCopy>,
): Promise<{ added: number; merged: number; items: SavedItem[] }> {
  const items = tx.objectStore('items');
  const copyStore = tx.objectStore('copies');
  const byId = new Map<string, SavedItem>();
  let merged = 0;
  for (const item of incoming) {
    const earlier = byId.get(item.id) ?? (await items.get(item.id));
    if (earlier) merged++;
    byId.set(item.id, earlier ? mergeItems(earlier, item) : item);
  }
  const docs: SearchDoc[] = [];
  for (const item of byId.values()) {
    await items.put(item);
    const copy = copies.get(item.id);
    if (copy) await putCopyIfAbsentIn(copyStore, copy);
    docs.push(searchDoc(item, await copyStore.get(item.id)));
  }
  await updateIndex(tx, docs);
  return { added: incoming.length - merged, merged, items: [...byId.values()] };
}

/** Save one article with its offline copy (kept if one exists: it is the base for "this article changed"). */
export async function saveItem(db: LibraryDb, item: SavedItem, copy: OfflineCopy | null): Promise<SavedItem> {
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  const { items } = await atomically(tx, () => putMerged(tx, [item], new Map(copy ? [[copy.id, copy]] : [])));
  return items[0]!;
}

/**
 * Add imported items in one transaction: all of them or, if anything fails, none. Items already on the list
 * (same article id) are merged, never doubled.
 */
export async function importItems(
  db: LibraryDb,
  incoming: readonly SavedItem[],
  copies: readonly OfflineCopy[] = [],
): Promise<{ added: number; merged: number }> {
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  const { added, merged } = await atomically(tx, () => putMerged(tx, incoming, new Map(copies.map((c) => [c.id, c]))));
  return { added, merged };
}

export async function updateItem(db: LibraryDb, id: string, patch: ItemPatch): Promise<SavedItem | null> {
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  return atomically(tx, async () => {
    const stored = await tx.objectStore('items').get(id);
    if (!stored) return null;
    const item: SavedItem = { ...stored, ...patch };
    await tx.objectStore('items').put(item);
    await updateIndex(tx, [searchDoc(item, await tx.objectStore('copies').get(id))]);
    return item;
  });
}

/** Remove an item from the list; its copy goes too unless annotations still rest on it. */
export async function deleteItem(db: LibraryDb, id: string): Promise<void> {
  const tx = db.transaction(['items', 'copies', 'meta', 'annotations'], 'readwrite');
  await tx.objectStore('items').delete(id);
  if ((await tx.objectStore('annotations').index('by-article').count(id)) === 0)
    await tx.objectStore('copies').delete(id);
  await updateIndex(tx, [], [id]);
  await tx.done;
}
