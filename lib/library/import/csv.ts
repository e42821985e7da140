import Papa from 'papaparse';
import { ImportError, importedItem, unixTime } from './item';
import type { SavedItem } from '../../types';

type Row = Record<string, string | undefined>;

/** Rows of a CSV file with a header line; any structural error refuses the whole file. */
function parseRows(text: string, required: readonly string[], format: string): Row[] {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const fields = parsed.meta.fields ?? [];
  const missing = required.filter((f) => !fields.includes(f));
  if (missing.length) throw new ImportError(`Not a ${format} export: the header lacks ${missing.join(', ')}`);
  const error = parsed.errors[0];
  if (error) throw new ImportError(`${format} file, line ${(error.row ?? 0) + 2}: ${error.message}`);
  if (!parsed.data.length) throw new ImportError(`The ${format} file has no rows`);
  return parsed.data;
}

/** Pocket's export: `title,url,time_added,tags,status`, tags joined by "|", status "unread" or "archive". */
export function parsePocketCsv(text: string, now: Date): SavedItem[] {
  return parseRows(text, ['title', 'url', 'time_added', 'tags', 'status'], 'Pocket').map((row, i) => {
    const where = `Pocket file, line ${i + 2}`;
    const status = (row.status ?? '').trim();
    if (status !== 'unread' && status !== 'archive') throw new ImportError(`${where}: unknown status "${status}"`);
    return importedItem(
      {
        url: row.url ?? '',
        title: row.title ?? '',
        savedAt: unixTime(row.time_added, where, now.toISOString()),
        tags: (row.tags ?? '').split('|'),
        status: status === 'archive' ? 'archived' : 'unread',
        favourite: false,
        note: '',
        source: 'pocket',
      },
      where,
    );
  });
}

/** Folders Instapaper gives every account; any other folder name becomes a tag. */
const INSTAPAPER_FOLDERS = new Set(['Unread', 'Archive', 'Starred']);

/** Instapaper's export: `URL,Title,Selection,Folder,Timestamp`; the selection is kept as the note. */
export function parseInstapaperCsv(text: string, now: Date): SavedItem[] {
  return parseRows(text, ['URL', 'Title', 'Selection', 'Folder', 'Timestamp'], 'Instapaper').map((row, i) => {
    const where = `Instapaper file, line ${i + 2}`;
    const folder = (row.Folder ?? '').trim();
    return importedItem(
      {
        url: row.URL ?? '',
        title: row.Title ?? '',
        savedAt: unixTime(row.Timestamp, where, now.toISOString()),
        tags: INSTAPAPER_FOLDERS.has(folder) ? [] : [folder],
        status: folder === 'Archive' ? 'archived' : 'unread',
        favourite: folder === 'Starred',
        note: (row.Selection ?? '').trim(),
        source: 'instapaper',
      },
      where,
    );
  });
}
