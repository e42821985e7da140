import { describe, expect, test } from 'vitest';
import { exportLibrary, importLibrary, parseLibraryFile } from '../../lib/library/backup';
import { listItems, saveItem, updateItem } from '../../lib/store/library/items';
import { openSearchIndex, searchIds } from '../../lib/store/library/search';
import type { Annotation } from '../../lib/types';
import type { LibraryDb } from '../../lib/store/library-db';
import { freshLibrary, NOW, offlineCopy, savedItem } from '../helpers/library';

async function filledLibrary(): Promise<LibraryDb> {
  const db = await freshLibrary();
  const a = savedItem({ tags: ['iraq'], note: 'Check the casualty figures.' });
  const b = savedItem({ url: 'https://sport.example/regatta', title: 'Harbour City wins the regatta', storyId: null });
  await saveItem(db, a, offlineCopy(a, 'The truce is over, the militia said.\n\nA drone strike killed four.'));
  await saveItem(db, b, offlineCopy(b, 'Sailors from Harbour City won in Muscat.'));
  await updateItem(db, b.id, { status: 'archived', favourite: true });
  const annotation: Annotation = {
    id: 'ann-1',
    articleId: a.id,
    url: a.url,
    title: a.title,
    quote: { type: 'TextQuoteSelector', exact: 'A drone strike', prefix: 'said.\n\n', suffix: ' killed' },
    position: { type: 'TextPositionSelector', start: 38, end: 52 },
    note: 'Source?',
    tags: ['casualties'],
    created: '2024-08-08T10:00:00.000Z',
    updated: '2024-08-08T10:00:00.000Z',
    anchor: { state: 'orphan', checked: '2024-08-09T10:00:00.000Z' },
  };
  await db.put('annotations', annotation);
  await db.put('meta', { key: 'settings', value: { sort: 'published', nested: [1, 'two', null] } });
  return db;
}

async function allRecords(db: LibraryDb) {
  const { exportedAt: _at, ...rest } = await exportLibrary(db, NOW);
  return rest;
}

describe('library JSON', () => {
  test('export → wipe → import gives back the same data, index included', async () => {
    const db = await filledLibrary();
    const before = await allRecords(db);
    const text = JSON.stringify(await exportLibrary(db, NOW));

    const wiped = await freshLibrary();
    expect(await listItems(wiped)).toEqual([]);
    const result = await importLibrary(wiped, parseLibraryFile(text));
    expect(result).toEqual({ added: 2, merged: 0, annotations: 1 });
    expect(await allRecords(wiped)).toEqual(before);
    expect(before.items).toHaveLength(2);
    expect(before.copies).toHaveLength(2);
    expect(before.meta.map((m) => m.key).sort()).toEqual(['search-index', 'settings']);
    // The restored index answers without a rebuild.
    expect(searchIds(await openSearchIndex(wiped), 'drone')).toEqual(['https://news.example/iraq/truce']);
  });

  test('importing into a library that has items merges, never doubles', async () => {
    const db = await filledLibrary();
    const file = parseLibraryFile(JSON.stringify(await exportLibrary(db, NOW)));
    const other = await freshLibrary();
    await saveItem(other, savedItem({ tags: ['mine'], status: 'archived' }), null);
    expect(await importLibrary(other, file)).toEqual({ added: 1, merged: 1, annotations: 1 });
    const items = await listItems(other);
    expect(items).toHaveLength(2);
    const truce = items.find((i) => i.id === 'https://news.example/iraq/truce')!;
    expect(truce.tags).toEqual(['mine', 'iraq']);
    expect(truce.status).toBe('archived');
    expect(truce.note).toBe('Check the casualty figures.');
    expect(searchIds(await openSearchIndex(other), 'drone')).toEqual([truce.id]);
    // Again: nothing new.
    expect(await importLibrary(other, file)).toEqual({ added: 0, merged: 2, annotations: 0 });
  });

  test.each([
    ['not JSON', '{"format":', /Not a JSON file/],
    ['another format', '{"format":"pocket"}', /Not a Backstory library file \(at format\)/],
    [
      'a bad item',
      JSON.stringify({
        format: 'backstory-library',
        version: 1,
        exportedAt: '2024-08-10T12:00:00Z',
        items: [{ ...savedItem(), status: 'deleted' }],
        copies: [],
        annotations: [],
        meta: [],
      }),
      /at items\.0\.status/,
    ],
    [
      'a newer version',
      JSON.stringify({
        format: 'backstory-library',
        version: 99,
        exportedAt: 'x',
        items: [],
        copies: [],
        annotations: [],
        meta: [],
      }),
      /newer Backstory/,
    ],
  ])('refuses %s with a clear message', (_name, text, message) => {
    expect(() => parseLibraryFile(text)).toThrow(message);
  });

  test('an unexpected field (a page smuggling data in) is refused', () => {
    const file = {
      format: 'backstory-library',
      version: 1,
      exportedAt: '2024-08-10T12:00:00Z',
      items: [],
      copies: [{ ...offlineCopy(savedItem(), 'x'), script: 'alert(1)' }],
      annotations: [],
      meta: [],
    };
    expect(() => parseLibraryFile(JSON.stringify(file))).toThrow(/at copies\.0\.script/);
  });
});
