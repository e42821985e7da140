import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { openBackstoryDb, upgrades } from '../../lib/store/db';
import { openVersioned } from '../../lib/store/open';
import { DB_NAME, type BackstoryDB } from '../../lib/store/schema';
import { getArticle } from '../../lib/store/articles';
import { saveFeedItems } from '../../lib/store/feeds';
import { findRelated } from '../../lib/stories/related';

/**
 * A news base as schema v1 wrote it. v2 only added the feeds store and the headlines' by-feed index, so the
 * v1 records are the saved v2 fixture's records without its followed feed (same code wrote both shapes).
 */
const saved = JSON.parse(readFileSync(new URL('../fixtures/store/news-v2.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const v1Stores = Object.keys(saved).filter((k) => Array.isArray(saved[k]) && k !== 'feeds');

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** Every record of every store, keyed by store name: the database's whole content. */
async function dump(db: IDBPDatabase<BackstoryDB>, stores: string[]) {
  const out: Record<string, unknown[]> = {};
  for (const name of stores) out[name] = await db.getAll(name as never);
  return out;
}

describe('news base v1 → v2', () => {
  test('a database saved by v1 opens at v2 with every record intact, and the new feeds store works', async () => {
    const v1 = await openVersioned<BackstoryDB>(DB_NAME, 1, upgrades);
    expect([...v1.objectStoreNames]).not.toContain('feeds');
    const tx = (v1 as unknown as IDBPDatabase).transaction(v1Stores, 'readwrite');
    for (const name of v1Stores) for (const value of saved[name] as object[]) void tx.objectStore(name).put(value);
    await tx.done;
    const before = await dump(v1, v1Stores);
    v1.close();
    expect(before.headlines!.length).toBeGreaterThan(0);
    expect(before.claims!.length).toBeGreaterThan(0);

    const v2 = await openVersioned<BackstoryDB>(DB_NAME, 2, upgrades);
    expect(v2.version).toBe(2);
    expect(await dump(v2, v1Stores)).toEqual(before);
    expect(await v2.getAll('feeds')).toEqual([]);
    expect([...v2.transaction('headlines').store.indexNames]).toContain('by-feed');
    expect([...v2.transaction('feeds').store.indexNames]).toEqual(['by-next-poll']);
    // Old headlines have no feed.
    expect(await v2.countFromIndex('headlines', 'by-feed', IDBKeyRange.lowerBound(''))).toBe(0);
    v2.close();

    // On to the current version: feed items are found by the new index, and related coverage still works.
    const now = await openBackstoryDb();
    const [first] = saved.articles as Array<{ id: string }>;
    const article = (await getArticle(now, first!.id))?.article;
    expect(article).toBeTruthy();
    await saveFeedItems(
      now,
      'http://127.0.0.1:9/feed.xml',
      [{ title: article!.title, url: 'http://x.example/1', published: article!.publishedTime, summary: '' }],
      new Date(article!.analyzedAt),
    );
    expect(await now.countFromIndex('headlines', 'by-feed', 'http://127.0.0.1:9/feed.xml')).toBe(1);
    expect((await findRelated(now, article!)).map((r) => r.url)).toContain('http://x.example/1');
    now.close();
  });
});
