import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openBackstoryDb, type Db } from '../../lib/store/db';
import { saveHeadlines, type IncomingHeadline } from '../../lib/store/headlines';
import { headlineItem } from '../../lib/store/stories';
import { pruneHeadlines } from '../../lib/store/retention';
import { groupStories } from '../../lib/stories/cluster';
import { headlineEntityKeys } from '../../lib/extract/entities';
import { domainOf } from '../../lib/url';
import type { StoredHeadline } from '../../lib/types';
import { committedTermCounts } from '../helpers/store';
import { committedWindows } from '../../lib/store/term-counts';
import { keyRange } from '../../lib/store/postings';
import { WINDOW_ROWS } from '../../lib/store/windows';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

// Fixtures written for these tests: three events covered by several outlets, interleaved, plus loners.
const at = (day: number, hour: number): string => new Date(Date.UTC(2024, 2, day, hour)).toISOString();
const titles: [string, string][] = [
  ['Iraqi militia announces truce with US forces after drone strike', at(4, 8)],
  ['Mbappe agrees five-year deal with Real Madrid', at(4, 10)],
  ['Kataib Hezbollah declares truce in attacks on US troops in Iraq', at(4, 9)],
  ['Kylian Mbappe to join Real Madrid on free transfer', at(4, 11)],
  ['ECB holds interest rates at record high, signals June cut', at(4, 12)],
  ['European Central Bank keeps rates unchanged as inflation eases', at(4, 12)],
  ['Iraq militia truce: what the pause in attacks means for US troops', at(4, 13)],
  ["Lagarde: ECB rate cut in June is 'likely' after hold", at(4, 14)],
  ['ECB leaves interest rates on hold, Lagarde hints at June cut', at(4, 15)],
  ['Volcano erupts near Icelandic fishing town', at(4, 16)],
  ["Kataib Hezbollah's truce holds as Baghdad urges calm", at(5, 7)],
  ["Real Madrid confirm Mbappe transfer: 'a dream come true'", at(5, 9)],
  ['Mbappe Real Madrid move: contract details of the transfer', at(5, 10)],
  ['Icelandic town evacuated as volcano erupts again', at(20, 9)],
  ['ECB holds rates again as June cut nears', at(21, 9)],
];
const incoming: IncomingHeadline[] = titles.map(([title, time], i) => ({
  url: `https://outlet${i % 4}.example/news/${i}`,
  title,
  time,
  timeText: null,
  foundOn: 'https://feed.example/rss',
}));

/** Item index → index of the first item of its story: a grouping independent of story ids. */
function partition(storyOf: readonly string[]): number[] {
  return storyOf.map((s) => storyOf.indexOf(s));
}

async function storedStories(db: Db): Promise<string[]> {
  return Promise.all(incoming.map(async (h) => (await db.get('headlines', h.url))!.storyId!));
}

