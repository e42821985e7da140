import { articleId } from './ids';
import { domainOf, urlKey } from '../url';
import type { Db } from './db';
import type { StoreNames } from 'idb';
import type { BackstoryDB, EntityRecord, PostedItem } from './schema';
import type { AnalyzedArticle, Entity, StoredAnalysis, StoredArticle } from '../types';
import { HEADLINE_STORES, newHeadlines, placeHeadlines } from './headlines';
import { articleItem, postedItem, StoryPlacer, type StoryTx } from './stories';
import { atomically, Queued } from './open';
import { itemRef, postedRef } from './postings';
import { TxTermCounts } from './term-counts';

/** How many of an article's entities are indexed: enough to find its story, few enough to keep the index lean. */
export const MAX_INDEXED_ENTITIES = 24;
/** Spellings kept per entity record. */
const MAX_ALIASES = 20;
/** An article's save: its own stores, and those of the headlines harvested with it. */
const SAVE_STORES: StoreNames<BackstoryDB>[] = [
  'articles',
  'analyses',
  'entities',
  'articleEvents',
  ...HEADLINE_STORES,
];

export interface SaveResult {
  article: StoredArticle;
  isNew: boolean;
}

/**
 * Store one analysed page and everything derived from it in a single transaction: the article, its
 * analysis (with its claims), entity records, dated events and harvested headlines. A worker stopped mid-way leaves
 * either all of it or none of it.
 */
export async function saveAnalyzedArticle(db: Db, analyzed: AnalyzedArticle, now = new Date()): Promise<SaveResult> {
  const [result] = await saveAnalyzedArticles(db, [{ analyzed, now }]);
  return result!;
}

export interface ArticleToSave {
  analyzed: AnalyzedArticle;
  /** When it was seen: its first-seen time if new, and its harvested headlines' seen time. */
  now: Date;
}

/**
 * Store several analysed pages in one transaction, in order, each as `saveAnalyzedArticle` would (a page
 * saved twice in the batch is updated by its second copy): all of them or, when anything fails, none. One
 * commit and one set of first reads (term log, filter, item total) serve the batch, and the pages share
 * the windows and story records they read.
 */
export async function saveAnalyzedArticles(db: Db, batch: readonly ArticleToSave[]): Promise<SaveResult[]> {
  const tx = db.transaction(SAVE_STORES, 'readwrite');
  return atomically(tx, async () => {
    const df = new TxTermCounts(tx);
    const placer = new StoryPlacer(tx, df);
    const pending = new Queued();
    const results: SaveResult[] = [];
    for (const { analyzed, now } of batch)
      results.push(await putAnalyzedArticle(tx, df, placer, pending, analyzed, now));
    pending.add(...placer.flush(), ...df.flush());
    await pending.all();
    return results;
  });
}

