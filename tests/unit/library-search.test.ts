import { describe, expect, test } from 'vitest';
import { deleteItem, importItems, saveItem, updateItem } from '../../lib/store/library/items';
import { openSearchIndex, searchIds, SEARCH_INDEX_KEY, loadIndex } from '../../lib/store/library/search';
import { freshLibrary, offlineCopy, savedItem } from '../helpers/library';

describe('reading list search', () => {
  test('finds items by words of their text and title, and the index is persisted as it changes', async () => {
    const db = await freshLibrary();
    const truce = savedItem();
    const regatta = savedItem({ url: 'https://sport.example/regatta', title: 'Harbour City wins the regatta' });
    await saveItem(db, truce, offlineCopy(truce, 'Kataib Hezbollah said the truce was over.\n\nFour fighters died.'));
    await saveItem(db, regatta, offlineCopy(regatta, 'Sailors from Harbour City won in Muscat on Monday.'));

    // Read straight from the meta store: what a fresh page would load, without rebuilding.
    const stored = loadIndex((await db.get('meta', SEARCH_INDEX_KEY))?.value);
    expect(stored?.documentCount).toBe(2);
    expect(searchIds(stored!, 'hezbollah')).toEqual([truce.id]);
    expect(searchIds(stored!, 'muscat sailors')).toEqual([regatta.id]);
    expect(searchIds(stored!, 'regat')).toEqual([regatta.id]);
    expect(searchIds(stored!, 'militia')).toEqual([truce.id]);

    await updateItem(db, regatta.id, { tags: ['sailing'] });
    expect(searchIds(await openSearchIndex(db), 'sailing')).toEqual([regatta.id]);

    await deleteItem(db, truce.id);
    const after = loadIndex((await db.get('meta', SEARCH_INDEX_KEY))?.value)!;
    expect(after.documentCount).toBe(1);
    expect(searchIds(after, 'hezbollah')).toEqual([]);
    expect(await db.get('copies', truce.id)).toBeUndefined();
  });

  test('imported items without a copy are found by title and tags', async () => {
    const db = await freshLibrary();
    await importItems(db, [
      savedItem({ url: 'https://a.example/x', title: 'Drought in the Tigris basin', tags: ['water'] }),
    ]);
    const index = await openSearchIndex(db);
    expect(searchIds(index, 'tigris')).toEqual(['https://a.example/x']);
    expect(searchIds(index, 'water')).toEqual(['https://a.example/x']);
  });

  test('a lost or corrupt index is rebuilt from the items and saved', async () => {
    const db = await freshLibrary();
    const truce = savedItem();
    await saveItem(db, truce, offlineCopy(truce, 'A drone strike killed four.'));
    await db.put('meta', { key: SEARCH_INDEX_KEY, value: { version: 1, index: '{"nonsense":true}' } });
    expect(searchIds(await openSearchIndex(db), 'drone')).toEqual([truce.id]);
    expect(loadIndex((await db.get('meta', SEARCH_INDEX_KEY))?.value)?.documentCount).toBe(1);
  });
});
