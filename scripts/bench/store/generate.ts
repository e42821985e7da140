// Synthetic but realistic news for the store benchmark, made in the page from the corpus pools: UCI titles
// with their story clusters spread over a year, publishers drawn from the 1,948 UCI outlets, entity keys
// found in the titles by the real headline tagger plus entities drawn with a Zipf-like skew (so a few, like
// "loc:united states", have huge posting lists), article text from Readability test-page sentences.
import { headlineEntityKeys } from '../../../lib/extract/entities';
import type { AnalyzedArticle, Claim, DateMention, Entity, EntityType, Headline } from '../../../lib/types';
import type { IncomingHeadline } from '../../../lib/store/headlines';
import type { Pools } from './corpus';

const DAY = 86_400_000;
/** Each pass over the corpus rows is placed this many days after the previous one (~a year at 100k). */
const CYCLE_DAYS = 23;
const T0 = Date.UTC(2024, 0, 1);

/** Deterministic per-index randomness (mulberry32), so two runs make the same base. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const TYPES: Record<string, EntityType> = { per: 'PER', org: 'ORG', loc: 'LOC', misc: 'MISC' };

function entityOf(key: string, mentions: Entity['mentions']): Entity {
  const [prefix = 'misc', ...rest] = key.split(':');
  const name = rest.join(':').replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return { key, type: TYPES[prefix] ?? 'MISC', name, aliases: [name], mentions };
}

export class NewsGenerator {
  private readonly titleKeys: string[][];
  /** Entity keys of the whole corpus, most frequent first. */
  private readonly vocabulary: string[];
  private readonly minTime: number;

  constructor(private readonly pools: Pools) {
    this.titleKeys = pools.rows.map((r) => headlineEntityKeys(r.title));
    const freq = new Map<string, number>();
    for (const keys of this.titleKeys) for (const k of keys) freq.set(k, (freq.get(k) ?? 0) + 1);
    this.vocabulary = [...freq].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    this.minTime = Math.min(...pools.rows.map((r) => r.time));
  }

  /** Time, title and outlet of the i-th item of a stream (articles and feed items use different seeds). */
  private base(i: number, seed: number) {
    const rows = this.pools.rows;
    const row = rows[i % rows.length]!;
    const cycle = Math.floor(i / rows.length);
    const rand = random(i * 7 + seed);
    const outlet = rows[Math.floor(rand() * rows.length)]!;
    const storyDay = (hash(row.story) % 20) * DAY;
    const time = T0 + cycle * CYCLE_DAYS * DAY + storyDay + (row.time - this.minTime) + rand() * 6 * 3_600_000;
    return { row, cycle, rand, outlet, time, keys: this.titleKeys[i % rows.length]! };
  }

  private zipfKey(rand: () => number): string {
    const v = this.vocabulary.length;
    return this.vocabulary[Math.min(v - 1, Math.floor(Math.exp(rand() * Math.log(v + 1))) - 1)]!;
  }

  article(i: number): AnalyzedArticle {
    const { row, cycle, rand, outlet, time, keys } = this.base(i, 1);
    const sentences: string[] = [];
    for (let n = 12 + Math.floor(rand() * 14); n > 0; n--)
      sentences.push(this.pools.sentences[Math.floor(rand() * this.pools.sentences.length)]!);
    const text = sentences.join(' ');
    const mention = (name: string) => {
      const start = Math.floor(rand() * Math.max(1, text.length - name.length));
      return { start, end: start + name.length, text: name };
    };
    const drawn = new Set(keys);
    for (let n = 6 + Math.floor(rand() * 8); n > 0; n--) drawn.add(this.zipfKey(rand));
    const entities = [...drawn].map((key, k) => {
      const e = entityOf(key, []);
      const count = k < keys.length ? 3 + Math.floor(rand() * 4) : 1 + Math.floor(rand() * 3);
      e.mentions = Array.from({ length: count }, () => mention(e.name));
      return e;
    });
    const claims: Claim[] = sentences.slice(0, 2).map((s, k) => {
      const start = sentences.slice(0, k).reduce((sum, x) => sum + x.length + 1, 0);
      return {
        kind: 'reported',
        content: { start, end: start + s.length, text: s },
        speaker: entities[0] ? { ...mention(entities[0].name) } : null,
        cue: null,
        sentence: { start, end: start + s.length },
      };
    });
    const dates: DateMention[] = [0, 1, 2].map((k) => {
      const d = new Date(time - k * 3 * DAY).toISOString().slice(0, 10);
      const s = sentences[k + 2] ?? text.slice(0, 80);
      return { start: 0, end: 10, text: d, value: d, day: d, sentence: { start: 0, end: s.length, text: s } };
    });
    const url = `https://${outlet.host}/${cycle}/${i}/${row.title.toLowerCase().replace(/\W+/g, '-').slice(0, 60)}`;
    const headlines: Headline[] = [0, 1].map(() => {
      const other = Math.floor(rand() * this.pools.rows.length);
      return {
        title: this.pools.rows[other]!.title,
        url: `https://${outlet.host}/${cycle}/more/${other}`,
        timeText: null,
        time: null,
        foundOn: url,
      };
    });
    return {
      url,
      canonicalUrl: url,
      isArticle: true,
      signals: ['jsonld:NewsArticle'],
      title: row.title,
      authors: ['Staff writer'],
      publisher: outlet.publisher,
      publishedTime: new Date(time).toISOString(),
      modifiedTime: null,
      section: 'news',
      lang: 'en',
      image: null,
      excerpt: sentences[0] ?? null,
      text,
      wordCount: text.split(/\s+/).length,
      entities,
      claims,
      citedSources: [],
      dates,
      headlines,
      analyzedAt: new Date(time + 3_600_000).toISOString(),
    };
  }

  /** The corpus story of the i-th article: what its related coverage should be about. */
  articleStory(i: number): string {
    return this.pools.rows[i % this.pools.rows.length]!.story;
  }

  /**
   * The corpus story of a generated article, harvested headline or feed item, from its URL (see `article`
   * and `feedItem`); undefined for a URL not made here.
   */
  storyOfUrl(url: string): string | undefined {
    const rows = this.pools.rows;
    const index =
      /\/feed\/\d+\/(\d+)$/.exec(url)?.[1] ??
      /\/\d+\/more\/(\d+)$/.exec(url)?.[1] ??
      /^https:\/\/[^/]+\/\d+\/(\d+)\//.exec(url)?.[1];
    return index === undefined ? undefined : rows[Number(index) % rows.length]?.story;
  }

  /** The id the store gives the i-th article (its canonical URL). */
  articleUrl(i: number): string {
    return this.article(i).url;
  }

  feedItem(j: number): IncomingHeadline {
    const { row, cycle, outlet, time } = this.base(j, 2);
    return {
      title: row.title,
      url: `https://${outlet.host}/feed/${cycle}/${j}`,
      timeText: null,
      time: new Date(time).toISOString(),
      foundOn: `https://${outlet.host}/rss.xml`,
      feedUrl: `https://${outlet.host}/rss.xml`,
    };
  }
}
