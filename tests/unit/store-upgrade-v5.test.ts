import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { openBackstoryDb, upgrades } from '../../lib/store/db';
import { openVersioned } from '../../lib/store/open';
import { getArticle, saveAnalyzedArticle } from '../../lib/store/articles';
import { buildTimeline } from '../../lib/stories/related';
import { analyzedFixture, NOW } from '../helpers/articles';
import { savedV3, schemaShape, v3FixtureAt } from '../helpers/old-bases';

const saved = savedV3;
type OldEvent = { id: number; articleId: string; day: string; value: string; text: string; sentence: string };

/** A base at v4, the version before. */
const v4Base = () => v3FixtureAt(4);

/** Put old-style event records into a v4 base. */
async function addOldEvents(events: Array<Omit<OldEvent, 'id'>>): Promise<void> {
  const v4 = (await openVersioned('backstory', 4, upgrades)) as unknown as IDBPDatabase;
  const tx = v4.transaction('events', 'readwrite');
  for (const e of events) void tx.store.add(e);
  await tx.done;
  v4.close();
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('news base v4 → v5 (events packed per article, claims store dropped)', () => {
  test("each article's events are one record, in their order; claims stay in the analyses; the rest is unchanged", async () => {
    await v4Base();
    const db = (await openBackstoryDb('backstory', 5)) as unknown as IDBPDatabase;
    expect(db.version).toBe(5);
    expect([...db.objectStoreNames]).not.toContain('claims');
    expect([...db.objectStoreNames]).not.toContain('events');
    const old = saved.events as OldEvent[];
    const byArticle = new Map<string, Array<Omit<OldEvent, 'id' | 'articleId'>>>();
    for (const { id: _id, articleId, ...event } of [...old].sort((a, b) => a.id - b.id)) {
      byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), event]);
    }
    expect(byArticle.size).toBeGreaterThan(1);
    const packed = await db.getAll('articleEvents');
    expect(packed).toHaveLength(byArticle.size);
    for (const record of packed) expect(record.events).toEqual(byArticle.get(record.articleId));
    // Every claim of the old store is in its article's analysis.
    const analyses = await db.getAll('analyses');
    for (const claim of saved.claims as Array<{ articleId: string; content: { start: number } }>) {
      const analysis = analyses.find((a) => a.id === claim.articleId);
      expect(analysis.claims.map((c: { content: { start: number } }) => c.content.start)).toContain(
        claim.content.start,
      );
    }
    for (const name of ['articles', 'analyses', 'headlines', 'stories', 'entities', 'feeds', 'terms']) {
      expect(await db.getAll(name)).toEqual(saved[name]);
    }
    // The same stores and indexes as a base created at v5.
    const fresh = (await openBackstoryDb('fresh', 5)) as unknown as IDBPDatabase;
    expect(schemaShape(db)).toEqual(schemaShape(fresh));
    db.close();
  });

  test('the timeline reads the packed events, and a new save of an old article replaces them', async () => {
    await v4Base();
    const db = await openBackstoryDb();
    const [first] = saved.articles as Array<{ id: string }>;
    const { article } = (await getArticle(db, first!.id))!;
    const days = (saved.events as OldEvent[]).filter((e) => e.articleId === article.id).map((e) => e.day);
    expect((await buildTimeline(db, article, [])).map((e) => e.day)).toEqual([...days].sort());
    const analyzed = { ...analyzedFixture('militia-truce', article.url), dates: [] };
    await saveAnalyzedArticle(db, analyzed, NOW);
    expect(await db.get('articleEvents', article.id)).toBeUndefined();
    expect(await buildTimeline(db, article, [])).toEqual([]);
  });

  test('past a read chunk, with an article met again further on, every event is kept', async () => {
    await v4Base();
    const many = Array.from({ length: 2_600 }, (_, i) => ({
      articleId: `http://news.example/${Math.floor(i / 3)}`,
      day: `2024-08-${String(1 + (i % 28)).padStart(2, '0')}`,
      value: 'x',
      text: `event ${i}`,
      sentence: `Sentence ${i}.`,
    }));
    const again = { ...many[0]!, text: 'event again', sentence: 'Again.' };
    await addOldEvents([...many, again]);
    const db = await openBackstoryDb();
    const record = await db.get('articleEvents', 'http://news.example/0');
    expect(record?.events.map((e) => e.text)).toEqual(['event 0', 'event 1', 'event 2', 'event again']);
    const total = (await db.getAll('articleEvents')).reduce((n, r) => n + r.events.length, 0);
    expect(total).toBe((saved.events as unknown[]).length + many.length + 1);
  });
});
