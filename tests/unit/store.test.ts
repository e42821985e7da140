import { beforeEach, describe, expect, test, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openBackstoryDb, upgrades } from '../../lib/store/db';
import { DB_VERSION } from '../../lib/store/schema';
import { getArticle, saveAnalyzedArticle, saveAnalyzedArticles } from '../../lib/store/articles';
import { getStory } from '../../lib/store/stories';
import { saveHeadlines } from '../../lib/store/headlines';
import { buildTimeline, findRelated } from '../../lib/stories/related';
import { itemRef } from '../../lib/store/postings';
import { analyzedFixture, NOW, unrelatedArticle, URL_A, URL_B, withKeylessEntity } from '../helpers/articles';

beforeEach(() => {
  // A fresh IndexedDB per test.
  globalThis.indexedDB = new IDBFactory();
});

describe('schema', () => {
  test('a new database gets every store and index of the current version', async () => {
    const db = await openBackstoryDb();
    expect(db.version).toBe(DB_VERSION);
    expect(upgrades).toHaveLength(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'analyses',
      'articleEvents',
      'articles',
      'entities',
      'feeds',
      'headlines',
      'itemPostings',
      'meta',
      'stories',
      'termFilter',
      'termLog',
      'terms',
    ]);
    const tx = db.transaction('articles');
    expect([...tx.store.indexNames].sort()).toEqual(['by-domain', 'by-ref', 'by-story']);
    expect([...db.transaction('headlines').store.indexNames].sort()).toEqual([
      'by-feed',
      'by-ref',
      'by-seen',
      'by-story',
    ]);
    db.close();
  });

  test('reopening keeps what was stored', async () => {
    const db = await openBackstoryDb();
    await saveAnalyzedArticle(db, analyzedFixture('militia-truce', URL_A), NOW);
    db.close();
    const again = await openBackstoryDb();
    expect(await again.count('articles')).toBe(1);
    again.close();
  });
});

describe('saveAnalyzedArticle', () => {
  test('stores the article, its analysis, claims, events, entities and harvested headlines in one go', async () => {
    const db = await openBackstoryDb();
    const analyzed = analyzedFixture('militia-truce', URL_A);
    const { article, isNew } = await saveAnalyzedArticle(db, analyzed, NOW);
    expect(isNew).toBe(true);
    expect(article.id).toBe(URL_A);
    expect(article.domain).toBe('127.0.0.1');
    expect(article.storyId).toMatch(/^s:[0-9a-z]{14}$/);
    const found = await getArticle(db, URL_A);
    expect(found?.analysis.text).toBe(analyzed.text);
    expect(found?.analysis.claims).toEqual(analyzed.claims);
    const events = (await db.get('articleEvents', URL_A))?.events;
    expect(events).toHaveLength(analyzed.dates.filter((d) => d.day).length);
    expect(events?.[0]).toEqual({
      day: analyzed.dates[0]!.day,
      value: analyzed.dates[0]!.value,
      text: analyzed.dates[0]!.text,
      sentence: analyzed.dates[0]!.sentence.text,
    });
    expect(await db.count('headlines')).toBe(4);
    // Found by entity through the look-up postings.
    const iraq = await db.getAllKeysFromIndex(
      'itemPostings',
      'by-key',
      IDBKeyRange.bound(['loc:iraq'], ['loc:iraq', '\uffff']),
    );
    // Under its short ref, which its record holds and the `by-ref` index finds back.
    expect(article.ref).toBe(itemRef('article', URL_A));
    expect(iraq.map(([, ref]) => ref)).toContain(article.ref);
    expect((await db.getFromIndex('articles', 'by-ref', article.ref!))?.id).toBe(URL_A);
  });

  test('saving the same article again replaces it: nothing doubled, entity counts unchanged', async () => {
    const db = await openBackstoryDb();
    const analyzed = analyzedFixture('militia-truce', URL_A);
    await saveAnalyzedArticle(db, analyzed, NOW);
    const first = await getArticle(db, URL_A);
    const again = await saveAnalyzedArticle(db, analyzed, new Date(NOW.getTime() + 60_000));
    expect(again.isNew).toBe(false);
    expect(again.article.firstSeen).toBe(first?.article.firstSeen);
    expect(again.article.storyId).toBe(first?.article.storyId);
    expect(await db.count('articles')).toBe(1);
    expect((await getArticle(db, URL_A))?.analysis.claims).toEqual(analyzed.claims);
    expect(await db.count('articleEvents')).toBe(1);
    expect((await db.get('articleEvents', URL_A))?.events).toHaveLength(analyzed.dates.filter((d) => d.day).length);
    // Saved again without dated events, it has none left.
    await saveAnalyzedArticle(db, { ...analyzed, dates: [] }, new Date(NOW.getTime() + 120_000));
    expect(await db.count('articleEvents')).toBe(0);
    expect(await db.get('entities', 'loc:iraq')).toMatchObject({ key: 'loc:iraq', type: 'LOC' });
    expect(await db.count('headlines')).toBe(4);
  });

  test('a failed write leaves nothing half-stored', async () => {
    const db = await openBackstoryDb();
    const analyzed = analyzedFixture('militia-truce', URL_A);
    // An entity that cannot be stored (no key) aborts the whole transaction.
    const broken = withKeylessEntity(analyzed);
    await expect(saveAnalyzedArticle(db, broken, NOW)).rejects.toThrow();
    expect(await db.count('articles')).toBe(0);
    expect(await db.count('analyses')).toBe(0);
    expect(await db.count('articleEvents')).toBe(0);
    expect(await db.count('headlines')).toBe(0);
  });
});

