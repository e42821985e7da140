import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { openBackstoryDb, upgrades } from '../../lib/store/db';
import { openVersioned } from '../../lib/store/open';
import { saveAnalyzedArticle } from '../../lib/store/articles';
import { getStoryDetail } from '../../lib/store/story-list';
import { MAX_ENTITY_COUNTS } from '../../lib/store/stories';
import { DB_VERSION } from '../../lib/store/schema';
import { analyzedFixture, NOW } from '../helpers/articles';
import { savedV3, schemaShape, v3FixtureAt } from '../helpers/old-bases';

type V5Story = {
  id: string;
  articleIds: string[];
  headlineIds: string[];
  entityKeys: string[];
  entityCounts: Record<string, number>;
  [field: string]: unknown;
};
const fixtureStories = savedV3.stories as V5Story[];
const BIG = 'story:http://news.example/big';
/** Headlines of the big story: more than the 1,000 a v5 record listed. */
const BIG_HEADLINES = 1_200;

/**
 * A v5 base: the v3 fixture, plus a story whose headline list reached v5's cap (1,000, the oldest gone)
 * while 1,200 headlines name it, with 100 entity counts.
 */
async function v5Base(): Promise<void> {
  await v3FixtureAt(5);
  const v5 = (await openVersioned('backstory', 5, upgrades)) as unknown as IDBPDatabase;
  const tx = v5.transaction(['headlines', 'stories'], 'readwrite');
  const ids = Array.from({ length: BIG_HEADLINES }, (_, i) => `http://news.example/big/${i}`);
  for (const id of ids) {
    void tx.objectStore('headlines').put({
      id,
      url: id,
      title: `Big story headline ${id}`,
      timeText: null,
      time: null,
      foundOn: 'http://news.example/',
      domain: 'news.example',
      entityKeys: [],
      storyId: BIG,
      seenAt: '2024-08-07T12:00:00.000Z',
    });
  }
  const entityCounts = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`org:group ${i}`, 100 - i]));
  void tx.objectStore('stories').put({
    ...fixtureStories[0]!,
    id: BIG,
    articleIds: [],
    headlineIds: ids.slice(-1_000),
    entityKeys: Object.keys(entityCounts).slice(0, 8),
    entityCounts,
  });
  await tx.done;
  v5.close();
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('news base v5 → v6 (story members counted, not listed)', () => {
  test('each story counts its members, lists none, keeps its other fields; the rest is unchanged', async () => {
    await v5Base();
    const db = (await openBackstoryDb()) as unknown as IDBPDatabase;
    expect(db.version).toBe(DB_VERSION);
    for (const { articleIds, headlineIds, ...old } of fixtureStories) {
      const story = await db.get('stories', old.id);
      expect(story).toEqual({ ...old, articleCount: articleIds.length, headlineCount: headlineIds.length });
    }
    for (const name of ['articles', 'analyses', 'headlines', 'entities', 'feeds', 'terms']) {
      const stored = await db.getAll(name);
      expect(stored.filter((r: { id?: string }) => !r.id?.startsWith('http://news.example/big/'))).toEqual(
        savedV3[name],
      );
    }
    // The same stores and indexes as a base created at v6.
    const fresh = (await openBackstoryDb('fresh')) as unknown as IDBPDatabase;
    expect(schemaShape(db)).toEqual(schemaShape(fresh));
    db.close();
  });

  test('a list cut at the old cap is counted from the index; entity counts keep the most counted', async () => {
    await v5Base();
    const db = await openBackstoryDb();
    const big = (await db.get('stories', BIG))!;
    expect(big.headlineCount).toBe(BIG_HEADLINES);
    expect(big.articleCount).toBe(0);
    expect(Object.keys(big.entityCounts)).toHaveLength(Math.floor(MAX_ENTITY_COUNTS * 0.75));
    expect(big.entityCounts['org:group 0']).toBe(100);
    expect(big.entityCounts['org:group 99']).toBeUndefined();
    expect(big.entityKeys).toEqual(Array.from({ length: 8 }, (_, i) => `org:group ${i}`));
    // The story's page lists every member from the index.
    const detail = (await getStoryDetail(db, BIG))!;
    expect(detail.coverage).toHaveLength(BIG_HEADLINES);
    expect(detail.story.headlineCount).toBe(BIG_HEADLINES);
  });

  test('an article saved after the upgrade joins its old story and is counted there', async () => {
    await v5Base();
    const db = await openBackstoryDb();
    const [first] = fixtureStories;
    const before = (await db.get('stories', first!.id))!;
    const { article } = await saveAnalyzedArticle(
      db,
      analyzedFixture('militia-followup', 'http://localhost/iraq/2024/08/08/militia-followup'),
      NOW,
    );
    expect(article.storyId).toBe(first!.id);
    const after = (await db.get('stories', first!.id))!;
    expect(after.articleCount).toBe(before.articleCount + 1);
    expect(after.articleCount).toBe(await db.countFromIndex('articles', 'by-story', first!.id));
    const detail = (await getStoryDetail(db, first!.id))!;
    expect(detail.coverage.filter((c) => c.kind === 'article').map((c) => c.id)).toContain(article.id);
  });
});
