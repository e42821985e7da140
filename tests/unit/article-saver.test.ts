import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { openBackstoryDb, type Db } from '../../lib/store/db';
import { ArticleSaver } from '../../lib/store/article-saver';
import { saveAnalyzedArticle } from '../../lib/store/articles';
import { committedTermCounts } from '../helpers/store';
import { analyzedFixture, NOW, unrelatedArticle, URL_A, URL_B, withUncloneableClaim } from '../helpers/articles';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const pages = () => [
  analyzedFixture('militia-truce', URL_A),
  unrelatedArticle(),
  analyzedFixture('militia-followup', URL_B),
];

async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of db.objectStoreNames) out[name] = await db.getAll(name);
  return out;
}

describe('ArticleSaver', () => {
  test('pages arriving during a save are stored together next, as if saved one by one', async () => {
    const db = await openBackstoryDb('together');
    const saver = new ArticleSaver(async () => db);
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const results = await Promise.all(pages().map((analyzed) => saver.save({ analyzed, now: NOW })));
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    // The first page alone, then the two that came while it was being saved.
    expect(writes).toHaveLength(2);
    transaction.mockRestore();

    const oneByOne = await openBackstoryDb('one-by-one');
    const expected = [];
    for (const analyzed of pages()) expected.push(await saveAnalyzedArticle(oneByOne, analyzed, NOW));
    expect(results).toEqual(expected);
    // The same base, but for how the term changes are logged: one record per transaction.
    const { termLog: batched, ...rest } = await snapshot(db);
    const { termLog: single, ...expectedRest } = await snapshot(oneByOne);
    expect(rest).toEqual(expectedRest);
    expect([batched?.length, single?.length]).toEqual([2, 3]);
    expect(await committedTermCounts(db)).toEqual(await committedTermCounts(oneByOne));
  });

  test('a page that cannot be stored fails alone; the pages saved with it are stored', async () => {
    const db = await openBackstoryDb();
    const saver = new ArticleSaver(async () => db);
    const [a, unrelated, b] = pages();
    const broken = withUncloneableClaim(b!);
    const saves = [a!, broken, unrelated!].map((analyzed) => saver.save({ analyzed, now: NOW }));
    const outcomes = await Promise.allSettled(saves);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await db.getAllKeys('articles')).sort()).toEqual([URL_A, unrelated!.url].sort());
    expect(await db.get('articles', URL_B)).toBeUndefined();
    // The saver goes on after the failure.
    await saver.save({ analyzed: b!, now: NOW });
    expect(await db.get('articles', URL_B)).toBeDefined();
  });
});
