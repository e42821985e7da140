import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { openBackstoryDb, type Db } from '../../lib/store/db';
import { saveFeedItems } from '../../lib/store/feeds';
import { saveAnalyzedArticle } from '../../lib/store/articles';
import { getStoryDetail, listStories } from '../../lib/store/story-list';
import { parseFeed } from '../../lib/feeds/parse';
import { analyzedFixture, NOW, unrelatedArticle, URL_A, URL_B } from '../helpers/articles';

const FEED = 'http://127.0.0.1:9/world.xml';
const world = parseFeed(readFileSync(new URL('../fixtures/feeds/e2e-world.xml', import.meta.url), 'utf8'), FEED);

let db: Db;
let storyId: string;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openBackstoryDb();
  await saveFeedItems(db, FEED, world.items, NOW);
  storyId = (await saveAnalyzedArticle(db, analyzedFixture('militia-truce', URL_A), NOW)).article.storyId!;
  await saveAnalyzedArticle(db, analyzedFixture('militia-followup', URL_B), NOW);
  await saveAnalyzedArticle(db, unrelatedArticle(), NOW);
});

describe('Stories page data', () => {
  test('recent stories with their label, main entities, outlets and time range; lone headlines hidden', async () => {
    const stories = await listStories(db);
    const militia = stories.find((s) => s.id === storyId);
    expect(militia).toBeDefined();
    expect(militia!.outlets.sort()).toEqual(['127.0.0.1', 'localhost']);
    expect(militia!.articleCount).toBeGreaterThanOrEqual(1);
    expect(militia!.headlineCount).toBeGreaterThanOrEqual(1);
    // An article's title labels the story; entity names come from the entity store.
    expect(militia!.label).toBe('Pro-Iran militias in Iraq threaten to resume attacks on US troops');
    expect(militia!.entities.map((e) => e.name)).toContain('Iraq');
    expect(militia!.firstTime <= militia!.lastTime).toBe(true);
    for (const s of stories) expect(s.articleCount + s.headlineCount).toBeGreaterThanOrEqual(2);
    const times = stories.map((s) => s.lastTime);
    expect(times).toEqual([...times].sort().reverse());
    // Lone headlines are listed when asked for.
    expect((await listStories(db, { minSize: 1 })).length).toBeGreaterThan(stories.length);
  });

  test('filters by entity and by outlet use the stories that match only', async () => {
    const byEntity = await listStories(db, { entity: 'loc:iraq', minSize: 1 });
    expect(byEntity.map((s) => s.id)).toContain(storyId);
    for (const s of byEntity) expect((await db.get('stories', s.id))?.entityKeys).toContain('loc:iraq');
    expect((await listStories(db, { entity: 'loc:muscat', minSize: 1 })).map((s) => s.id)).not.toContain(storyId);
    const byOutlet = await listStories(db, { outlet: 'localhost', minSize: 1 });
    expect(byOutlet.map((s) => s.id)).toContain(storyId);
    for (const s of byOutlet) expect(s.outlets).toContain('localhost');
    expect(await listStories(db, { outlet: 'nowhere.example' })).toEqual([]);
  });

  test('a story opens with all its coverage in time order and the dates its articles mention', async () => {
    const detail = await getStoryDetail(db, storyId);
    expect(detail).not.toBeNull();
    const titles = detail!.coverage.map((c) => c.title);
    expect(titles).toContain('Pro-Iran militias in Iraq threaten to resume attacks on US troops');
    expect(titles).toContain('Iraqi militias end truce with US troops after strike');
    const times = detail!.coverage.map((c) => c.time ?? '');
    expect(times).toEqual([...times].sort());
    expect(detail!.events.length).toBeGreaterThan(0);
    expect(detail!.events.some((e) => e.day === '2024-07-30')).toBe(true);
    expect(await getStoryDetail(db, 'story:none')).toBeNull();
  });
});
