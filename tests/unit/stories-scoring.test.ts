import { describe, expect, test } from 'vitest';
import type { DocumentFrequency, StoryItem, StorySignature } from '../../lib/stories/cluster';
import {
  MemoryDocumentFrequency,
  assignStory,
  frequencyTerms,
  groupStories,
  migrateSignature,
  updateSignature,
} from '../../lib/stories/cluster';
import { itemTerms } from '../../lib/stories/features';
import { lengthAt, normParts } from '../../lib/stories/norm';
import { centroidCosine, itemVector } from '../../lib/stories/score';
import { MAX_EXEMPLARS, TERM_LIMIT } from '../../lib/stories/signature';

// Headlines written for these tests.
let n = 0;
const item = (title: string, hour = 1): StoryItem => ({
  id: `s${++n}`,
  title,
  publisher: 'Outlet',
  published: new Date(Date.UTC(2024, 6, 2, hour)).toISOString(),
});

/** Build one story's signature from `members`, counting every item of `collection` first. */
function storyOf(members: readonly StoryItem[], collection: readonly StoryItem[]) {
  const df = new MemoryDocumentFrequency();
  for (const it of collection) df.add(frequencyTerms(it));
  let sig: StorySignature | null = null;
  for (const m of members) sig = updateSignature(sig, m, df);
  return { df, sig: sig! };
}

describe('stored lengths', () => {
  test('the three sums give the idf-weighted length exactly at any later collection size', () => {
    const df = new MemoryDocumentFrequency();
    df.add(['alpha', 'beta']);
    df.add(['beta']);
    const weights: [string, number][] = [
      ['alpha', 2],
      ['beta', 1.5],
      ['gamma', 1],
    ];
    const parts = normParts(weights, df);
    // The collection grows by items without these terms: every idf moves, the sums do not.
    for (let i = 0; i < 50; i++) df.add(['other']);
    const idf = (t: string): number => Math.log((df.total + 1) / (df.get(t) + 1)) + 1;
    const exact = Math.sqrt(weights.reduce((s, [t, w]) => s + (w * idf(t)) ** 2, 0));
    expect(lengthAt(parts, df.total)).toBeCloseTo(exact, 3);
  });

  test('scoring a candidate reads the frequencies of the item terms only', () => {
    const members = [
      item('Lunar probe Kestrel lands near south pole'),
      item('Kestrel probe sends first pictures from lunar south pole'),
    ];
    const next = item('Kestrel lunar lander survives first night');
    const { df, sig } = storyOf(members, [...members, next]);
    const read = new Set<string>();
    const spy: DocumentFrequency = {
      get total() {
        return df.total;
      },
      get: (t) => (read.add(t), df.get(t)),
    };
    expect(assignStory(next, [{ id: 'kestrel', signature: sig }], spy)).toBe('kestrel');
    const own = new Set(itemTerms(next).keys());
    expect([...read].filter((t) => !own.has(t))).toEqual([]);
  });
});

