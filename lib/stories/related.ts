import type { Db } from '../store/db';
import type { PostedItem, PostingRecord } from '../store/schema';
import type { RelatedItem, StoredArticle, TimelineEvent } from '../types';
import { titleVector, vectorSimilarity } from './similarity';
import { parseRef, postingRange, refsOf, RELATED_KEYS, type RefTarget } from '../store/postings';
import { articleItem, headlineItem, postedItem } from '../store/stories';

/**
 * "What else covers this story?" — answered from the postings (lib/store/postings.ts): those of the article's
 * story (its other articles and headlines, a primary-key range) and those of the articles and headlines
 * posted under the article's entity keys within a window around its time, each key weighted by how rare it
 * is in that window (the rows read: no count is read besides); then a small set, those sharing the story or
 * two names first, is scored on title overlap, distance in time and the story. A key so common in that window
 * that it says nothing about the story ("United States" in a US outlet's archive) is not expanded at all.
 * A posting keeps what is shown of its item, so a query is one read per key and one for the story, not one
 * more per item shown. Every read is a bounded range: the cost does not grow with the store.
 */
export interface RelatedOptions {
  limit?: number;
  /** Entity keys expanded at most, most central first. */
  maxKeys?: number;
  /**
   * A key posted more often than this within the window is too common to find a story by. Reading a key's
   * window costs what it holds up to this bound, and at 10k articles and 50k headlines 7 of the 9 keys an
   * article has went past it at 30: 213 of the 246 index rows a query read were thrown away. With the story's
   * articles shortlisted first, 10 found as much as 30 (22.5 items an article, 86% on its story) in 30% less
   * time (p50 8.3 ms against 12.2); and 4 as much as 10 at 50k articles and about 150k headlines (19.6 items,
   * 90% on the story) in 20% less (p50 8.3–9.0 ms against 10.5–11.4, p95 12.9–15.5 against 14.6–18.5).
   */
  maxPostings?: number;
  /**
   * Days either side of the article's time in which coverage is looked for: the grouping window (7); coverage
   * further away comes through the article's story. Wider windows (21) filled up at 10k articles: most keys went
   * past `maxPostings` and were not expanded (3.6 items found per article instead of 15).
   */
  windowDays?: number;
}

type Candidate = RefTarget & {
  entityScore: number;
  shared: number;
  /** The story its posting is in. */
  story: string;
  /** What its posting keeps of it; absent on a posting written before that was kept (the record is read). */
  shown?: PostedItem;
};

const DAY = 86_400_000;