describe('story grouping in the store', () => {
  const expected = (() => {
    const items = incoming.map((h) =>
      headlineItem({
        ...h,
        id: h.url,
        domain: domainOf(h.url),
        entityKeys: headlineEntityKeys(h.title),
        storyId: null,
        seenAt: at(22, 0),
      } satisfies StoredHeadline),
    );
    const result = groupStories(items);
    return partition(items.map((i) => result.get(i.id)!));
  })();

  test.each([1, 4, titles.length])(
    'feed polls of %i on one connection group as `backstory stories` does',
    async (perPoll) => {
      const db = await openBackstoryDb();
      for (let i = 0; i < incoming.length; i += perPoll) await saveHeadlines(db, incoming.slice(i, i + perPoll));
      const got = partition(await storedStories(db));
      expect(got).toEqual(expected);
      expect(new Set(got).size).toBeLessThan(incoming.length);
    },
  );

  test('one poll of all stores the same stories, postings and counts as polls of one', async () => {
    const batched = await openBackstoryDb('batched');
    await saveHeadlines(batched, incoming);
    const single = await openBackstoryDb('single');
    for (const h of incoming) await saveHeadlines(single, [h]);
    for (const store of ['stories', 'itemPostings', 'meta'] as const) {
      expect(await batched.getAll(store)).toEqual(await single.getAll(store));
    }
    expect(await committedTermCounts(batched)).toEqual(await committedTermCounts(single));
  });

  test('polls alternating between two connections store what one connection does (the cache of one is dropped)', async () => {
    const one = await openBackstoryDb();
    const two = await openBackstoryDb();
    for (let i = 0; i < incoming.length; i += 3) await saveHeadlines(i % 2 ? two : one, incoming.slice(i, i + 3));
    expect(partition(await storedStories(one))).toEqual(expected);
    const alone = await openBackstoryDb('alone');
    for (let i = 0; i < incoming.length; i += 3) await saveHeadlines(alone, incoming.slice(i, i + 3));
    for (const store of ['stories', 'meta'] as const) {
      expect(await one.getAll(store)).toEqual(await alone.getAll(store));
    }
    expect(await committedTermCounts(one)).toEqual(await committedTermCounts(alone));
  });

  test('placement after retention deleted stories stores what a fresh connection does', async () => {
    const run = async (db: Db, reopen: () => Promise<Db>) => {
      await saveHeadlines(db, [incoming[0]!, incoming[2]!], new Date(at(6, 0)));
      await pruneHeadlines(db, new Date(at(7, 0)));
      const after = await reopen();
      await saveHeadlines(after, [incoming[6]!], new Date(at(8, 0)));
      return after.getAll('stories');
    };
    const same = await openBackstoryDb('same');
    const kept = await run(same, async () => same);
    const fresh = await run(await openBackstoryDb('fresh'), () => openBackstoryDb('fresh'));
    expect(kept).toHaveLength(1);
    expect(kept).toEqual(fresh);
  });

  test('keys common enough to cap their windows: one connection stores what a fresh connection per poll does', async () => {
    // 140 ECB headlines over 12 days in polls of 10, mostly in time order, one in ten back-dated: the "ecb"
    // windows are read capped, and later rows land inside them (read again) or outside (kept).
    const words = ['rates', 'inflation', 'bonds', 'euro', 'wages', 'banks', 'growth'];
    const places = ['Frankfurt', 'Paris', 'Madrid', 'Rome', 'Vienna'];
    const many: IncomingHeadline[] = Array.from({ length: 140 }, (_, i) => ({
      url: `https://outlet${i % 5}.example/ecb/${i}`,
      title: `ECB ${words[i % words.length]} ${places[i % places.length]}`,
      time: i % 10 === 5 ? at(1, i % 24) : at(1 + Math.floor(i / 12), i % 24),
      timeText: null,
      foundOn: 'https://feed.example/rss',
    }));
    const cached = await openBackstoryDb('cached');
    for (let i = 0; i < many.length; i += 10) await saveHeadlines(cached, many.slice(i, i + 10), new Date(at(14, 0)));
    for (let i = 0; i < many.length; i += 10) {
      const fresh = await openBackstoryDb('fresh');
      await saveHeadlines(fresh, many.slice(i, i + 10), new Date(at(14, 0)));
      fresh.close();
    }
    const fresh = await openBackstoryDb('fresh');
    const ecb = await cached.getAllKeysFromIndex(
      'itemPostings',
      'by-key',
      IDBKeyRange.bound(['ecb'], ['ecb', '\uffff']),
    );
    expect(ecb.length).toBe(140);
    // What the connection holds as committed is what a read returns now: the rows of every window it keeps.
    const windows = committedWindows(cached);
    expect(windows.filter((w) => w.rows.length >= WINDOW_ROWS).length).toBeGreaterThan(0);
    for (const w of windows) {
      const read = await cached.getAllKeysFromIndex('itemPostings', 'by-key', keyRange(w), WINDOW_ROWS);
      expect([...w.rows].sort()).toEqual(read.map(([story]) => story).sort());
    }
    for (const store of ['headlines', 'stories', 'itemPostings', 'meta'] as const) {
      expect(await cached.getAll(store)).toEqual(await fresh.getAll(store));
    }
  });
});
