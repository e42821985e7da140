import { beforeEach, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { openBackstoryDb, upgrades } from '../../lib/store/db';
import { openVersioned } from '../../lib/store/open';
import { getArticle, saveAnalyzedArticle } from '../../lib/store/articles';
import { findRelated } from '../../lib/stories/related';
import { analyzedFixture, NOW, URL_A, URL_B } from '../helpers/articles';

/** A news base as schema v2 wrote it (tests/fixtures/store/news-v2.json: three articles and a followed feed). */
const v2 = JSON.parse(readFileSync(new URL('../fixtures/store/news-v2.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const storeNames = Object.keys(v2).filter((k) => Array.isArray(v2[k]));

async function loadV2(): Promise<void> {
  const db = (await openVersioned('backstory', 2, upgrades)) as unknown as IDBPDatabase;
  const tx = db.transaction(storeNames, 'readwrite');
  for (const name of storeNames) for (const value of v2[name] as object[]) void tx.objectStore(name).put(value);
  await tx.done;
  db.close();
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('news base v2 → v3 (postings)', () => {
  test('every record of every store is still there, unchanged', async () => {
    await loadV2();
    const db = (await openBackstoryDb()) as unknown as IDBPDatabase;
    expect(db.version).toBe(3);
    for (const name of storeNames) expect(await db.getAll(name)).toEqual(v2[name]);
    db.close();
  });

  test('the stored articles and headlines are posted under their keys, with their stories', async () => {
    await loadV2();
    const db = await openBackstoryDb();
    const articles = v2.articles as Array<{ id: string; storyId: string; entityKeys: string[] }>;
    const headlines = v2.headlines as Array<{ id: string; storyId: string }>;
    const refs = new Map<string, Set<string>>();
    for (const [key, , ref] of await db.getAllKeys('postings')) {
      if (!refs.has(ref)) refs.set(ref, new Set());
      refs.get(ref)!.add(key);
    }
    expect(refs.size).toBe(articles.length + headlines.length);
    for (const a of articles) {
      expect([...refs.get(`a:${a.id}`)!]).toEqual(expect.arrayContaining(a.entityKeys.slice(0, 12)));
    }
    for (const [key, time, ref] of await db.getAllKeys('postings')) {
      const item = ref.startsWith('a:')
        ? articles.find((a) => `a:${a.id}` === ref)
        : headlines.find((h) => `h:${h.id}` === ref);
      expect(await db.get('postings', [key, time, ref])).toBe(item?.storyId);
    }
    expect([...db.transaction('stories').store.indexNames].sort()).toEqual(['by-entity', 'by-last']);
  });

  test('after the upgrade related coverage finds the old articles and new saves join their stories', async () => {
    await loadV2();
    const db = await openBackstoryDb();
    const b = (await getArticle(db, URL_B))!.article;
    expect((await findRelated(db, b))[0]).toMatchObject({ kind: 'article', url: URL_A });
    const again = await saveAnalyzedArticle(
      db,
      { ...analyzedFixture('militia-followup', URL_B), url: `${URL_B}-live`, canonicalUrl: null },
      NOW,
    );
    expect(again.article.storyId).toBe(b.storyId);
  });
});