describe('saveAnalyzedArticles', () => {
  test('a batch stores what saving its pages one by one stores, a page repeated in it included', async () => {
    const pages = [
      analyzedFixture('militia-truce', URL_A),
      unrelatedArticle(),
      analyzedFixture('militia-followup', URL_B),
      analyzedFixture('militia-truce', URL_A),
    ];
    const batched = await openBackstoryDb('batched');
    const results = await saveAnalyzedArticles(
      batched,
      pages.map((analyzed) => ({ analyzed, now: NOW })),
    );
    const oneByOne = await openBackstoryDb('one-by-one');
    const expected = [];
    for (const page of pages) expected.push(await saveAnalyzedArticle(oneByOne, page, NOW));
    expect(results).toEqual(expected);
    expect(results.map((r) => r.isNew)).toEqual([true, true, true, false]);
    for (const store of ['articles', 'analyses', 'articleEvents', 'stories', 'headlines', 'itemPostings'] as const) {
      expect(await batched.getAll(store)).toEqual(await oneByOne.getAll(store));
    }
  });

  test('one page that cannot be stored leaves none of the batch stored', async () => {
    const db = await openBackstoryDb();
    const analyzed = analyzedFixture('militia-followup', URL_B);
    const broken = withKeylessEntity(analyzed);
    const batch = [analyzedFixture('militia-truce', URL_A), broken].map((a) => ({ analyzed: a, now: NOW }));
    await expect(saveAnalyzedArticles(db, batch)).rejects.toThrow();
    expect(await db.count('articles')).toBe(0);
    expect(await db.count('stories')).toBe(0);
    expect(await db.count('itemPostings')).toBe(0);
  });
});

