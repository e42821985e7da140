import { describe, expect, test } from 'vitest';
import type { StoryCandidate, StoryItem, StorySignature } from '../../lib/stories/cluster';
import {
  MemoryDocumentFrequency,
  assignStory,
  candidateKeys,
  frequencyTerms,
  groupStories,
  lookupKeys,
  updateSignature,
} from '../../lib/stories/cluster';
import { MAX_EXEMPLARS, TERM_LIMIT } from '../../lib/stories/signature';
import { titleSimilarity } from '../../lib/stories/similarity';
import { contentTokens, initialisms, nameTokens, stem, stripHeadlineNoise, withoutDates } from '../../lib/stories/text';
import { bcubed, parseCsv } from '../../scripts/eval/stories';

// Fixtures written for these tests: several outlets covering three unrelated events in one week.
const at = (day: number, hour: number): string => new Date(Date.UTC(2024, 2, day, hour)).toISOString();
let n = 0;
const item = (title: string, published: string, publisher = 'Outlet'): StoryItem => ({
  id: `i${++n}`,
  title,
  publisher,
  published,
});

const truce = [
  item('Iraqi militia announces truce with US forces after drone strike', at(4, 8), 'Wire A'),
  item('Kataib Hezbollah declares truce in attacks on US troops in Iraq', at(4, 9), 'Daily B'),
  item('Iraq militia truce: what the pause in attacks means for US troops', at(4, 13), 'Review C'),
  item("Kataib Hezbollah's truce holds as Baghdad urges calm", at(5, 7), 'Wire A'),
];
const rates = [
  item('ECB holds interest rates at record high, signals June cut', at(4, 12), 'Money D'),
  item('European Central Bank keeps rates unchanged as inflation eases', at(4, 12), 'Wire A'),
  item("Lagarde: ECB rate cut in June is 'likely' after hold", at(4, 14), 'Daily B'),
  item('ECB leaves interest rates on hold, Lagarde hints at June cut', at(4, 15), 'Paper E'),
];
const transfer = [
  item('Mbappe agrees five-year deal with Real Madrid', at(4, 10), 'Sport F'),
  item('Kylian Mbappe to join Real Madrid on free transfer', at(4, 11), 'Daily B'),
  item("Real Madrid confirm Mbappe transfer: 'a dream come true'", at(5, 9), 'Sport G'),
  item('Mbappe Real Madrid move: contract details of the transfer', at(5, 10), 'Paper E'),
];
const unrelated = item('Volcano erupts near Icelandic fishing town', at(4, 16), 'Wire A');

/** Arrival order interleaves the stories, as a live feed would. */
function byTime(items: readonly StoryItem[]): StoryItem[] {
  return [...items].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id));
}

const feed = byTime([...truce, ...rates, ...transfer, unrelated]);

function groups(result: Map<string, string>, members: readonly StoryItem[]): Set<string | undefined> {
  return new Set(members.map((m) => result.get(m.id)));
}

