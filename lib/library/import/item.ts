import { articleId } from '../../store/ids';
import { urlKey } from '../../url';
import type { ReadingStatus, SavedItem, SavedSource } from '../../types';

/** A file that cannot be imported as a whole: the message says where and why, for the reader. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ImportedFields {
  url: string;
  title: string;
  savedAt: string;
  tags: string[];
  status: ReadingStatus;
  favourite: boolean;
  note: string;
  source: SavedSource;
}

/** A reading-list item from an imported row; `where` ("line 4") names the row in error messages. */
export function importedItem(fields: ImportedFields, where: string): SavedItem {
  const url = urlKey(fields.url.trim());
  if (!url) throw new ImportError(`${where}: "${fields.url.slice(0, 80)}" is not a web address`);
  return {
    id: articleId(url, null),
    url,
    title: fields.title.trim() || url,
    authors: [],
    publisher: null,
    publishedTime: null,
    language: null,
    excerpt: null,
    savedAt: fields.savedAt,
    status: fields.status,
    favourite: fields.favourite,
    tags: [...new Set(fields.tags.map((t) => t.trim()).filter(Boolean))],
    note: fields.note,
    entityKeys: [],
    storyId: null,
    source: fields.source,
  };
}

/** Unix seconds (as Pocket, Instapaper and bookmark files write them) to ISO; `fallback` when blank. */
export function unixTime(value: string | null | undefined, where: string, fallback: string): string {
  const raw = (value ?? '').trim();
  if (!raw) return fallback;
  const seconds = Number(raw);
  // Before 1995 or after 2200: not a save time, a broken column.
  if (!Number.isFinite(seconds) || seconds < 788_918_400 || seconds > 7_258_118_400)
    throw new ImportError(`${where}: "${raw.slice(0, 40)}" is not a time`);
  return new Date(seconds * 1000).toISOString();
}