describe('weight outside the story', () => {
  // A collection in which "US" is everywhere, as it is in US news, each time about something else.
  const usFiller = Array.from({ length: 40 }, (_, i) => item(`US officials comment on matter ${1000 + i}`, 0));

  test('a word common elsewhere does not join a story that uses it often', () => {
    const burger = [
      item('Burger chain Grillhouse says US diners cut back in May', 2),
      item('Grillhouse US diners spend less as menu prices climb', 2),
      item('Grillhouse blames rainy weather for slow US quarter', 3),
    ];
    const stocks = item('US stocks dip after factory data', 4);
    const more = item('Grillhouse shares slide after US diners pull back', 4);
    const { df, sig } = storyOf(burger, [...usFiller, ...burger, stocks, more]);
    expect(assignStory(stocks, [{ id: 'grillhouse', signature: sig }], df)).toBeNull();
    expect(assignStory(more, [{ id: 'grillhouse', signature: sig }], df)).toBe('grillhouse');
  });

  test("a story's own members are left out of its words' counts", () => {
    const launch = Array.from({ length: 6 }, (_, i) => item(`Zorvex launch queues in city ${i + 2}0`, 2));
    const late = item('Zorvex patch arrives', 5);
    const { df, sig } = storyOf(launch, [...usFiller, ...launch, late]);
    // The same cosine with plain idf: "zorvex" looks common (7 of 47 items), all of them this story's.
    const idf = (t: string): number => Math.log((df.total + 1) / (df.get(t) + 1)) + 1;
    const q = [...itemTerms(late)].map(([t, w]) => [t, w * idf(t)] as const);
    const c = new Map(Object.entries(sig.terms).map(([t, w]) => [t, w * idf(t)]));
    const plain =
      q.reduce((s, [t, w]) => s + w * (c.get(t) ?? 0), 0) /
      Math.hypot(...q.map(([, w]) => w)) /
      Math.hypot(...c.values());
    expect(centroidCosine(itemVector(late, df), sig, df)).toBeGreaterThan(plain * 1.2);
  });

  test("a big story's own name still joins new coverage, however common the story made it", () => {
    const launch = Array.from({ length: 12 }, (_, i) =>
      item(i % 2 === 0 ? `Zorvex launch review roundup part ${i + 2}` : `Zorvex servers strain on launch day`, 2),
    );
    const late = item('Is Zorvex worth it? Players weigh in', 5);
    const result = groupStories([...usFiller, ...launch, late]);
    expect(result.get(late.id)).toBe(result.get(launch[0]!.id));
  });

  test('"constructor" is a word like any other, not a property of every signature', () => {
    const a = item('Formula One constructor Velor unveils new car');
    const b = item('Velor constructor shows off its new car');
    const result = groupStories([a, b]);
    expect(result.get(b.id)).toBe(result.get(a.id));
    const { sig } = storyOf([a, b], [a, b]);
    expect(sig.terms.constructor).toBe(2);
  });
});

describe('migrateSignature', () => {
  // The shape stored before lengths were kept: 12 exemplars, up to 200 terms, no length parts.
  const old = {
    terms: Object.fromEntries(Array.from({ length: 260 }, (_, i) => [`term${i}`, 1 + (i % 7)])),
    count: 40,
    firstTime: 1_700_000_000_000,
    lastTime: 1_700_000_360_000,
    exemplars: Array.from({ length: 12 }, (_, i) => [`word${i}`, `other${i}`]),
  };

  test('turns the old shape into a bounded current one, keeping the first and latest exemplars', () => {
    const sig = migrateSignature(old);
    expect(Object.keys(sig.terms).length).toBeLessThanOrEqual(TERM_LIMIT);
    expect(Math.min(...Object.values(sig.terms))).toBeGreaterThan(1);
    expect(sig.exemplars).toHaveLength(MAX_EXEMPLARS);
    expect(sig.exemplars[0]).toEqual(['word0', 'other0']);
    expect(sig.exemplars.at(-1)).toEqual(['word11', 'other11']);
    expect(sig.exemplars).not.toContainEqual(['word5', 'other5']);
    expect([sig.count, sig.firstTime, sig.lastTime]).toEqual([40, old.firstTime, old.lastTime]);
    // No frequencies here: lengths are left for scoring to compute until the next fold.
    expect(sig.norm).toBeUndefined();
    expect(sig.exemplarNorms).toBeUndefined();
    expect(structuredClone(sig)).toEqual(sig);
  });

  test('a migrated signature scores and folds like any other', () => {
    const a = item('Harbour bridge Tamsin closes after ship strike');
    const b = item('Tamsin bridge closed as ship strike damages span');
    const { df, sig } = storyOf([a], [a, b]);
    const { norm: _norm, exemplarNorms: _parts, ...oldShape } = sig;
    const migrated = migrateSignature(oldShape);
    expect(assignStory(b, [{ id: 'bridge', signature: migrated }], df)).toBe('bridge');
    expect(assignStory(b, [{ id: 'bridge', signature: sig }], df)).toBe('bridge');
    expect(updateSignature(migrated, b, df).norm).toHaveLength(3);
  });

  test('leaves a current signature as it is and repairs damaged data', () => {
    const a = item('Orchard frost wipes out cherry harvest');
    const { sig } = storyOf([a], [a]);
    expect(migrateSignature(sig)).toEqual(sig);
    const repaired = migrateSignature({ terms: { ok: 2, bad: 'x', neg: -1 }, count: 'many', exemplars: [[1, 'ok']] });
    expect(repaired).toEqual({ terms: { ok: 2 }, count: 1, firstTime: null, lastTime: null, exemplars: [['ok']] });
    expect(migrateSignature(null)).toEqual({ terms: {}, count: 1, firstTime: null, lastTime: null, exemplars: [] });
  });
});