describe('contentTokens', () => {
  test('lower-cases, drops stop words and boilerplate, keeps numbers', () => {
    expect(contentTokens('UPDATE 2-The Fed says it will raise rates by 0.25 points')).toEqual([
      'fed',
      'rais',
      'rat',
      '0.25',
      'point',
    ]);
  });

  test('stems inflections of one word alike and keeps short words whole', () => {
    const forms = ['merge', 'merges', 'merged', 'merging'].map(stem);
    expect(new Set(forms).size).toBe(1);
    expect(stem('gas')).toBe('gas');
    expect(stem('falling')).toBe('fall');
    expect(stem('companies')).toBe('company');
  });

  test('joins dotted acronyms and maps U.S. and US to one token', () => {
    expect(contentTokens('U.S. troops')).toEqual(contentTokens('US troops'));
  });

  test('initials of multi-word names meet their acronym', () => {
    expect(initialisms('European Central Bank keeps rates')).toEqual(['ecb']);
    expect(initialisms('Caution from the Bank of England')).toContain('boe');
    expect(initialisms('ECB holds')).toEqual([]);
  });

  test('names are acronyms or capitals inside a sentence-case title, not title-case capitals', () => {
    expect([...nameTokens('Snowden tells NSA critics to encrypt')]).toEqual(['nsa']);
    expect([...nameTokens("Fed's Charles Plosser sees high bar for change")]).toEqual(['charl', 'plosser']);
    expect([...nameTokens('Microsoft Counts On Shooter Game Titanfall')]).toEqual([]);
  });

  test('dates and times of day are not terms; a month name alone, versions and amounts are', () => {
    const none = [
      'March 10, 2014',
      '10 March 2014',
      'March 11th',
      'Mar. 10 2014',
      "Monday's",
      'Tuesday',
      '3/10/14',
      '09.03.2014',
      '2014-03-10',
      '2:02 am',
    ];
    for (const date of none)
      expect(contentTokens(withoutDates(`Markets ${date} wrap`)), date).toEqual(['market', 'wrap']);
    expect(contentTokens(withoutDates('Protesters march on parliament'))).toEqual(['protester', 'march', 'parliament']);
    expect(contentTokens(withoutDates('Firmware 7.1.10 patches 3.5.14 flaw'))).toEqual([
      'firmwar',
      '7.1.10',
      'patch',
      '3.5.14',
      'flaw',
    ]);
    expect(contentTokens(withoutDates('Lagarde hints at June cut'))).toContain('jun');
    expect(contentTokens(withoutDates('iOS 7.1 fixes $1.8B bug in 2014 model'))).toEqual([
      'ios',
      '7.1',
      'fix',
      '1.8b',
      'bug',
      '2014',
      'model',
    ]);
  });

  test('empty and symbol-only text give no tokens', () => {
    expect(contentTokens('')).toEqual([]);
    expect(contentTokens(' — ... !! ')).toEqual([]);
  });

  test('strips a trailing outlet credit and wire prefixes', () => {
    expect(stripHeadlineNoise('Pot tax nets $2M - Springfield Daily News', 'Springfield Daily News')).toBe(
      'Pot tax nets $2M',
    );
    expect(stripHeadlineNoise('GLOBAL MARKETS-Asian shares slip on China data')).toBe(
      'Asian shares slip on China data',
    );
    expect(stripHeadlineNoise('Ukraine - what happens next', 'Wire A')).toBe('Ukraine - what happens next');
  });
});

describe('groupStories', () => {
  const result = groupStories(feed);

  test('puts each event covered by several outlets in one story', () => {
    for (const story of [truce, rates, transfer]) expect(groups(result, story).size).toBe(1);
  });

  test('keeps the three events apart', () => {
    const ids = [truce, rates, transfer].map((s) => [...groups(result, s)][0]);
    expect(new Set(ids).size).toBe(3);
  });

  test('gives an unrelated item its own story', () => {
    const own = result.get(unrelated.id);
    expect([...result.values()].filter((s) => s === own)).toHaveLength(1);
  });

  test('keeps two decisions on the same topic months apart in separate stories', () => {
    const march = item('Federal Reserve raises interest rates by a quarter point', '2022-03-16T18:00:00Z');
    const march2 = item('Fed lifts rates a quarter point, first hike since 2018', '2022-03-16T19:00:00Z');
    const sept = item('Federal Reserve holds interest rates steady', '2023-09-20T18:00:00Z');
    const sept2 = item('Fed holds rates steady, signals one more hike', '2023-09-20T19:00:00Z');
    const r = groupStories([march, march2, sept, sept2]);
    expect(r.get(march2.id)).toBe(r.get(march.id));
    expect(r.get(sept2.id)).toBe(r.get(sept.id));
    expect(r.get(sept.id)).not.toBe(r.get(march.id));
  });

  test('handles empty and boilerplate-only titles as stories of their own', () => {
    const empty = item('', at(4, 9));
    const boiler = item('Watch: the latest video update', at(4, 9));
    const r = groupStories([...feed, empty, boiler]);
    expect(r.get(empty.id)).toBe(empty.id);
    expect(r.get(boiler.id)).toBe(boiler.id);
    expect(groups(r, rates).size).toBe(1);
  });

  test('does not group unrelated items on the date in their titles', () => {
    const market = item('Stock market news for March 10, 2014', at(10, 8), 'Money D');
    const tv = item('The Bachelor finale recap for March 10, 2014', at(10, 9), 'Paper E');
    const brief = item("Monday's business brief", at(10, 9), 'Wire A');
    const tv2 = item('Monday television: what to watch', at(10, 10), 'Daily B');
    const r = groupStories([...feed, market, tv, brief, tv2]);
    expect(new Set([market, tv, brief, tv2].map((i) => r.get(i.id))).size).toBe(4);
  });

  test('uses entity keys when given', () => {
    const a = { ...item('Talks resume in Doha', at(6, 8)), entityKeys: ['loc:doha', 'org:hamas'] };
    const b = { ...item('Negotiators return to the table', at(6, 9)), entityKeys: ['loc:doha', 'org:hamas'] };
    const r = groupStories([a, b]);
    expect(r.get(b.id)).toBe(r.get(a.id));
  });

  test('is deterministic', () => {
    expect([...groupStories(feed)]).toEqual([...result]);
  });
});

