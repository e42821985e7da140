import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openLibraryDb } from '../../lib/store/library-db';
import {
  annotationsForUrl,
  cleanTags,
  countForUrl,
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  recordAnchoring,
  updateAnnotation,
  type NewAnnotation,
} from '../../lib/store/library/annotations';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const URL = 'https://paper.example/2024/08/06/council-budget?utm_source=x#top';
function newAnnotation(exact: string, url = URL): NewAnnotation {
  return {
    articleId: 'https://paper.example/2024/08/06/council-budget',
    url,
    title: 'Council approves the budget',
    quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
    position: { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
  };
}

let n = 0;
const ids = () => `id-${++n}`;

describe('annotations repository', () => {
  test('a highlight is stored under the page key and found by one indexed look-up', async () => {
    const db = await openLibraryDb();
    const a = await createAnnotation(
      db,
      { ...newAnnotation('the vote'), tags: ['#budget', 'Budget', ' city '] },
      new Date('2024-08-07T10:00:00Z'),
      ids,
    );
    expect(a.url).toBe('https://paper.example/2024/08/06/council-budget');
    expect(a.tags).toEqual(['budget', 'city']);
    expect(a.anchor).toEqual({ state: 'anchored', checked: '2024-08-07T10:00:00.000Z' });
    expect(await countForUrl(db, 'https://paper.example/2024/08/06/council-budget#comments')).toBe(1);
    expect(await countForUrl(db, 'https://paper.example/other')).toBe(0);
    expect((await annotationsForUrl(db, URL)).map((x) => x.id)).toEqual([a.id]);
    db.close();
  });

  test('note and tags are edited; an unknown id gives null; delete removes only that one', async () => {
    const db = await openLibraryDb();
    const a = await createAnnotation(db, newAnnotation('one'), new Date('2024-08-07T10:00:00Z'), ids);
    const b = await createAnnotation(db, newAnnotation('two'), new Date('2024-08-07T11:00:00Z'), ids);
    const edited = await updateAnnotation(
      db,
      a.id,
      { note: 'key claim', tags: ['evidence'] },
      new Date('2024-08-08T00:00:00Z'),
    );
    expect(edited).toMatchObject({ note: 'key claim', tags: ['evidence'], updated: '2024-08-08T00:00:00.000Z' });
    expect(await updateAnnotation(db, 'missing', { note: '', tags: [] })).toBeNull();
    expect((await listAnnotations(db)).map((x) => x.id)).toEqual([b.id, a.id]);
    expect(await deleteAnnotation(db, a.id)).toBe(true);
    expect(await deleteAnnotation(db, a.id)).toBe(false);
    expect((await listAnnotations(db)).map((x) => x.id)).toEqual([b.id]);
    expect((await db.getAllKeysFromIndex('annotations', 'by-tag', 'evidence')).length).toBe(0);
    db.close();
  });

  test('anchoring outcomes mark orphans and keep them, touching only that page', async () => {
    const db = await openLibraryDb();
    const a = await createAnnotation(db, newAnnotation('kept'), new Date(), ids);
    const b = await createAnnotation(db, newAnnotation('deleted on the page'), new Date(), ids);
    const other = await createAnnotation(
      db,
      newAnnotation('elsewhere', 'https://paper.example/other'),
      new Date(),
      ids,
    );
    const at = new Date('2024-09-01T00:00:00Z');
    expect(await recordAnchoring(db, URL, { anchored: [a.id], orphaned: [b.id, other.id] }, at)).toBe(2);
    const all = new Map((await listAnnotations(db)).map((x) => [x.id, x]));
    expect(all.get(a.id)!.anchor).toEqual({ state: 'anchored', checked: '2024-09-01T00:00:00.000Z' });
    expect(all.get(b.id)!.anchor.state).toBe('orphan');
    expect(all.get(b.id)!.quote.exact).toBe('deleted on the page');
    expect(all.get(other.id)!.anchor.state).toBe('anchored');
    db.close();
  });

  test('tags are trimmed, de-duplicated and bounded', () => {
    expect(cleanTags(['  a  b ', 'A  B', '', '#', 'c'])).toEqual(['a b', 'c']);
    expect(cleanTags(Array.from({ length: 30 }, (_, i) => `t${i}`))).toHaveLength(20);
  });
});
