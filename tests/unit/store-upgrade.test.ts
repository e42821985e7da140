import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openBackstoryDb, upgrades } from '../../lib/store/db';
import { openVersioned } from '../../lib/store/open';
import { DB_NAME, type BackstoryDB } from '../../lib/store/schema';
import { saveAnalyzedArticle } from '../../lib/store/articles';
import { saveFeedItems } from '../../lib/store/feeds';
import { findRelated } from '../../lib/stories/related';
import { analyzedFixture, NOW, URL_A, URL_B } from '../helpers/articles';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** Every record of every store, keyed by store name: the database's whole content. */
async function dump(db: { objectStoreNames: DOMStringList; getAll(store: never): Promise<unknown[]> }) {
  const out: Record<string, unknown[]> = {};
  for (const name of [...db.objectStoreNames]) out[name] = await db.getAll(name as never);
  return out;
}

describe('news base v1 → v2', () => {
  test('a database saved by v1 opens at v2 with every record intact, and the new feeds store works', async () => {
    // The v1 fixture: built by the v1 step alone, filled by the v1 code path (articles, harvested headlines
    // without feedUrl, stories, terms, entities, claims, events, meta).
    const v1 = await openVersioned<BackstoryDB>(DB_NAME, 1, upgrades.slice(0, 1));
    expect(v1.version).toBe(1);
    expect([...v1.objectStoreNames]).not.toContain('feeds');
    const a = await saveAnalyzedArticle(v1, analyzedFixture('militia-truce', URL_A), NOW);
    await saveAnalyzedArticle(v1, analyzedFixture('militia-followup', URL_B), NOW);
    const before = await dump(v1);
    v1.close();
    expect(before.headlines!.length).toBeGreaterThan(0);
    expect(before.claims!.length).toBeGreaterThan(0);

    const v2 = await openBackstoryDb();
    expect(v2.version).toBe(2);
    const after = await dump(v2);
    for (const [store, records] of Object.entries(before)) expect(after[store]).toEqual(records);
    expect(after.feeds).toEqual([]);
    expect([...v2.transaction('headlines').store.indexNames]).toContain('by-feed');
    expect([...v2.transaction('feeds').store.indexNames]).toEqual(['by-next-poll']);

    // Old headlines have no feed; new feed items are found by the new index, and related coverage still works.
    expect(await v2.countFromIndex('headlines', 'by-feed', IDBKeyRange.lowerBound(''))).toBe(0);
    await saveFeedItems(
      v2,
      'http://127.0.0.1:9/feed.xml',
      [{ title: 'Iraqi militias end truce with US troops', url: 'http://x.example/1', published: null, summary: '' }],
      NOW,
    );
    expect(await v2.countFromIndex('headlines', 'by-feed', 'http://127.0.0.1:9/feed.xml')).toBe(1);
    expect((await findRelated(v2, a.article)).length).toBeGreaterThan(0);
    v2.close();
  });
});