describe('incremental assignment', () => {
  test('a store driving the primitives one item at a time equals the batch helper', () => {
    // What the background worker does against IndexedDB, with Maps standing in for the stores.
    const df = new MemoryDocumentFrequency();
    const stories = new Map<string, StorySignature>();
    const byKey = new Map<string, Set<string>>();
    const assigned = new Map<string, string>();
    for (const it of feed) {
      df.add(frequencyTerms(it));
      const ids = new Set(lookupKeys(it, df).flatMap((k) => [...(byKey.get(k) ?? [])]));
      const candidates: StoryCandidate[] = [...ids].map((id) => ({ id, signature: stories.get(id)! }));
      const storyId = assignStory(it, candidates, df) ?? it.id;
      stories.set(storyId, updateSignature(stories.get(storyId) ?? null, it, df));
      for (const k of candidateKeys(it)) byKey.set(k, (byKey.get(k) ?? new Set()).add(storyId));
      assigned.set(it.id, storyId);
    }
    expect(assigned).toEqual(groupStories(feed));
  });

  test('signatures stay bounded and plain', () => {
    const df = new MemoryDocumentFrequency();
    let sig: StorySignature | null = null;
    for (let i = 0; i < 300; i++) {
      const it = item(`Rates story word${i} other${i} more${i}`, at(4, 8));
      df.add(frequencyTerms(it));
      sig = updateSignature(sig, it, df);
    }
    expect(sig?.count).toBe(300);
    expect(Object.keys(sig?.terms ?? {}).length).toBeLessThanOrEqual(TERM_LIMIT);
    expect(sig?.exemplars.length).toBeLessThanOrEqual(MAX_EXEMPLARS);
    expect(sig?.exemplarNorms?.length).toBe(sig?.exemplars.length);
    expect(structuredClone(sig)).toEqual(sig);
  });

  test('returns null for a new story when no candidate is close', () => {
    const df = new MemoryDocumentFrequency();
    const a = truce[0]!;
    df.add(frequencyTerms(a));
    const sig = updateSignature(null, a, df);
    df.add(frequencyTerms(transfer[0]!));
    expect(assignStory(transfer[0]!, [{ id: 'truce', signature: sig }], df)).toBeNull();
    expect(assignStory(truce[1]!, [{ id: 'truce', signature: sig }], df)).toBe('truce');
  });
});

describe('titleSimilarity', () => {
  test('ranks same-event coverage above other stories, within 0..1', () => {
    const same = titleSimilarity(rates[0]!.title, rates[3]!.title);
    const other = titleSimilarity(rates[0]!.title, transfer[0]!.title);
    expect(same).toBeGreaterThan(other);
    expect(same).toBeLessThanOrEqual(1);
    expect(titleSimilarity('ECB holds rates', 'ECB holds rates')).toBeCloseTo(1);
    expect(titleSimilarity('', 'ECB')).toBe(0);
  });
});

describe('eval helpers', () => {
  test('parseCsv follows RFC 4180 quoting', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n1,')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
      ['1', ''],
    ]);
  });

  test('bcubed scores a perfect grouping 1 and an all-in-one grouping by cluster sizes', () => {
    const gold = new Map([
      ['1', 'a'],
      ['2', 'a'],
      ['3', 'b'],
      ['4', 'b'],
    ]);
    expect(bcubed(gold, gold).f1).toBe(1);
    const one = bcubed(
      new Map([
        ['1', 'x'],
        ['2', 'x'],
        ['3', 'x'],
        ['4', 'x'],
      ]),
      gold,
    );
    expect(one.p).toBeCloseTo(0.5);
    expect(one.r).toBe(1);
  });
});
