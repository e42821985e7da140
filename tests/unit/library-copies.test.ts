import { describe, expect, test } from 'vitest';
import { getCopy, putCopyIfAbsent } from '../../lib/store/library/copies';
import { deleteItem, saveItem } from '../../lib/store/library/items';
import { freshLibrary, offlineCopy, savedItem } from '../helpers/library';

describe('offline copies', () => {
  test('the first copy of an article is kept: it is the base "this article changed" compares with', async () => {
    const db = await freshLibrary();
    const item = savedItem();
    expect(await putCopyIfAbsent(db, offlineCopy(item, 'As first read.'))).toBe(true);
    expect(await putCopyIfAbsent(db, offlineCopy(item, 'As edited later.'))).toBe(false);
    expect((await getCopy(db, item.id))?.text).toBe('As first read.');
    // Saving the article later keeps the copy the first highlight made.
    await saveItem(db, item, offlineCopy(item, 'At save time.'));
    expect((await getCopy(db, item.id))?.text).toBe('As first read.');
  });

  test('removing a saved item keeps its copy while annotations rest on it', async () => {
    const db = await freshLibrary();
    const item = savedItem();
    await saveItem(db, item, offlineCopy(item, 'Text.'));
    await db.put('annotations', {
      id: 'a1',
      articleId: item.id,
      url: item.url,
      title: item.title,
      quote: { type: 'TextQuoteSelector', exact: 'Text', prefix: '', suffix: '.' },
      position: { type: 'TextPositionSelector', start: 0, end: 4 },
      note: '',
      tags: [],
      created: item.savedAt,
      updated: item.savedAt,
      anchor: { state: 'unchecked', checked: null },
    });
    await deleteItem(db, item.id);
    expect(await db.get('items', item.id)).toBeUndefined();
    expect((await getCopy(db, item.id))?.text).toBe('Text.');
  });
});
