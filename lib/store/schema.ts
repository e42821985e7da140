import type { DBSchema } from 'idb';
import type { EntityType, Story, StoredAnalysis, StoredArticle, StoredHeadline } from '../types';
import type { StorySignature } from '../stories/cluster';

export const DB_NAME = 'backstory';
export const DB_VERSION = 7;

export interface EntityRecord {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

/** A dated event of an article: the day named, its TimeML value, the words and the sentence. */
export interface DayEvent {
  day: string;
  value: string;
  text: string;
  sentence: string;
}

/** An article's dated events (v5: one record per article; they were one record each). */
export interface ArticleEventsRecord {
  articleId: string;
  events: DayEvent[];
}

/**
 * A story as stored: what the popup shows plus what grouping compares new items against. Rewritten each time
 * an item joins, so its size stays bounded (v6): members are found through the `by-story` indexes of
 * `articles` and `headlines`, not listed here (a large story's lists were a hundred KB written per item).
 */
export interface StoryRecord extends Story {
  signature: StorySignature;
  /**
   * Entity key → number of members mentioning it, to keep `entityKeys` the story's main entities: the most
   * counted `MAX_ENTITY_COUNTS` at most (lib/store/stories.ts).
   */
  entityCounts: Record<string, number>;
}

/**
 * How many stored items (articles and headlines) contain a term, as of the last compaction of the term log:
 * idf for story grouping. The committed count is this plus the term's changes in `termLog`.
 */
export interface TermRecord {
  term: string;
  count: number;
}

/**
 * One transaction's changes to the term counts (schema v4): term → items counted. Saving an article adds
 * one record instead of rewriting seventy term records; every 1,024 transactions the log is folded
 * into `terms` and cleared (lib/store/term-counts.ts).
 */
export interface TermLogRecord {
  id?: number;
  counts: Record<string, number>;
}

/**
 * An item's look-up postings (schema v4): the [key, time] pairs it is posted under, in one record whose
 * multi-entry index `by-key` is the look-up table (lib/store/postings.ts). The primary key [story, ref]
 * is what a look-up reads: grouping wants the story, related coverage the item (v7 on, both short).
 */
export interface PostingRecord {
  story: string;
  ref: string;
  keys: Array<[key: string, time: string]>;
  /**
   * What related coverage shows of the item, read with the posting instead of one record read per item
   * (lib/stories/related.ts). Absent on postings written before it was kept: those items are read.
   */
  item?: PostedItem;
}

/** An item as related coverage lists it, kept in its posting. */
export interface PostedItem {
  id: string;
  url: string;
  title: string;
  domain: string;
  publisher: string | null;
  /** An article's publication time (else when it was analysed); a headline's time (else when first seen). */
  time: string | null;
}

/** A feed the reader follows, with its polling state. */
export interface FeedRecord {
  /** The feed's URL as subscribed: the primary key. */
  url: string;
  /** The feed's own title once read; the URL's host until then. */
  title: string;
  siteUrl: string | null;
  addedAt: string;
  /** Minutes between polls when all is well. */
  intervalMinutes: number;
  /** Conditional-request validators from the last 200 response. */
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  /** Why the last poll failed; null after a success. */
  lastError: string | null;
  /** Failures in a row, for backoff. */
  failures: number;
  nextPollAt: string;
}

export interface BackstoryDB extends DBSchema {
  articles: {
    key: string;
    value: StoredArticle;
    indexes: { 'by-domain': string; 'by-story': string; 'by-ref': string };
  };
  analyses: { key: string; value: StoredAnalysis };
  entities: { key: string; value: EntityRecord };
  articleEvents: { key: string; value: ArticleEventsRecord };
  headlines: {
    key: string;
    value: StoredHeadline;
    indexes: { 'by-story': string; 'by-seen': string; 'by-feed': string; 'by-ref': string };
  };
  feeds: { key: string; value: FeedRecord; indexes: { 'by-next-poll': string } };
  stories: { key: string; value: StoryRecord; indexes: { 'by-entity': string; 'by-last': string } };
  // Store at scale (v4): one record per posted item, looked up by [key, time] through its multi-entry index.
  itemPostings: { key: [story: string, ref: string]; value: PostingRecord; indexes: { 'by-key': [string, string] } };
  terms: { key: string; value: TermRecord };
  termLog: { key: number; value: TermLogRecord };
  /** One record, 'terms': the Bloom filter of the terms with a `terms` record (lib/store/term-filter.ts). */
  termFilter: { key: string; value: Uint8Array };
  meta: { key: string; value: { key: string; value: number } };
}
