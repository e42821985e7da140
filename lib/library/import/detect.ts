import Papa from 'papaparse';
import { ImportError } from './item';
import { parseInstapaperCsv, parsePocketCsv } from './csv';
import { parseBookmarksHtml } from './bookmarks';
import type { SavedItem } from '../../types';

export type ImportFormat = 'library' | 'pocket' | 'instapaper' | 'bookmarks';

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  library: 'Backstory library (JSON)',
  pocket: 'Pocket export (CSV)',
  instapaper: 'Instapaper export (CSV)',
  bookmarks: 'Bookmarks (HTML)',
};

/** Which kind of file this is, from its content (file names and types are not reliable). */
export function detectImportFormat(text: string): ImportFormat {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'library';
  if (/^<!DOCTYPE\s+NETSCAPE-Bookmark-file-1>/i.test(head)) return 'bookmarks';
  const header = Papa.parse<string[]>(head.split(/\r?\n/, 1)[0] ?? '').data[0] ?? [];
  if (header.includes('time_added')) return 'pocket';
  if (header.includes('URL') && header.includes('Folder')) return 'instapaper';
  throw new ImportError(
    'Unrecognised file: import a Pocket or Instapaper CSV export, a bookmarks HTML file or a Backstory library JSON file',
  );
}

export interface ListImport {
  format: Exclude<ImportFormat, 'library'>;
  items: SavedItem[];
  skipped: number;
}

/** Parse a reading-list file (not a library file) in full; throws ImportError on the first bad row. */
export function parseListFile(
  format: Exclude<ImportFormat, 'library'>,
  text: string,
  parser: DOMParser,
  now: Date,
): ListImport {
  if (format === 'pocket') return { format, items: parsePocketCsv(text, now), skipped: 0 };
  if (format === 'instapaper') return { format, items: parseInstapaperCsv(text, now), skipped: 0 };
  return { format, ...parseBookmarksHtml(text, parser, now) };
}
