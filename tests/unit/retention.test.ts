import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openBackstoryDb, type Db } from '../../lib/store/db';
import { saveFeedItems } from '../../lib/store/feeds';
import { pruneHeadlines } from '../../lib/store/retention';
import { itemRef } from '../../lib/store/postings';
import { saveAnalyzedArticle } from '../../lib/store/articles';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../lib/settings';
import { analyzedFixture, NOW, URL_A } from '../helpers/articles';

const DAY = 86_400_000;
const FEED = 'http://127.0.0.1:9/feed.xml';
const item = (n: number, title: string) => ({
  title,
  url: `http://news.example/${n}`,
  published: null,
  summary: '',
});

let db: Db;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openBackstoryDb();
});

describe('pruneHeadlines', () => {
  test('deletes headlines seen before the cutoff, never articles; stories lose the pruned members', async () => {
    const old = new Date(NOW.getTime() - 100 * DAY);
    await saveFeedItems(db, FEED, [item(1, 'Glacier collapse blocks alpine valley road')], old);
    await saveFeedItems(db, FEED, [item(2, 'Glacier collapse alpine valley road reopens')], NOW);
    const { article } = await saveAnalyzedArticle(db, analyzedFixture('militia-truce', URL_A), old);
    const harvested = await db.count('headlines');

    const pruned = await pruneHeadlines(db, new Date(NOW.getTime() - 90 * DAY));
    // The old feed item and the headlines the old article's page linked to; the recent one stays.
    expect(pruned).toBe(harvested - 1);
    expect(await db.get('headlines', 'http://news.example/1')).toBeUndefined();
    expect(await db.get('headlines', 'http://news.example/2')).toBeTruthy();
    expect(await db.get('articles', article.id)).toBeTruthy();
    expect(await db.get('analyses', article.id)).toBeTruthy();
    // Every story left counts its members as they are now, and has some.
    for (const story of await db.getAll('stories')) {
      expect(story.headlineCount).toBe(await db.countFromIndex('headlines', 'by-story', story.id));
      expect(story.articleCount).toBe(await db.countFromIndex('articles', 'by-story', story.id));
      expect(story.headlineCount + story.articleCount).toBeGreaterThan(0);
    }
    expect(await db.getAllKeysFromIndex('articles', 'by-story', article.storyId!)).toEqual([article.id]);
    // No look-up posting points at a pruned headline; the kept one's postings stay.
    const refs = (await db.getAllKeys('itemPostings')).map(([, ref]) => ref);
    expect(refs).not.toContain(itemRef('headline', 'http://news.example/1'));
    expect(refs).toContain(itemRef('headline', 'http://news.example/2'));
  });

  test('prunes in batches until nothing old is left', async () => {
    const old = new Date(NOW.getTime() - 200 * DAY);
    const items = Array.from({ length: 45 }, (_, i) => item(i, `Distinct event ${i} number ${i * 7}`));
    await saveFeedItems(db, FEED, items, old);
    expect(await db.count('headlines')).toBe(45);
    expect(await pruneHeadlines(db, NOW, 10)).toBe(45);
    expect(await db.count('headlines')).toBe(0);
    expect(await db.count('stories')).toBe(0);
  });
});

describe('settings', () => {
  test('defaults to 90 days; saved values are versioned; invalid stored values fall back to the defaults', async () => {
    const area = fakeBrowser.storage.local;
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.retentionDays).toBe(90);
    await saveSettings(area, { retentionDays: 30 });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { version: 1, retentionDays: 30, feedIntervalMinutes: 60 },
    });
    expect((await loadSettings(area)).retentionDays).toBe(30);
    await fakeBrowser.storage.local.set({ settings: { version: 1, retentionDays: -5 } });
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
  });
});
