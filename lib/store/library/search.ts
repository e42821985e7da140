import MiniSearch, { type Options } from 'minisearch';
import type { IDBPTransaction, StoreNames } from 'idb';
import type { LibraryDb } from '../library-db';
import type { LibraryDB } from '../library-schema';
import type { OfflineCopy, SavedItem } from '../../types';

/**
 * The reading list's full-text index (MiniSearch over titles, text, publishers and tags). It is persisted in the
 * library's `meta` store and changed document by document in the same transaction as the items it indexes, so
 * the page that searches never re-reads every copy. A missing, older or inconsistent index is rebuilt.
 */
export const SEARCH_INDEX_KEY = 'search-index';
/** Bump when the fields or options below change: stored indexes of another version are rebuilt. */
export const SEARCH_INDEX_VERSION = 1;

export interface SearchDoc {
  id: string;
  title: string;
  text: string;
  publisher: string;
  tags: string;
}

const OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'text', 'publisher', 'tags'],
  storeFields: [],
  // Removal is by id (`discard`): the copy a document was built from may be gone by then.
  autoVacuum: false,
  searchOptions: { boost: { title: 3, tags: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
};

interface IndexRecord {
  version: number;
  /** MiniSearch's JSON: one string clones into IndexedDB far faster than the object tree it encodes. */
  index: string;
}

/** Any transaction over (at least) items, copies and meta. */
export type IndexTx<M extends IDBTransactionMode = 'readwrite'> = IDBPTransaction<
  LibraryDB,
  ArrayLike<StoreNames<LibraryDB>>,
  M
>;

export function searchDoc(item: SavedItem, copy: OfflineCopy | undefined): SearchDoc {
  return {
    id: item.id,
    title: item.title,
    text: copy?.text ?? item.excerpt ?? '',
    publisher: item.publisher ?? '',
    tags: item.tags.join(' '),
  };
}

/** The index held by a `meta` record, or null when the record is missing, of another version or unreadable. */
export function loadIndex(value: unknown): MiniSearch<SearchDoc> | null {
  const record = value as Partial<IndexRecord> | undefined;
  if (!record || record.version !== SEARCH_INDEX_VERSION || typeof record.index !== 'string') return null;
  try {
    return MiniSearch.loadJSON<SearchDoc>(record.index, OPTIONS);
  } catch {
    return null;
  }
}

function buildIndex(items: readonly SavedItem[], copies: readonly OfflineCopy[]): MiniSearch<SearchDoc> {
  const byId = new Map(copies.map((c) => [c.id, c]));
  const index = new MiniSearch<SearchDoc>(OPTIONS);
  index.addAll(items.map((item) => searchDoc(item, byId.get(item.id))));
  return index;
}

function record(index: MiniSearch<SearchDoc>): { key: string; value: IndexRecord } {
  return { key: SEARCH_INDEX_KEY, value: { version: SEARCH_INDEX_VERSION, index: JSON.stringify(index) } };
}

/** The stored index if it still describes the stored items, else one rebuilt from them (not yet written). */
async function currentIndex(tx: IndexTx<IDBTransactionMode>) {
  const [stored, count] = await Promise.all([
    tx.objectStore('meta').get(SEARCH_INDEX_KEY),
    tx.objectStore('items').count(),
  ]);
  const index = loadIndex(stored?.value);
  if (index && index.documentCount === count) return { index, rebuilt: false };
  const [items, copies] = await Promise.all([tx.objectStore('items').getAll(), tx.objectStore('copies').getAll()]);
  return { index: buildIndex(items, copies), rebuilt: true };
}

/**
 * Bring the persisted index up to date inside a write transaction, after `docs` were put and `removed` deleted
 * in that same transaction (a rebuild then already sees them; adding twice is avoided with `has`).
 */
export async function updateIndex(
  tx: IndexTx,
  docs: readonly SearchDoc[],
  removed: readonly string[] = [],
): Promise<void> {
  const { index } = await currentIndex(tx);
  for (const id of removed) if (index.has(id)) index.discard(id);
  for (const doc of docs) {
    if (index.has(doc.id)) index.replace(doc);
    else index.add(doc);
  }
  await tx.objectStore('meta').put(record(index));
}

/** The index for searching, repaired and persisted first when it was missing or stale. */
export async function openSearchIndex(db: LibraryDb): Promise<MiniSearch<SearchDoc>> {
  const { index, rebuilt } = await currentIndex(db.transaction(['items', 'copies', 'meta']));
  if (rebuilt) await db.put('meta', record(index));
  return index;
}

/** Ids of the items matching `query`, best first. */
export function searchIds(index: MiniSearch<SearchDoc>, query: string): string[] {
  const q = query.trim();
  return q ? index.search(q).map((r) => String(r.id)) : [];
}
