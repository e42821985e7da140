import type { Db } from './db';
import type { StoryRecord } from './schema';

/** A story as the Stories page lists it. */
export interface StorySummary {
  id: string;
  /** A representative headline: the first article's title, else the first headline's. */
  label: string;
  /** Its main entities, most mentioned first, as key and display name. */
  entities: Array<{ key: string; name: string }>;
  /** Outlets (domains) covering it. */
  outlets: string[];
  firstTime: string;
  lastTime: string;
  articleCount: number;
  headlineCount: number;
}

export interface CoverageItem {
  kind: 'article' | 'headline';
  id: string;
  url: string;
  title: string;
  outlet: string;
  publisher: string | null;
  time: string | null;
}

export interface StoryEvent {
  day: string;
  text: string;
  sentence: string;
  articleId: string;
  articleTitle: string;
}

export interface StoryDetail {
  story: StorySummary;
  /** Every member, oldest first: how the story was covered over time. */
  coverage: CoverageItem[];
  /** Dated events the member articles mention, by the day they name. */
  events: StoryEvent[];
}

export interface StoryFilter {
  /** Only stories with this main entity key ("loc:iraq"). */
  entity?: string;
  /** Only stories covered by this outlet (domain). */
  outlet?: string;
  /** Only stories with at least this many members (1 lists lone headlines too). */
  minSize?: number;
  limit?: number;
}

/** Stories read at most to fill one filtered page: a filter never turns into a scan of the whole store. */
const SCAN_LIMIT = 5_000;
const MAX_EVENTS = 60;
/** Members a story's page lists at most, of each kind (a story that size is a topic, not an event). */
const MAX_COVERAGE = 2_000;

/**
 * Recent stories, most recently active first, from the `by-last` index (or `by-entity` when filtering by
 * entity), reading only as many records as the page needs (or `SCAN_LIMIT`).
 */
export async function listStories(db: Db, filter: StoryFilter = {}): Promise<StorySummary[]> {
  const limit = filter.limit ?? 50;
  const minSize = filter.minSize ?? 2;
  const tx = db.transaction(['stories', 'entities']);
  const index = filter.entity
    ? tx.objectStore('stories').index('by-entity')
    : tx.objectStore('stories').index('by-last');
  const picked: StoryRecord[] = [];
  const fits = (s: StoryRecord) =>
    s.articleCount + s.headlineCount >= minSize && (!filter.outlet || s.domains.includes(filter.outlet));
  if (filter.entity) {
    // Entity postings come in key order: gather, then order by recency.
    const all = await index.getAll(filter.entity, SCAN_LIMIT);
    picked.push(
      ...all
        .filter(fits)
        .sort((a, b) => b.lastTime.localeCompare(a.lastTime))
        .slice(0, limit),
    );
  } else {
    let cursor = await index.openCursor(null, 'prev');
    for (let read = 0; cursor && picked.length < limit && read < SCAN_LIMIT; read++) {
      if (fits(cursor.value)) picked.push(cursor.value);
      cursor = await cursor.continue();
    }
  }
  const names = await entityNames(tx.objectStore('entities'), picked);
  await tx.done;
  return picked.map((s) => summarize(s, names));
}

/** One story with all its coverage and the events its articles date. */
export async function getStoryDetail(db: Db, id: string): Promise<StoryDetail | null> {
  const tx = db.transaction(['stories', 'entities', 'articles', 'headlines', 'articleEvents']);
  const record = await tx.objectStore('stories').get(id);
  if (!record) {
    await tx.done;
    return null;
  }
  const [names, articles, headlines] = await Promise.all([
    entityNames(tx.objectStore('entities'), [record]),
    tx.objectStore('articles').index('by-story').getAll(id, MAX_COVERAGE),
    tx.objectStore('headlines').index('by-story').getAll(id, MAX_COVERAGE),
  ]);
  const events = await Promise.all(articles.map((a) => tx.objectStore('articleEvents').get(a.id)));
  await tx.done;
  const coverage: CoverageItem[] = [];
  const urls = new Set<string>();
  for (const a of articles) {
    urls.add(a.url);
    coverage.push({
      kind: 'article',
      id: a.id,
      url: a.url,
      title: a.title,
      outlet: a.domain,
      publisher: a.publisher,
      time: a.publishedTime ?? a.analyzedAt,
    });
  }
  for (const h of headlines) {
    // A headline for an article the reader opened is that article.
    if (urls.has(h.url)) continue;
    coverage.push({
      kind: 'headline',
      id: h.id,
      url: h.url,
      title: h.title,
      outlet: h.domain,
      publisher: null,
      time: h.time ?? h.seenAt,
    });
  }
  coverage.sort((a, b) => (a.time ?? '').localeCompare(b.time ?? ''));
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const seen = new Set<string>();
  const dated: StoryEvent[] = [];
  for (const e of events.flatMap((r) => (r ? r.events.map((d) => ({ ...d, articleId: r.articleId })) : []))) {
    const key = `${e.day}|${e.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    dated.push({
      day: e.day,
      text: e.text,
      sentence: e.sentence,
      articleId: e.articleId,
      articleTitle: titles.get(e.articleId) ?? e.articleId,
    });
  }
  dated.sort((a, b) => a.day.localeCompare(b.day));
  return { story: summarize(record, names), coverage, events: dated.slice(0, MAX_EVENTS) };
}

/** The `entities` object store of whichever transaction the caller holds. */
interface EntityStore {
  get(key: string): Promise<{ name: string } | undefined>;
}

async function entityNames(store: EntityStore, stories: readonly StoryRecord[]): Promise<Map<string, string>> {
  const keys = [...new Set(stories.flatMap((s) => s.entityKeys.slice(0, 4)))];
  const records = await Promise.all(keys.map((k) => store.get(k)));
  return new Map(keys.map((k, i) => [k, records[i]?.name ?? displayName(k)]));
}

/** "loc:united states" → "United States": for keys only headlines named, which have no entity record. */
function displayName(key: string): string {
  const name = key.slice(key.indexOf(':') + 1);
  return name.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function summarize(s: StoryRecord, names: Map<string, string>): StorySummary {
  return {
    id: s.id,
    label: s.label,
    entities: s.entityKeys.slice(0, 4).map((key) => ({ key, name: names.get(key) ?? displayName(key) })),
    outlets: s.domains,
    firstTime: s.firstTime,
    lastTime: s.lastTime,
    articleCount: s.articleCount,
    headlineCount: s.headlineCount,
  };
}