/** One page's writes inside a save's transaction, queued on `pending`; stories and counts are flushed by the caller. */
async function putAnalyzedArticle(
  tx: StoryTx,
  df: TxTermCounts,
  placer: StoryPlacer,
  pending: Queued,
  analyzed: AnalyzedArticle,
  now: Date,
): Promise<SaveResult> {
  const id = articleId(analyzed.url, analyzed.canonicalUrl);
  // Every first read at once: the article as stored, the item total, which harvested headlines are new.
  const [previous, headlines] = await Promise.all([
    tx.objectStore('articles').get(id),
    newHeadlines(tx, analyzed.headlines, now.toISOString(), new Set([id])),
    df.begin(),
  ]);
  const entities = rankEntities(analyzed.entities);
  const article: StoredArticle = {
    id,
    ref: itemRef('article', id),
    url: urlKey(analyzed.url) ?? analyzed.url,
    domain: domainOf(analyzed.url),
    isArticle: analyzed.isArticle,
    wordCount: analyzed.wordCount,
    title: analyzed.title,
    authors: analyzed.authors,
    publisher: analyzed.publisher,
    publishedTime: analyzed.publishedTime,
    modifiedTime: analyzed.modifiedTime,
    section: analyzed.section,
    lang: analyzed.lang,
    canonicalUrl: analyzed.canonicalUrl,
    image: analyzed.image,
    excerpt: analyzed.excerpt,
    entityKeys: entities.slice(0, MAX_INDEXED_ENTITIES).map((e) => e.key),
    storyId: previous?.storyId ?? null,
    analyzedAt: analyzed.analyzedAt,
    firstSeen: previous?.firstSeen ?? now.toISOString(),
  };
  const analysis: StoredAnalysis = {
    id,
    text: analyzed.text,
    entities,
    claims: analyzed.claims,
    citedSources: analyzed.citedSources,
    dates: analyzed.dates,
  };

  // The article first, then its harvested headlines, as one batch of reads.
  const lead = article.storyId ? [] : [articleItem(article, analyzed.text)];
  const [storyId] = await placeHeadlines(tx, placer, headlines.stored, lead);
  article.storyId ??= storyId ?? null;
  // An article placed before keeps its posting; what related coverage shows of it is kept up to date there.
  if (previous?.storyId) pending.add(refreshPostedItem(tx, previous, article));
  pending.add(tx.objectStore('articles').put(article));
  pending.add(tx.objectStore('analyses').put(analysis));

  // Entity records name the keys (stories page, filters): written when new or when a spelling is new.
  const entityStore = tx.objectStore('entities');
  const indexed = entities.slice(0, MAX_INDEXED_ENTITIES);
  const known = await df.entityRecords(indexed.map((e) => e.key));
  for (const e of indexed) {
    const existing = known.get(e.key) ?? null;
    const merged = mergeEntity(existing, e);
    if (merged === existing) continue;
    df.setEntity(merged);
    pending.add(entityStore.put(merged));
  }

  // Its dated events, one record (a second save replaces them; claims live in the analysis).
  const events = analyzed.dates
    .filter((d) => d.day)
    .map((d) => ({ day: d.day!, value: d.value, text: d.text, sentence: d.sentence.text }));
  const eventStore = tx.objectStore('articleEvents');
  if (events.length) pending.add(eventStore.put({ articleId: id, events }));
  else if (previous) pending.add(eventStore.delete(id));
  return { article, isNew: !previous };
}

/**
 * Rewrite what the posting of an article saved again keeps of it (title, address, publisher, time) when that
 * changed, keeping the keys it was posted under; a posting written before it kept that gains it.
 */
async function refreshPostedItem(tx: StoryTx, previous: StoredArticle, article: StoredArticle): Promise<void> {
  const item = postedItem(articleItem(article));
  const store = tx.objectStore('itemPostings');
  const posting = await store.get([previous.storyId!, postedRef('article', previous)]);
  if (!posting || (posting.item && samePostedItem(posting.item, item))) return;
  await store.put({ ...posting, item });
}

function samePostedItem(a: PostedItem, b: PostedItem): boolean {
  return (Object.keys(a) as Array<keyof PostedItem>).every((k) => a[k] === b[k]);
}

/** Entities by how central they are to the text: mention count, then first mention. */
function rankEntities(entities: readonly Entity[]): Entity[] {
  return [...entities].sort(
    (a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
}

/** The entity's record with this article's name and spellings: `existing` itself when nothing is new. */
function mergeEntity(existing: EntityRecord | null, e: Entity): EntityRecord {
  if (!existing) return { key: e.key, type: e.type, name: e.name, aliases: e.aliases.slice(0, MAX_ALIASES) };
  const aliases = [...new Set([...existing.aliases, ...e.aliases])].slice(0, MAX_ALIASES);
  const name = e.name.length > existing.name.length ? e.name : existing.name;
  if (name === existing.name && aliases.length === existing.aliases.length) return existing;
  return { ...existing, name, aliases };
}

export async function getArticle(
  db: Db,
  id: string,
): Promise<{ article: StoredArticle; analysis: StoredAnalysis } | null> {
  const tx = db.transaction(['articles', 'analyses']);
  const [article, analysis] = await Promise.all([
    tx.objectStore('articles').get(id),
    tx.objectStore('analyses').get(id),
  ]);
  await tx.done;
  return article && analysis ? { article, analysis } : null;
}

export function countByDomain(db: Db, domain: string): Promise<number> {
  return db.countFromIndex('articles', 'by-domain', domain);
}
