/**
 * The product's data model: plain, structured-clone-safe objects only, because every value here crosses
 * a context boundary (content script → background → IndexedDB → popup) or is written by the CLI as JSON.
 * Offsets (`start`, `end`) are JavaScript string indexes into the article's main `text`, end exclusive.
 */

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Span {
  start: number;
  end: number;
}

export interface EntityMention extends Span {
  /** The surface form as it appears in the text. */
  text: string;
}

export interface Entity {
  /** Normalised merge key shared by all spellings: "US", "U.S." and "United States" → "loc:united states". */
  key: string;
  type: EntityType;
  /** Best display name for the merged entity. */
  name: string;
  /** Distinct surface forms seen, display name first. */
  aliases: string[];
  mentions: EntityMention[];
}

export type ClaimKind = 'quote' | 'reported' | 'numeric';

export interface Claim {
  kind: ClaimKind;
  /** The attributed content (for numeric claims, the sentence carrying the figure). */
  content: Span & { text: string };
  speaker: (Span & { text: string }) | null;
  /** The attribution verb or phrase ("said", "announced", "according to"). */
  cue: (Span & { text: string }) | null;
  /** The sentence the claim was found in. */
  sentence: Span;
}

/** An outlet a claim or fact was attributed to, e.g. "confirmed to The National". */
export interface CitedSource extends Span {
  name: string;
  /** The phrase that cites it ("told", "confirmed to", "according to"). */
  cue: string;
}

export interface DateMention extends Span {
  text: string;
  /**
   * TimeML-style normalised value: "2013-03-19", "2013-03", "2013", "2013-W12", "2013-Q1", "2013-SU",
   * "PRESENT_REF", "PAST_REF", "FUTURE_REF", or a duration such as "P2Y".
   */
  value: string;
  /** For values that name a day or a range of days: the ISO day the event is placed on (range start). */
  day: string | null;
  /** The sentence the expression dates. */
  sentence: Span & { text: string };
}

export interface Headline {
  title: string;
  url: string;
  /** Visible time text next to the link, as shown ("21:09", "20.11.24"), when any. */
  timeText: string | null;
  /** ISO time resolved from `timeText` against the page date, when it could be. */
  time: string | null;
  /** The page the headline was harvested from. */
  foundOn: string;
}

export interface ArticleMetadata {
  title: string;
  authors: string[];
  publisher: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  section: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  image: string | null;
  excerpt: string | null;
}

export interface DetectionResult {
  isArticle: boolean;
  /** Which signals fired: "jsonld:NewsArticle", "og:article", "article:published_time", "readerable", "url". */
  signals: string[];
}

export interface AnalyzedArticle extends ArticleMetadata {
  url: string;
  isArticle: boolean;
  signals: string[];
  text: string;
  wordCount: number;
  entities: Entity[];
  claims: Claim[];
  citedSources: CitedSource[];
  dates: DateMention[];
  headlines: Headline[];
  /** When the content script analysed the page (ISO). */
  analyzedAt: string;
}

/** A stored article: the light record the store indexes. Heavy parts (text, mentions) live in `StoredAnalysis`. */
export interface StoredArticle extends ArticleMetadata {
  /** Canonical URL when known, else the URL without fragment: the primary key. */
  id: string;
  /** Its name in the postings and the `by-ref` index (`itemRef`; schema v7 on, absent before). */
  ref?: string;
  url: string;
  domain: string;
  isArticle: boolean;
  wordCount: number;
  /** Normalised keys of the article's main entities, for the multi-entry index. */
  entityKeys: string[];
  storyId: string | null;
  analyzedAt: string;
  /** First time this article was stored (ISO). */
  firstSeen: string;
}

/** The heavy half of an article, read only when one article is shown. */
export interface StoredAnalysis {
  id: string;
  text: string;
  entities: Entity[];
  claims: Claim[];
  citedSources: CitedSource[];
  dates: DateMention[];
}

export interface StoredHeadline extends Headline {
  /** Normalised URL: the primary key. */
  id: string;
  /** Its name in the postings and the `by-ref` index (`itemRef`; schema v7 on, absent before). */
  ref?: string;
  domain: string;
  /** Entity-like keys guessed from the title, for the multi-entry index. */
  entityKeys: string[];
  storyId: string | null;
  /** When first seen (ISO). */
  seenAt: string;
  /** The subscribed feed it came from; absent for headlines harvested from pages. */
  feedUrl?: string;
}

export interface TimelineEvent {
  day: string;
  value: string;
  text: string;
  sentence: string;
  articleId: string;
  articleTitle: string;
  publisher: string | null;
  isCurrent: boolean;
}

export interface Story {
  id: string;
  label: string;
  /** The most frequent entity keys of its members. */
  entityKeys: string[];
  /** Members: the articles and headlines grouped into it (listed by the stores' `by-story` indexes). */
  articleCount: number;
  headlineCount: number;
  domains: string[];
  firstTime: string;
  lastTime: string;
}

export interface RelatedItem {
  kind: 'article' | 'headline';
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  domain: string;
  time: string | null;
  score: number;
  sameOutlet: boolean;
}

/* ---- The library: what the reader keeps (reading list, annotations). Lives in its own database. ---- */

export type ReadingStatus = 'unread' | 'archived';

/** Where a saved item came from: the browser, or an import. */
export type SavedSource = 'browser' | 'pocket' | 'instapaper' | 'bookmarks' | 'backstory';

/** An article on the reading list. */
export interface SavedItem {
  /** The article's id (`articleId`): the same key the news base uses, so the two can be joined. */
  id: string;
  url: string;
  title: string;
  authors: string[];
  publisher: string | null;
  publishedTime: string | null;
  language: string | null;
  excerpt: string | null;
  /** When it was saved (ISO). */
  savedAt: string;
  status: ReadingStatus;
  favourite: boolean;
  tags: string[];
  note: string;
  /** Main entities and story at save time, copied so the library stands on its own. */
  entityKeys: string[];
  storyId: string | null;
  source: SavedSource;
}

/** The text of an article as it was when saved or first annotated: the offline copy, and the base for "it changed". */
export interface OfflineCopy {
  /** The article's id. */
  id: string;
  url: string;
  /** Readability's HTML, sanitized with DOMPurify before it was stored. Never shown unsanitized. */
  html: string;
  /** Plain main text, paragraphs separated by blank lines. */
  text: string;
  capturedAt: string;
}

/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A highlight on an article, with an optional note and tags. */
export interface Annotation {
  id: string;
  /** The article's id (`articleId`). */
  articleId: string;
  url: string;
  title: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  note: string;
  tags: string[];
  created: string;
  updated: string;
  /** Annotations: where the last visit could place it. An orphan's text was not found; it is kept, never dropped. */
  anchor: AnchorStatus;
}

/** Annotations: the outcome of re-anchoring on the last visit ('unchecked' until the page is visited again). */
export interface AnchorStatus {
  state: 'unchecked' | 'anchored' | 'orphan';
  checked: string | null;
}