export async function findRelated(
  db: Db,
  article: StoredArticle,
  options: RelatedOptions = {},
): Promise<RelatedItem[]> {
  const limit = options.limit ?? 30;
  const maxPostings = options.maxPostings ?? 4;
  const window = (options.windowDays ?? 7) * DAY;
  const keys = article.entityKeys.slice(0, options.maxKeys ?? RELATED_KEYS);
  const published = Date.parse(article.publishedTime ?? article.analyzedAt);
  const at = Number.isNaN(published) ? Date.now() : published;
  // Items with evidence enough to be shown whatever their title are shortlisted first: the story's articles and
  // those sharing two names. Ranked by entities alone, items sharing one name filled the shortlist and were
  // then dropped as weak, crowding out the story (9.5 on-story items per article instead of 19 at 10k articles).
  const shortlistSize = Math.ceil(limit * 1.34);
  const tx = db.transaction(['articles', 'headlines', 'itemPostings']);
  const articles = tx.objectStore('articles');
  const headlines = tx.objectStore('headlines');
  const postingStore = tx.objectStore('itemPostings');
  const postingIndex = postingStore.index('by-key');
  // An article's own posting has one of its two names (its short ref, or an id posted before schema v7).
  const own = new Set(refsOf('article', article.id));
  // The postings of the story's articles are read beside the keys': those named by short ref, and by id.
  const story = article.storyId;
  const storyPostings = story
    ? Promise.all(storyArticleRanges(story).map((range) => postingStore.getAll(range, shortlistSize + 1)))
    : null;
  const postings = await Promise.all(
    keys.map(async (key) => {
      const found = await postingIndex.getAll(postingRange(key, at - window, at + window), maxPostings + 1);
      return found.length > maxPostings ? null : found;
    }),
  );
  // Rarity within the window: a key shared with 2 items there says more than one shared with 150.
  const weights = postings.map((found) => (found ? Math.log(1 + (maxPostings + 1) / Math.max(1, found.length)) : 0));

  const candidates = new Map<string, Candidate>();
  const candidate = (p: PostingRecord): Candidate | null => {
    if (own.has(p.ref)) return null;
    let c = candidates.get(p.ref);
    if (!c)
      candidates.set(p.ref, (c = { ...parseRef(p.ref), entityScore: 0, shared: 0, story: p.story, shown: p.item }));
    return c;
  };
  postings.forEach((found, i) => {
    for (const p of found ?? []) {
      const c = candidate(p);
      if (!c) continue;
      c.entityScore += weights[i]!;
      c.shared += 1;
    }
  });
  for (const p of (await storyPostings)?.flat() ?? []) candidate(p);

  // A headline grouped into the story is not evidence enough by itself: grouping a title alone errs more often.
  const inStory = (c: Candidate) => c.kind === 'article' && story !== null && c.story === story;
  const strong = (c: Candidate) => Number(inStory(c) || c.shared >= 2);
  const shortlist = [...candidates.values()]
    .sort((a, b) => strong(b) - strong(a) || b.entityScore - a.entityScore)
    .slice(0, shortlistSize);
  // An item whose posting keeps what is shown needs no read; one posted before that is read (a legacy ref names
  // it by id: a primary key, the cheaper read) and shown as its posting would have kept it.
  const shown = await Promise.all(
    shortlist.map(async (c): Promise<PostedItem | undefined> => {
      if (c.shown) return c.shown;
      if (c.kind === 'article') {
        const a = await (c.ref === undefined ? articles.get(c.id) : articles.index('by-ref').get(c.ref));
        return a && postedItem(articleItem(a));
      }
      const h = await (c.ref === undefined ? headlines.get(c.id) : headlines.index('by-ref').get(c.ref));
      return h && postedItem(headlineItem(h));
    }),
  );
  await tx.done;

  const maxEntity = weights.reduce((sum, w) => sum + w, 0) || 1;
  const when = Date.parse(article.publishedTime ?? article.analyzedAt);
  // The article's title is compared with every shortlisted one: its vector once (analysing a title is most of
  // the scoring's cost).
  const ownTitle = titleVector(article.title);
  const items: RelatedItem[] = [];
  shortlist.forEach((c, i) => {
    const item = shown[i];
    if (!item || item.id === article.id) return;
    const overlap = vectorSimilarity(ownTitle, titleVector(item.title));
    const sameStory = inStory(c);
    const entityPart = c.entityScore / maxEntity;
    // Sharing one rare name is weak evidence; two entities, a similar title or the same story is not.
    if (!sameStory && c.shared < 2 && overlap < 0.2) return;
    const gapDays = Number.isNaN(when) || !item.time ? 30 : Math.abs(Date.parse(item.time) - when) / DAY;
    const timePart = Number.isNaN(gapDays) ? 0 : Math.exp(-gapDays / 7);
    const score = entityPart + 0.8 * overlap + 0.3 * timePart + (sameStory ? 0.5 : 0);
    items.push({
      kind: c.kind,
      id: item.id,
      url: item.url,
      title: item.title,
      publisher: item.publisher,
      domain: item.domain,
      time: item.time,
      score: Math.round(score * 1000) / 1000,
      sameOutlet: item.domain === article.domain,
    });
  });
  return dedupeByUrl(items)
    .sort((a, b) => Number(a.sameOutlet) - Number(b.sameOutlet) || b.score - a.score)
    .slice(0, limit);
}

/**
 * The postings of a story's articles, by primary key [story, ref]: refs "A…" (`itemRef`), and "a:…" for those
 * posted before schema v7 (`legacyRef`).
 */
function storyArticleRanges(story: string): IDBKeyRange[] {
  return [
    IDBKeyRange.bound([story, 'A'], [story, 'B'], false, true),
    IDBKeyRange.bound([story, 'a:'], [story, 'a;'], false, true),
  ];
}

/** A headline for an article already stored is the same item: keep the article. */
function dedupeByUrl(items: RelatedItem[]): RelatedItem[] {
  const byUrl = new Map<string, RelatedItem>();
  for (const item of items) {
    const prior = byUrl.get(item.url);
    if (!prior || (prior.kind === 'headline' && item.kind === 'article')) byUrl.set(item.url, item);
  }
  return [...byUrl.values()];
}

/**
 * Dated events of the article and of its related articles, in order of the day they name. The related
 * items carry the titles and publishers shown: only the events are read.
 */
export async function buildTimeline(
  db: Db,
  article: StoredArticle,
  related: readonly RelatedItem[],
  max = 40,
): Promise<TimelineEvent[]> {
  const sources = [
    { id: article.id, title: article.title, publisher: article.publisher },
    ...related.filter((r) => r.kind === 'article').slice(0, 10),
  ];
  const tx = db.transaction('articleEvents');
  const perArticle = await Promise.all(
    sources.map(async (source) => ({ source, events: (await tx.store.get(source.id))?.events ?? [] })),
  );
  await tx.done;
  const seen = new Set<string>();
  const out: TimelineEvent[] = [];
  for (const { source, events } of perArticle) {
    for (const e of events) {
      const dedupe = `${e.day}|${e.sentence}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      out.push({
        day: e.day,
        value: e.value,
        text: e.text,
        sentence: e.sentence,
        articleId: source.id,
        articleTitle: source.title,
        publisher: source.publisher,
        isCurrent: source.id === article.id,
      });
    }
  }
  return out.sort((a, b) => a.day.localeCompare(b.day) || Number(b.isCurrent) - Number(a.isCurrent)).slice(0, max);
}
