import { beforeEach, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { openBackstoryDb, upgrades } from '../../lib/store/db';
import { openVersioned } from '../../lib/store/open';
import { getArticle, saveAnalyzedArticle } from '../../lib/store/articles';
import { findRelated } from '../../lib/stories/related';
import { titleTerms } from '../../lib/stories/features';
import { analyzedFixture, NOW, URL_B } from '../helpers/articles';
import { committedTermCounts } from '../helpers/store';
import { schemaShape } from '../helpers/old-bases';
import { TERM_FILTER_KEY, TermFilter } from '../../lib/store/term-filter';

type Saved = Record<string, unknown>;
const load = (name: string): Saved =>
  JSON.parse(readFileSync(new URL(`../fixtures/store/${name}`, import.meta.url), 'utf8')) as Saved;
/** News bases as schema v2 and v3 wrote them (tests/fixtures/store: each says how it was made). */
const saved = { 2: load('news-v2.json'), 3: load('news-v3.json') };
/** v3's postings (one row per key, out-of-line keys) are replaced, not kept. */
const REPLACED = 'postings';
const storesOf = (base: Saved) => Object.keys(base).filter((k) => Array.isArray(base[k]) && k !== REPLACED);

async function loadBase(version: 2 | 3): Promise<void> {
  const base = saved[version];
  const db = (await openVersioned('backstory', version, upgrades)) as unknown as IDBPDatabase;
  const names = Object.keys(base).filter((k) => Array.isArray(base[k]));
  const tx = db.transaction(names, 'readwrite');
  for (const name of names) {
    for (const value of base[name] as unknown[]) {
      if (name === REPLACED)
        void tx.objectStore(name).put(...((value as [IDBValidKey, unknown]).reverse() as [unknown, IDBValidKey]));
      else void tx.objectStore(name).put(value);
    }
  }
  await tx.done;
  db.close();
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe.each([2, 3] as const)('news base v%i → v4 (item postings, term log)', (version) => {
  const base = saved[version];

  test('every record of every kept store is still there, unchanged', async () => {
    await loadBase(version);
    const db = (await openBackstoryDb('backstory', 4)) as unknown as IDBPDatabase;
    expect(db.version).toBe(4);
    expect([...db.objectStoreNames]).not.toContain(REPLACED);
    for (const name of storesOf(base)) expect(await db.getAll(name)).toEqual(base[name]);
    expect(await db.count('termLog')).toBe(0);
    db.close();
  });

  test('the stored articles and headlines are posted under their keys, in their stories', async () => {
    await loadBase(version);
    const db = await openBackstoryDb('backstory', 4);
    const articles = base.articles as Array<{ id: string; storyId: string; entityKeys: string[] }>;
    const headlines = base.headlines as Array<{ id: string; storyId: string }>;
    const records = await db.getAll('itemPostings');
    expect(records).toHaveLength(articles.length + headlines.length);
    for (const a of articles) {
      const record = records.find((r) => r.ref === `a:${a.id}`)!;
      expect(record.story).toBe(a.storyId);
      expect(record.keys.map(([key]) => key)).toEqual(expect.arrayContaining(a.entityKeys.slice(0, 12)));
    }
    for (const h of headlines) expect(records.find((r) => r.ref === `h:${h.id}`)?.story).toBe(h.storyId);
    if (version === 3) {
      // Exactly v3's rows: each (key, time, item) → story, now an entry of the item's record.
      const rows = (base[REPLACED] as Array<[[string, string, string], string]>).map(([[key, time, ref], story]) =>
        JSON.stringify([key, time, ref, story]),
      );
      const entries = records.flatMap((r) => r.keys.map(([key, time]) => JSON.stringify([key, time, r.ref, r.story])));
      expect(entries.sort()).toEqual(rows.sort());
    }
    // The same stores and indexes as a base created at v4.
    const fresh = await openBackstoryDb('fresh', 4);
    expect(schemaShape(db)).toEqual(schemaShape(fresh));
  });

  test('after the upgrade (on to the current version) related coverage finds the old articles and new saves join their stories and counts', async () => {
    await loadBase(version);
    const db = await openBackstoryDb();
    const before = new Map(await committedTermCounts(db));
    const b = (await getArticle(db, URL_B))!.article;
    expect((await findRelated(db, b))[0]).toMatchObject({ kind: 'article', url: expect.stringContaining('militias') });
    const again = await saveAnalyzedArticle(
      db,
      { ...analyzedFixture('militia-followup', URL_B), url: `${URL_B}-live`, canonicalUrl: null },
      NOW,
    );
    expect(again.article.storyId).toBe(b.storyId);
    // The new article's terms are counted on top of the old counts.
    const after = new Map(await committedTermCounts(db));
    const terms = titleTerms({ id: again.article.id, title: again.article.title });
    expect(terms.length).toBeGreaterThan(3);
    for (const t of terms) expect(after.get(t)).toBeGreaterThan(before.get(t) ?? 0);
    expect([...before].filter(([t, n]) => (after.get(t) ?? 0) < n)).toEqual([]);
  });
});

describe('news base v3 → v4 at more than a read chunk', () => {
  test('every headline is posted and every stored term is in the filter', async () => {
    const db = (await openVersioned('backstory', 3, upgrades)) as unknown as IDBPDatabase;
    const tx = db.transaction(['headlines', 'terms'], 'readwrite');
    for (let i = 0; i < 2_500; i++) {
      void tx.objectStore('headlines').put({
        id: `http://news.example/${i}`,
        url: `http://news.example/${i}`,
        title: `Harbour event number ${i}`,
        timeText: null,
        time: null,
        foundOn: 'http://news.example/',
        domain: 'news.example',
        entityKeys: [],
        storyId: `story:${i % 40}`,
        seenAt: '2024-08-07T12:00:00.000Z',
      });
    }
    for (let i = 0; i < 12_000; i++) void tx.objectStore('terms').put({ term: `term${i}`, count: 1 });
    await tx.done;
    db.close();
    const upgraded = await openBackstoryDb('backstory', 4);
    expect(await upgraded.count('itemPostings')).toBe(2_500);
    const filter = new TermFilter((await upgraded.get('termFilter', TERM_FILTER_KEY))!);
    expect(Array.from({ length: 12_000 }, (_, i) => filter.mayHave(`term${i}`)).every(Boolean)).toBe(true);
  });
});
