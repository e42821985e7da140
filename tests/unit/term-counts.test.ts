import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openBackstoryDb, type Db } from '../../lib/store/db';
import { HEADLINE_STORES } from '../../lib/store/headlines';
import { TxTermCounts } from '../../lib/store/term-counts';
import { committedTermCounts } from '../helpers/store';
import { saveAnalyzedArticle } from '../../lib/store/articles';
import { analyzedFixture, NOW, unrelatedArticle, URL_A, URL_B } from '../helpers/articles';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** One transaction that counts `terms` as one item, commits or aborts. */
async function countItem(db: Db, terms: string[], commit = true): Promise<void> {
  const tx = db.transaction(HEADLINE_STORES, 'readwrite');
  const df = new TxTermCounts(tx);
  await df.load(terms);
  df.add(terms);
  await Promise.all(df.flush());
  if (!commit) tx.abort();
  await tx.done.catch(() => undefined);
}

async function countsOf(db: Db, terms: string[]): Promise<number[]> {
  const tx = db.transaction(HEADLINE_STORES, 'readwrite');
  const df = new TxTermCounts(tx);
  await df.load(terms);
  await tx.done;
  return terms.map((t) => df.get(t));
}

describe('term counts kept across transactions', () => {
  test('sequential saves on one connection store the same counts and stories as fresh connections', async () => {
    const fixtures = [
      analyzedFixture('militia-truce', URL_A),
      analyzedFixture('militia-followup', URL_B),
      unrelatedArticle(),
    ];
    const db = await openBackstoryDb('cached');
    const cachedStories = [];
    for (const a of fixtures) cachedStories.push((await saveAnalyzedArticle(db, a, NOW)).article.storyId);
    const freshStories = [];
    for (const a of fixtures) {
      const fresh = await openBackstoryDb('fresh');
      freshStories.push((await saveAnalyzedArticle(fresh, a, NOW)).article.storyId);
      fresh.close();
    }
    const fresh = await openBackstoryDb('fresh');
    expect(await committedTermCounts(db)).toEqual(await committedTermCounts(fresh));
    expect(await db.get('meta', 'items')).toEqual(await fresh.get('meta', 'items'));
    expect(cachedStories).toEqual(freshStories);
  });

  test('an aborted transaction leaves no trace in later counts', async () => {
    const db = await openBackstoryDb();
    await countItem(db, ['truce', 'militia']);
    await countItem(db, ['truce'], false);
    expect(await countsOf(db, ['truce', 'militia'])).toEqual([1, 1]);
  });

  test('a transaction queued behind another sees its commit', async () => {
    const db = await openBackstoryDb();
    await countItem(db, ['truce']);
    // Both begin before either commits: the second must not take the first's stale cached count.
    await Promise.all([countItem(db, ['truce']), countItem(db, ['truce'])]);
    expect(await countsOf(db, ['truce'])).toEqual([3]);
    expect(await committedTermCounts(db)).toEqual([['truce', 3]]);
  });

  test('the log is folded into the term records when due, and counts read the same before and after', async () => {
    const db = await openBackstoryDb();
    for (let i = 0; i < 300; i++) await countItem(db, i % 3 ? ['truce', 'militia'] : ['truce', 'drone']);
    // 300 transactions: one fold after 256, then a record each.
    expect(await db.count('termLog')).toBe(300 - 256);
    expect((await db.get('terms', 'truce'))?.count).toBe(256);
    expect(await db.get('meta', 'items')).toEqual({ key: 'items', value: 300 });
    // Read on this connection (its remembered log) and on another (the log read from the store).
    expect(await countsOf(db, ['truce', 'militia', 'drone'])).toEqual([300, 200, 100]);
    const other = await openBackstoryDb();
    expect(await countsOf(other, ['truce', 'militia', 'drone'])).toEqual([300, 200, 100]);
  });
});
