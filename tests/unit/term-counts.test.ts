import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openBackstoryDb, type Db } from '../../lib/store/db';
import { HEADLINE_STORES } from '../../lib/store/headlines';
import { FOLD_RECORDS, TxTermCounts } from '../../lib/store/term-counts';
import { TERM_FILTER_KEY, TermFilter } from '../../lib/store/term-filter';
import { committedTermCounts } from '../helpers/store';
import { saveAnalyzedArticle } from '../../lib/store/articles';
import { analyzedFixture, NOW, unrelatedArticle, URL_A, URL_B, withUncloneableClaim } from '../helpers/articles';

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

describe('term filter', () => {
  test('never misses a term it holds; says yes wrongly for about 1% of others at 800k terms', () => {
    const filter = new TermFilter();
    for (let i = 0; i < 800_000; i++) filter.add(`term ${i}`);
    for (let i = 0; i < 800_000; i += 97) expect(filter.mayHave(`term ${i}`)).toBe(true);
    let wrong = 0;
    for (let i = 0; i < 20_000; i++) if (filter.mayHave(`other ${i}`)) wrong++;
    expect(wrong / 20_000).toBeLessThan(0.02);
  });
});

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
    // Story records come from the connection's cache too: their member lists must be the stored ones.
    expect(await db.getAll('stories')).toEqual(await fresh.getAll('stories'));
  });

  test("an aborted save's story records are not used by the next save", async () => {
    const db = await openBackstoryDb();
    await saveAnalyzedArticle(db, analyzedFixture('militia-truce', URL_A), NOW);
    const followup = analyzedFixture('militia-followup', URL_B);
    // Placed in A's story, then a claim cannot be cloned into the store and the transaction aborts.
    const broken = withUncloneableClaim(followup);
    await expect(saveAnalyzedArticle(db, broken, NOW)).rejects.toThrow();
    // A save in between: by its end the aborted transaction has finished, and the cache is used again.
    await saveAnalyzedArticle(db, unrelatedArticle(), NOW);
    const { article } = await saveAnalyzedArticle(db, followup, NOW);
    expect(await db.getAllKeysFromIndex('articles', 'by-story', article.storyId!)).toEqual([URL_A, URL_B]);
    expect((await db.get('stories', article.storyId!))?.articleCount).toBe(2);
    // The same two saves with no failure between: the same stories, signatures included.
    const clean = await openBackstoryDb('clean');
    await saveAnalyzedArticle(clean, analyzedFixture('militia-truce', URL_A), NOW);
    await saveAnalyzedArticle(clean, unrelatedArticle(), NOW);
    await saveAnalyzedArticle(clean, followup, NOW);
    expect(await db.getAll('stories')).toEqual(await clean.getAll('stories'));
    expect(await committedTermCounts(db)).toEqual(await committedTermCounts(clean));
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
    const n = FOLD_RECORDS + 44;
    for (let i = 0; i < n; i++) await countItem(db, i % 4 ? ['truce', 'militia'] : ['truce', 'drone']);
    // Counted after the fold: only in the log, not in the term filter.
    await countItem(db, ['glacier']);
    // One fold at the FOLD_RECORDS-th transaction, then a record each.
    expect(await db.count('termLog')).toBe(n + 1 - FOLD_RECORDS);
    expect((await db.get('terms', 'truce'))?.count).toBe(FOLD_RECORDS);
    expect(await db.get('meta', 'items')).toEqual({ key: 'items', value: n + 1 });
    const filter = new TermFilter((await db.get('termFilter', TERM_FILTER_KEY))!);
    expect(['truce', 'militia', 'drone'].map((t) => filter.mayHave(t))).toEqual([true, true, true]);
    expect(filter.mayHave('glacier')).toBe(false);
    // Read on this connection (its remembered log and filter) and on another (both read from the store).
    const terms = ['truce', 'militia', 'drone', 'glacier', 'never-counted'];
    expect(await countsOf(db, terms)).toEqual([n, (n * 3) / 4, n / 4, 1, 0]);
    const other = await openBackstoryDb();
    expect(await countsOf(other, terms)).toEqual([n, (n * 3) / 4, n / 4, 1, 0]);
  });
});
