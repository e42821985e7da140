import * as v from 'valibot';
import { LIBRARY_DB_VERSION } from '../store/library-schema';
import type { LibraryDb } from '../store/library-db';
import { putMerged } from '../store/library/items';
import { putCopyIfAbsentIn } from '../store/library/copies';
import { updateIndex, searchDoc, SEARCH_INDEX_KEY } from '../store/library/search';
import { ImportError } from './import/item';
import { atomically } from '../store/library/atomic';
import { LIBRARY_FILE_FORMAT, LibraryFileSchema, type LibraryFile } from './backup-schema';

/** The whole library database as one JSON-safe value: every record of every store, read in one transaction. */
export async function exportLibrary(db: LibraryDb, now = new Date()): Promise<LibraryFile> {
  const tx = db.transaction(['items', 'copies', 'annotations', 'meta']);
  const [items, copies, annotations, meta] = await Promise.all([
    tx.objectStore('items').getAll(),
    tx.objectStore('copies').getAll(),
    tx.objectStore('annotations').getAll(),
    tx.objectStore('meta').getAll(),
  ]);
  await tx.done;
  return {
    format: LIBRARY_FILE_FORMAT,
    version: LIBRARY_DB_VERSION,
    exportedAt: now.toISOString(),
    items,
    copies,
    annotations,
    meta,
  };
}

/** A library file's text, checked whole: a clear error for the first problem, or the validated file. */
export function parseLibraryFile(text: string): LibraryFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`Not a JSON file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = v.safeParse(LibraryFileSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new ImportError(`Not a Backstory library file${path ? ` (at ${path})` : ''}: ${issue.message}`);
  }
  if (parsed.output.version > LIBRARY_DB_VERSION)
    throw new ImportError(
      `This file comes from a newer Backstory (library version ${parsed.output.version}): update first`,
    );
  return parsed.output;
}

export interface LibraryImportResult {
  added: number;
  merged: number;
  annotations: number;
}

/**
 * Restore a library file. Into an empty library it is an exact restore (every record as exported, the search
 * index included); into a library with items, the file's items are merged like any import and its copies and
 * annotations added where absent, and the index is updated rather than replaced.
 */
export async function importLibrary(db: LibraryDb, file: LibraryFile): Promise<LibraryImportResult> {
  const tx = db.transaction(['items', 'copies', 'annotations', 'meta'], 'readwrite');
  return atomically(tx, async () => {
    if ((await tx.objectStore('items').count()) > 0) {
      const { added, merged } = await putMerged(tx, file.items, new Map(file.copies.map((c) => [c.id, c])));
      let annotations = 0;
      for (const a of file.annotations) {
        if (await tx.objectStore('annotations').getKey(a.id)) continue;
        await tx.objectStore('annotations').put(a);
        annotations++;
      }
      // Copies of articles that are annotated but not on the list (the items' own copies went in above).
      for (const c of file.copies) await putCopyIfAbsentIn(tx.objectStore('copies'), c);
      for (const m of file.meta) {
        if (m.key !== SEARCH_INDEX_KEY && !(await tx.objectStore('meta').getKey(m.key)))
          await tx.objectStore('meta').put(m);
      }
      return { added, merged, annotations };
    }
    for (const item of file.items) await tx.objectStore('items').put(item);
    for (const copy of file.copies) await tx.objectStore('copies').put(copy);
    for (const a of file.annotations) await tx.objectStore('annotations').put(a);
    for (const m of file.meta) await tx.objectStore('meta').put(m);
    if (!file.meta.some((m) => m.key === SEARCH_INDEX_KEY)) {
      const copies = new Map(file.copies.map((c) => [c.id, c]));
      await updateIndex(
        tx,
        file.items.map((item) => searchDoc(item, copies.get(item.id))),
      );
    }
    return { added: file.items.length, merged: 0, annotations: file.annotations.length };
  });
}
