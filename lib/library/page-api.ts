import type MiniSearch from 'minisearch';
import type { LibraryDb } from '../store/library-db';
import { deleteItem, importItems, listItems, updateItem, type ItemPatch } from '../store/library/items';
import { getCopy } from '../store/library/copies';
import { openSearchIndex, searchIds, type SearchDoc } from '../store/library/search';
import { exportLibrary, importLibrary, parseLibraryFile } from './backup';
import { detectImportFormat, FORMAT_NAMES, parseListFile } from './import/detect';
import { readingListCsv, readingListMarkdown } from './export/reading-list';
import type { OfflineCopy, SavedItem } from '../types';

export type ExportKind = 'json' | 'csv' | 'markdown';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** What the Reading list page does with the library, as one object the page's components receive. */
export interface ReadingListApi {
  list(): Promise<SavedItem[]>;
  search(query: string): Promise<string[]>;
  update(id: string, patch: ItemPatch): Promise<SavedItem | null>;
  remove(id: string): Promise<void>;
  copy(id: string): Promise<OfflineCopy | undefined>;
  /** Import a file of any supported format; resolves to a sentence for the reader, throws ImportError. */
  importFile(text: string): Promise<string>;
  exportFile(kind: ExportKind): Promise<ExportFile>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The page works on the library database directly (it is the extension's own origin); the background writes
 * to it too when the reader saves from a tab, so the search index is re-read whenever the list is.
 */
export function createReadingListApi(db: LibraryDb, parser: DOMParser, now = () => new Date()): ReadingListApi {
  let index: Promise<MiniSearch<SearchDoc>> | null = null;
  const changed = () => {
    index = null;
  };
  return {
    list() {
      changed();
      return listItems(db);
    },
    async search(query) {
      index ??= openSearchIndex(db);
      return searchIds(await index, query);
    },
    async update(id, patch) {
      changed();
      return updateItem(db, id, patch);
    },
    async remove(id) {
      changed();
      await deleteItem(db, id);
    },
    copy: (id) => getCopy(db, id),
    async importFile(text) {
      const format = detectImportFormat(text);
      // Everything is parsed and checked before the one write transaction starts.
      if (format === 'library') {
        const r = await importLibrary(db, parseLibraryFile(text));
        changed();
        return `${FORMAT_NAMES.library}: ${plural(r.added, 'new item')}, ${r.merged} merged, ${plural(r.annotations, 'annotation')} added.`;
      }
      const parsed = parseListFile(format, text, parser, now());
      const r = await importItems(db, parsed.items);
      changed();
      const skipped = parsed.skipped ? `, ${parsed.skipped} skipped (not web pages)` : '';
      return `${FORMAT_NAMES[format]}: ${plural(r.added, 'new item')}, ${r.merged} merged with items already here${skipped}.`;
    },
    async exportFile(kind) {
      const day = now().toISOString().slice(0, 10);
      if (kind === 'json')
        return {
          name: `backstory-library-${day}.json`,
          type: 'application/json',
          text: JSON.stringify(await exportLibrary(db, now()), null, 1),
        };
      const items = await listItems(db);
      if (kind === 'csv') return { name: `reading-list-${day}.csv`, type: 'text/csv', text: readingListCsv(items) };
      return { name: `reading-list-${day}.md`, type: 'text/markdown', text: readingListMarkdown(items, now()) };
    },
  };
}
