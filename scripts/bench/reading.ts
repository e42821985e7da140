// `npm run bench:reading`: reading-list figures in Node (fake-indexeddb; a browser's IndexedDB is slower to
// write and faster to read, so read these as orders of magnitude). Prints one line per figure.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../cli/dom';
import { analyzePage } from '../../lib/extract/analyze';
import { openLibraryDb } from '../../lib/store/library-db';
import { importItems, saveItem } from '../../lib/store/library/items';
import { openSearchIndex, searchIds, SEARCH_INDEX_KEY } from '../../lib/store/library/search';
import { parsePocketCsv } from '../../lib/library/import/csv';
import { exportLibrary, importLibrary } from '../../lib/library/backup';
import { diffParagraphs } from '../../lib/library/changes';
import type { SavedItem } from '../../lib/types';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const now = new Date('2024-08-10T12:00:00Z');
const url = 'https://news.example/2024/08/06/truce';
const text = analyzePage(
  parseDocument(readFileSync('tests/fixtures/pages/militia-truce/source.html', 'utf8'), url),
  url,
).text;
const words = text.split(/\s+/);

const template: SavedItem = parsePocketCsv(
  `title,url,time_added,tags,status\nA,https://a.example/,1700000000,,unread\n`,
  now,
)[0]!;

// Saving articles with offline copies: each save updates the persisted index in its transaction.
const saveAll = async (from: number, to: number): Promise<number> => {
  const saveMs: number[] = [];
  for (let i = from; i < to; i++) {
    const item: SavedItem = {
      ...template,
      id: `https://saved.example/${i}`,
      url: `https://saved.example/${i}`,
      source: 'browser',
    };
    const body = `${text}\n\nParagraph unique to article ${i}: ${words.slice(i % 50, (i % 50) + 40).join(' ')}`;
    const t = performance.now();
    await saveItem(db, item, { id: item.id, url: item.url, html: '', text: body, capturedAt: now.toISOString() });
    saveMs.push(performance.now() - t);
  }
  return median(saveMs);
};
const db = await openLibraryDb('bench-library');
const small = await saveAll(0, 200);

// Import: a 5,000-row Pocket export, parsed and checked, then written in one transaction.
const rows = Array.from(
  { length: 5_000 },
  (_, i) =>
    `"Article ${i} about ${words[i % words.length]}",https://site${i % 50}.example/a/${i},${1_700_000_000 + i},tag${i % 7}|news,${i % 3 ? 'unread' : 'archive'}`,
);
const csv = `title,url,time_added,tags,status\n${rows.join('\n')}\n`;
let t = performance.now();
const parsed = parsePocketCsv(csv, now);
const parseMs = performance.now() - t;
t = performance.now();
await importItems(db, parsed);
console.log(`import.pocket_5000_rows parse ${parseMs.toFixed(0)} ms, write ${(performance.now() - t).toFixed(0)} ms`);

const large = await saveAll(200, 220);
console.log(
  `save.median_ms ${small.toFixed(1)} into 0–200 items, ${large.toFixed(1)} into 5,200 (the index is rewritten per save)`,
);

const stored = await db.get('meta', SEARCH_INDEX_KEY);
console.log(
  `index.persisted_kb ${(JSON.stringify(stored).length / 1024).toFixed(0)} for 5,200 items (200 with full text)`,
);
t = performance.now();
const index = await openSearchIndex(db);
console.log(`index.load_ms ${(performance.now() - t).toFixed(0)} (read + MiniSearch.loadJSON)`);
const queries = ['procrastination', 'truce militia', 'tag3', 'babil province', 'article 42', 'nothing-matches'];
const searchMs = queries.map((q) => {
  const s = performance.now();
  searchIds(index, q);
  return performance.now() - s;
});
console.log(`search.median_ms ${median(searchMs).toFixed(2)} over ${queries.length} queries`);

// JSON export and exact restore of the whole library.
t = performance.now();
const file = await exportLibrary(db, now);
const json = JSON.stringify(file);
const exportMs = performance.now() - t;
t = performance.now();
await importLibrary(await openLibraryDb('bench-restore'), JSON.parse(json));
console.log(
  `backup.json_kb ${(json.length / 1024).toFixed(0)}, export ${exportMs.toFixed(0)} ms, restore ${(performance.now() - t).toFixed(0)} ms`,
);

// "This article changed": a 200-paragraph article with a few edits.
const long = Array.from({ length: 200 }, (_, i) => `Paragraph ${i}: ${words.slice(i % 80, (i % 80) + 30).join(' ')}`);
const edited = [...long];
edited[20] = 'A corrected paragraph.';
edited.splice(120, 1);
edited.push('Update: a statement was added.');
t = performance.now();
const change = diffParagraphs(long.join('\n\n'), edited.join('\n\n'), now.toISOString());
console.log(`diff.200_paragraphs_ms ${(performance.now() - t).toFixed(1)} (+${change?.added} −${change?.removed})`);