describe('related coverage and timeline', () => {
  test('another outlet on the same story is related; an unrelated article is not', async () => {
    const db = await openBackstoryDb();
    await saveAnalyzedArticle(db, analyzedFixture('militia-truce', URL_A), NOW);
    await saveAnalyzedArticle(db, unrelatedArticle(), NOW);
    const { article: b } = await saveAnalyzedArticle(db, analyzedFixture('militia-followup', URL_B), NOW);

    expect(b.storyId).toBe((await getArticle(db, URL_A))?.article.storyId);
    const story = await getStory(db, b.storyId!);
    expect(story?.articleCount).toBe(2);
    expect(story?.headlineCount).toBe(await db.countFromIndex('headlines', 'by-story', b.storyId!));
    expect(await db.getAllKeysFromIndex('articles', 'by-story', b.storyId!)).toEqual([URL_A, URL_B]);
    expect(story?.domains).toEqual(['127.0.0.1', 'localhost']);

    const related = await findRelated(db, b);
    expect(related[0]).toMatchObject({ kind: 'article', url: URL_A, publisher: 'Gulf Ledger', sameOutlet: false });
    expect(related.map((r) => r.title)).not.toContain('Harbour City wins the summer regatta in Muscat');

    const timeline = await buildTimeline(db, b, related);
    const days = timeline.map((e) => e.day);
    expect(days).toEqual([...days].sort());
    expect(timeline.some((e) => e.day === '2024-07-30' && e.isCurrent)).toBe(true);
    expect(timeline.some((e) => e.day === '2024-07-30' && !e.isCurrent && e.publisher === 'Gulf Ledger')).toBe(true);
  });

  test('keys too common in the window are not expanded: their chance pairs are no coverage, a rare name is', async () => {
    const db = await openBackstoryDb();
    const { article } = await saveAnalyzedArticle(db, analyzedFixture('militia-truce', URL_A), NOW);
    const time = article.publishedTime ?? article.analyzedAt;
    // Forty headlines that each name Iraq and the United States, the article's two most common places.
    const common = Array.from({ length: 40 }, (_, i) => ({
      title: `Iraq and United States officials meet over grain shipment number ${i}`,
      url: `https://wire.example/grain/${i}`,
      timeText: null,
      time,
      foundOn: 'https://wire.example/',
    }));
    const rare = {
      title: 'Haider al Lami says the Popular Mobilization Forces will keep the truce',
      url: 'https://other.example/lami-truce',
      timeText: null,
      time,
      foundOn: 'https://other.example/',
    };
    await saveHeadlines(db, [...common, rare], NOW);
    const urls = (await findRelated(db, article)).map((r) => r.url);
    expect(urls).toContain(rare.url);
    expect(urls.filter((u) => u.startsWith('https://wire.example/'))).toEqual([]);
    // Below the cap the same pair of keys is evidence: two shared entities.
    const few = (await findRelated(db, article, { maxPostings: 100 })).map((r) => r.url);
    expect(few.filter((u) => u.startsWith('https://wire.example/')).length).toBeGreaterThan(0);
  });

  test("the story's articles are shortlisted before items sharing one name with the article", async () => {
    const db = await openBackstoryDb();
    const { article } = await saveAnalyzedArticle(db, analyzedFixture('militia-truce', URL_A), NOW);
    // Another outlet's take on the same story: grouped with it by its title, naming none of its entities.
    const retold = {
      ...analyzedFixture('militia-truce', URL_A),
      url: 'https://other.example/2024/08/05/militias-threaten-troops',
      canonicalUrl: null,
      siteName: 'Other Ledger',
      title: 'Militias threaten to resume attacks on troops',
      entities: [],
    };
    const { article: other } = await saveAnalyzedArticle(db, retold, NOW);
    expect(other.storyId).toBe(article.storyId);
    // Fifty headlines, each naming one of the article's entities and nothing else of it.
    const time = article.publishedTime ?? article.analyzedAt;
    const names = ['Baghdad', 'Pentagon', 'Reuters', 'Haider al Lami', 'Al Nujaba Movement'];
    const single = names.flatMap((name, k) =>
      Array.from({ length: 10 }, (_, i) => ({
        title: `${name} listed in bulletin ${k * 10 + i}`,
        url: `https://wire.example/bulletin/${k}/${i}`,
        timeText: null,
        time,
        foundOn: 'https://wire.example/',
      })),
    );
    await saveHeadlines(db, single, NOW);
    expect((await db.getAll('headlines')).filter((h) => h.domain === 'wire.example').length).toBe(50);
    const related = await findRelated(db, article);
    expect(related.map((r) => r.url)).toContain(other.url);
    expect(related.find((r) => r.url === other.url)).toMatchObject({ kind: 'article', sameOutlet: false });
  });

  test('related items are shown from their postings: no article or headline record is read', async () => {
    const db = await openBackstoryDb();
    const { article: a } = await saveAnalyzedArticle(db, analyzedFixture('militia-truce', URL_A), NOW);
    const { article: b } = await saveAnalyzedArticle(db, analyzedFixture('militia-followup', URL_B), NOW);
    const posting = await db.get('itemPostings', [a.storyId!, a.ref!]);
    expect(posting?.item).toEqual({
      id: URL_A,
      url: URL_A,
      title: a.title,
      domain: a.domain,
      publisher: 'Gulf Ledger',
      time: a.publishedTime,
    });
    const rare = {
      title: 'Haider al Lami says the Popular Mobilization Forces will keep the truce',
      url: 'https://other.example/lami-truce',
      timeText: null,
      time: a.publishedTime,
      foundOn: 'https://other.example/',
    };
    await saveHeadlines(db, [rare], NOW);
    const reads = [vi.spyOn(IDBObjectStore.prototype, 'get'), vi.spyOn(IDBIndex.prototype, 'get')];
    try {
      const related = await findRelated(db, a);
      expect(related.find((r) => r.url === rare.url)).toMatchObject({ kind: 'headline', title: rare.title });
      expect(related.find((r) => r.url === URL_B)).toMatchObject({ kind: 'article', title: b.title });
      expect((await findRelated(db, b)).find((r) => r.url === URL_A)).toMatchObject({
        kind: 'article',
        title: a.title,
        time: a.publishedTime,
      });
      for (const read of reads) expect(read).not.toHaveBeenCalled();
    } finally {
      for (const read of reads) read.mockRestore();
    }
  });

  test('an item posted before postings kept what is shown is read instead, and shown the same', async () => {
    const db = await openBackstoryDb();
    await saveAnalyzedArticle(db, analyzedFixture('militia-truce', URL_A), NOW);
    const { article: b } = await saveAnalyzedArticle(db, analyzedFixture('militia-followup', URL_B), NOW);
    const current = await findRelated(db, b);
    const postings = await db.getAll('itemPostings');
    const tx = db.transaction('itemPostings', 'readwrite');
    for (const posting of postings) {
      delete posting.item;
      await tx.store.put(posting);
    }
    await tx.done;
    expect((await db.getAll('itemPostings')).every((p) => p.item === undefined)).toBe(true);
    expect(await findRelated(db, b)).toEqual(current);
  });

  test("an article saved again with a new title is shown with it in others' related coverage", async () => {
    const db = await openBackstoryDb();
    const first = analyzedFixture('militia-truce', URL_A);
    await saveAnalyzedArticle(db, first, NOW);
    const { article: b } = await saveAnalyzedArticle(db, analyzedFixture('militia-followup', URL_B), NOW);
    const title = 'Iraq militias threaten to resume attacks on US troops, update';
    await saveAnalyzedArticle(db, { ...first, title }, NOW);
    expect((await findRelated(db, b)).find((r) => r.url === URL_A)?.title).toBe(title);
  });

  test('an article alone in the store has no related items', async () => {
    const db = await openBackstoryDb();
    const { article } = await saveAnalyzedArticle(db, unrelatedArticle(), NOW);
    expect(await findRelated(db, article)).toEqual([]);
  });
});
