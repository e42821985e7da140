import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { openBackstoryDb, upgrades } from '../../lib/store/db';
import { openVersioned } from '../../lib/store/open';
import { saveAnalyzedArticle } from '../../lib/store/articles';
import { saveFeedItems } from '../../lib/store/feeds';
import { pruneHeadlines } from '../../lib/store/retention';
import { itemRef, legacyRef, parseRef } from '../../lib/store/postings';
import { shortId } from '../../lib/store/ids';
import { DB_VERSION } from '../../lib/store/schema';
import { findRelated } from '../../lib/stories/related';
import { analyzedFixture, NOW, URL_A } from '../helpers/articles';
import { schemaShape, v3FixtureAt } from '../helpers/old-bases';

const FOLLOWUP = 'http://localhost/iraq/2024/08/08/militia-followup';
const STORES = ['articles', 'analyses', 'articleEvents', 'entities', 'headlines', 'stories', 'itemPostings', 'feeds'];

/** Every record of a v6 base, store by store. */
async function v6Records(): Promise<Record<string, unknown[]>> {
  await v3FixtureAt(6);
  const v6 = (await openVersioned('backstory', 6, upgrades)) as unknown as IDBPDatabase;
  const out = Object.fromEntries(await Promise.all(STORES.map(async (s) => [s, await v6.getAll(s)] as const)));
  v6.close();
  return out;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('short names (schema v7)', () => {
  test('a short id is stable, 14 characters, and differs between near-identical addresses', () => {
    const urls = Array.from({ length: 20_000 }, (_, i) => `https://news.example/2024/08/${i % 31}/story-${i}`);
    const ids = urls.map(shortId);
    expect(ids.every((id) => /^[0-9a-z]{14}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(urls.length);
    expect(shortId(urls[7]!)).toBe(ids[7]);
    expect(shortId('https://news.example/a')).not.toBe(shortId('https://news.example/b'));
  });

  test('a ref says its kind; a legacy ref its kind and id', () => {
    expect(parseRef(itemRef('article', URL_A))).toEqual({ kind: 'article', ref: itemRef('article', URL_A) });
    expect(parseRef(itemRef('headline', URL_A)).kind).toBe('headline');
    expect(parseRef(legacyRef('article', URL_A))).toEqual({ kind: 'article', id: URL_A });
    expect(parseRef(legacyRef('headline', URL_A))).toEqual({ kind: 'headline', id: URL_A });
  });
});

describe('news base v6 → v7 (short names in the postings)', () => {
  test('nothing is rewritten; the base gets the shape of a new one', async () => {
    const before = await v6Records();
    expect(before.itemPostings!.length).toBeGreaterThan(0);
    const db = (await openBackstoryDb()) as unknown as IDBPDatabase;
    expect(db.version).toBe(DB_VERSION);
    for (const store of STORES) expect(await db.getAll(store)).toEqual(before[store]);
    const fresh = (await openBackstoryDb('fresh')) as unknown as IDBPDatabase;
    expect(schemaShape(db)).toEqual(schemaShape(fresh));
  });

  test('an article saved after the upgrade, posted under its short ref, finds the old items and is found by them', async () => {
    await v6Records();
    const db = await openBackstoryDb();
    const old = (await db.get('articles', URL_A))!;
    const { article } = await saveAnalyzedArticle(db, analyzedFixture('militia-followup', FOLLOWUP), NOW);
    // It joins the old story, which keeps its id; its posting is named by its short ref.
    expect(article.storyId).toBe(old.storyId);
    expect(article.ref).toBe(itemRef('article', FOLLOWUP));
    const refs = (await db.getAllKeys('itemPostings')).map(([, ref]) => ref);
    expect(refs).toContain(article.ref);
    expect(refs).toContain(legacyRef('article', URL_A));
    expect((await db.getFromIndex('articles', 'by-ref', article.ref!))?.id).toBe(FOLLOWUP);

    const fromNew = await findRelated(db, article);
    expect(fromNew.map((r) => r.id)).toContain(URL_A);
    expect(fromNew.map((r) => r.id)).not.toContain(FOLLOWUP);
    const fromOld = await findRelated(db, old);
    expect(fromOld.map((r) => r.id)).toContain(FOLLOWUP);
    expect(fromOld.map((r) => r.id)).not.toContain(URL_A);
    // A headline stored now is found through the postings alone, by its short ref.
    const headline = 'http://news.example/2024/08/08/iraq-militia-truce-us-troops-kataib-hezbollah';
    await saveFeedItems(
      db,
      'http://127.0.0.1:9/feed.xml',
      [{ title: 'Kataib Hezbollah ends truce with US troops in Iraq', url: headline, published: null, summary: '' }],
      NOW,
    );
    expect((await db.get('headlines', headline))?.ref).toBe(itemRef('headline', headline));
    expect((await findRelated(db, old)).map((r) => r.id)).toContain(headline);
  });

  test('retention deletes the postings of old and new headlines alike', async () => {
    await v6Records();
    const db = await openBackstoryDb();
    const oldHeadlines = await db.getAll('headlines');
    const url = 'http://news.example/2024/08/07/regatta-crews-celebrate-harbour-city';
    await saveFeedItems(
      db,
      'http://127.0.0.1:9/feed.xml',
      [{ title: 'Harbour City regatta crews celebrate', url, published: null, summary: '' }],
      NOW,
    );
    const pruned = await pruneHeadlines(db, new Date(NOW.getTime() + 1));
    expect(pruned).toBe(oldHeadlines.length + 1);
    const refs = new Set((await db.getAllKeys('itemPostings')).map(([, ref]) => ref));
    for (const h of [...oldHeadlines, { id: url }]) {
      expect(refs.has(legacyRef('headline', h.id))).toBe(false);
      expect(refs.has(itemRef('headline', h.id))).toBe(false);
    }
    // The articles' postings stay.
    expect(refs.has(legacyRef('article', URL_A))).toBe(true);
  });
});
