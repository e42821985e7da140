// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { detectImportFormat, parseListFile } from '../../lib/library/import/detect';
import { parsePocketCsv, parseInstapaperCsv } from '../../lib/library/import/csv';
import { parseBookmarksHtml } from '../../lib/library/import/bookmarks';
import { ImportError } from '../../lib/library/import/item';
import { importItems, listItems, saveItem } from '../../lib/store/library/items';
import { freshLibrary, libraryFixture, NOW, savedItem } from '../helpers/library';

const parser = () => new DOMParser();

describe('Pocket CSV', () => {
  test('reads titles, tags, times and status; URLs become article ids', () => {
    const items = parsePocketCsv(libraryFixture('pocket.csv'), NOW);
    expect(items.map((i) => [i.id, i.title, i.status, i.tags, i.savedAt])).toEqual([
      [
        'https://news.example/iraq/truce',
        'Truce is over, militia says',
        'unread',
        ['iraq', 'security'],
        '2024-08-07T08:00:00.000Z',
      ],
      ['https://sport.example/regatta', 'Harbour City wins the regatta', 'archived', [], '2024-08-06T08:00:00.000Z'],
      ['https://news.example/quotes', 'Quotes "inside" a title', 'unread', ['media'], '2024-08-05T08:00:00.000Z'],
    ]);
    expect(items.every((i) => i.source === 'pocket')).toBe(true);
  });

  test.each([
    ['a missing column', 'title,url,time_added,status\nA,https://a.example/,1723017600,unread\n', /header lacks tags/],
    [
      'a bad address',
      'title,url,time_added,tags,status\nA,javascript:alert(1),1723017600,,unread\n',
      /line 2: "javascript:alert\(1\)" is not a web address/,
    ],
    [
      'a bad time',
      'title,url,time_added,tags,status\nA,https://a.example/,yesterday,,unread\n',
      /line 2: "yesterday" is not a time/,
    ],
    [
      'a bad status',
      'title,url,time_added,tags,status\nA,https://a.example/,1723017600,,deleted\n',
      /unknown status "deleted"/,
    ],
    ['a short row', 'title,url,time_added,tags,status\nA,https://a.example/,1723017600\n', /line 2: Too few fields/],
    [
      'an unclosed quote',
      'title,url,time_added,tags,status\n"A,https://a.example/,1723017600,,unread\n',
      /Quoted field unterminated/,
    ],
  ])('refuses %s with a message naming the problem', (_name, text, message) => {
    expect(() => parsePocketCsv(text, NOW)).toThrow(ImportError);
    expect(() => parsePocketCsv(text, NOW)).toThrow(message);
  });
});

describe('Instapaper CSV', () => {
  test('folders map to status, favourites and tags; the selection becomes the note', () => {
    const items = parseInstapaperCsv(libraryFixture('instapaper.csv'), NOW);
    expect(items.map((i) => [i.title, i.status, i.favourite, i.tags, i.note])).toEqual([
      ['Truce is over, militia says', 'unread', false, [], 'The truce is over.'],
      ['A long read', 'unread', true, [], ''],
      ['An old one', 'archived', false, [], ''],
      ['Research piece', 'unread', false, ['Research'], ''],
    ]);
  });

  test('refuses a file without the Instapaper columns', () => {
    expect(() => parseInstapaperCsv('URL,Title\nhttps://a.example/,A\n', NOW)).toThrow(
      /header lacks Selection, Folder, Timestamp/,
    );
  });
});

describe('Netscape bookmarks', () => {
  test('reads links with tags and folders, inertly; non-web bookmarks are skipped and counted', () => {
    const { items, skipped } = parseBookmarksHtml(libraryFixture('bookmarks.html'), parser(), NOW);
    expect(skipped).toBe(1);
    expect(items.map((i) => [i.url, i.title, i.tags])).toEqual([
      ['https://news.example/iraq/truce', 'Truce is over, militia says', ['iraq', 'security', 'News']],
      ['https://news.example/gulf', 'Gulf shipping resumes', ['News']],
      ['https://blog.example/post', 'A blog post', []],
    ]);
  });

  test('refuses HTML that is not a bookmarks file', () => {
    expect(() => parseBookmarksHtml('<html><a href="https://a.example/">A</a></html>', parser(), NOW)).toThrow(
      /Not a bookmarks file/,
    );
  });
});

describe('format detection', () => {
  test.each([
    ['pocket.csv', 'pocket'],
    ['instapaper.csv', 'instapaper'],
    ['bookmarks.html', 'bookmarks'],
  ])('%s is %s', (file, format) => {
    expect(detectImportFormat(libraryFixture(file))).toBe(format);
  });

  test('anything else is refused', () => {
    expect(() => detectImportFormat('name,age\nA,3\n')).toThrow(/Unrecognised file/);
  });
});

describe('importing into the library', () => {
  test('the same article from three files and the browser is one item, merged, not doubled', async () => {
    const db = await freshLibrary();
    await saveItem(db, savedItem({ tags: ['mine'], note: 'Read this first.' }), null);
    const files = [
      parseListFile('pocket', libraryFixture('pocket.csv'), parser(), NOW),
      parseListFile('instapaper', libraryFixture('instapaper.csv'), parser(), NOW),
      parseListFile('bookmarks', libraryFixture('bookmarks.html'), parser(), NOW),
    ];
    const results = [];
    for (const f of files) results.push(await importItems(db, f.items));
    expect(results).toEqual([
      { added: 2, merged: 1 },
      { added: 3, merged: 1 },
      { added: 2, merged: 1 },
    ]);
    const items = await listItems(db);
    expect(items).toHaveLength(8);
    const truce = items.find((i) => i.id === 'https://news.example/iraq/truce')!;
    // The library's own record wins; imports add tags, the earliest time and notes.
    expect(truce.title).toBe('Iraqi militia says truce with US forces is over');
    expect(truce.source).toBe('browser');
    expect(truce.tags).toEqual(['mine', 'iraq', 'security', 'News']);
    expect(truce.savedAt).toBe('2024-08-07T08:00:00.000Z');
    expect(truce.note).toBe('Read this first.\n\nThe truce is over.');
    // Importing the same file again changes nothing.
    expect(await importItems(db, files[0]!.items)).toEqual({ added: 0, merged: 3 });
    expect(await listItems(db)).toEqual(items);
  });

  test('a malformed file writes nothing: it is refused before the transaction', async () => {
    const db = await freshLibrary();
    const text = `${libraryFixture('pocket.csv')}Broken,not a url,1723017600,,unread\n`;
    expect(() => parseListFile('pocket', text, parser(), NOW)).toThrow(/line 5/);
    expect(await listItems(db)).toEqual([]);
  });

  test('a write that fails half-way leaves nothing behind', async () => {
    const db = await freshLibrary();
    const good = parsePocketCsv(libraryFixture('pocket.csv'), NOW);
    // Not cloneable: IndexedDB rejects the third put after two succeeded in the same transaction.
    const bad = { ...good[2]!, id: 'https://x.example/', extra: () => 1 } as never;
    await expect(importItems(db, [good[0]!, good[1]!, bad])).rejects.toThrow();
    expect(await listItems(db)).toEqual([]);
  });
});
