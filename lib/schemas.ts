import * as v from 'valibot';

/**
 * Runtime shapes of everything that crosses into the background. Page content is hostile: every string and
 * list is bounded so one crafted page cannot fill the store or stall the worker.
 */
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nstr = (max: number) => v.nullable(str(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const spanFields = { start: offset, end: offset };
const textSpan = v.object({ ...spanFields, text: str(20_000) });

export const EntitySchema = v.object({
  key: str(300),
  type: v.picklist(['PER', 'ORG', 'LOC', 'MISC']),
  name: str(300),
  aliases: v.pipe(v.array(str(300)), v.maxLength(50)),
  mentions: v.pipe(v.array(v.object({ ...spanFields, text: str(300) })), v.maxLength(2_000)),
});

export const ClaimSchema = v.object({
  kind: v.picklist(['quote', 'reported', 'numeric']),
  content: textSpan,
  speaker: v.nullable(textSpan),
  cue: v.nullable(textSpan),
  sentence: v.object(spanFields),
});

export const CitedSourceSchema = v.object({ ...spanFields, name: str(300), cue: str(100) });

export const DateMentionSchema = v.object({
  ...spanFields,
  text: str(300),
  value: str(40),
  day: nstr(10),
  sentence: textSpan,
});

export const HeadlineSchema = v.object({
  title: str(500),
  url: str(4_000),
  timeText: nstr(100),
  time: nstr(40),
  foundOn: str(4_000),
});

export const AnalyzedArticleSchema = v.object({
  url: str(4_000),
  isArticle: v.boolean(),
  signals: v.pipe(v.array(str(200)), v.maxLength(20)),
  title: str(2_000),
  authors: v.pipe(v.array(str(300)), v.maxLength(50)),
  publisher: nstr(300),
  publishedTime: nstr(40),
  modifiedTime: nstr(40),
  section: nstr(300),
  lang: nstr(20),
  canonicalUrl: nstr(4_000),
  image: nstr(4_000),
  excerpt: nstr(5_000),
  text: str(400_000),
  wordCount: offset,
  entities: v.pipe(v.array(EntitySchema), v.maxLength(2_000)),
  claims: v.pipe(v.array(ClaimSchema), v.maxLength(2_000)),
  citedSources: v.pipe(v.array(CitedSourceSchema), v.maxLength(500)),
  dates: v.pipe(v.array(DateMentionSchema), v.maxLength(2_000)),
  headlines: v.pipe(v.array(HeadlineSchema), v.maxLength(200)),
  analyzedAt: str(40),
});

export const TabIdSchema = v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });

export const DetectedSchema = v.object({
  url: str(4_000),
  isArticle: v.boolean(),
  signals: v.pipe(v.array(str(200)), v.maxLength(20)),
  // Feeds: the feeds the page advertises, for "Follow this outlet".
  feeds: v.optional(v.pipe(v.array(v.object({ url: str(4_000), title: nstr(200) })), v.maxLength(10))),
});

// Feeds, stories and settings: what the options and Stories pages send.
export const FeedUrlSchema = v.object({ url: v.pipe(str(4_000), v.url()) });
/** Minutes between polls of a feed: at least 5 (browsers' alarms and sites' patience), at most a day. */
const IntervalSchema = v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(24 * 60));
export const SubscribeSchema = v.object({
  url: v.pipe(str(4_000), v.url()),
  intervalMinutes: v.optional(IntervalSchema),
});
export const FeedIntervalSchema = v.object({ url: v.pipe(str(4_000), v.url()), intervalMinutes: IntervalSchema });
export const CheckFeedsSchema = v.object({ url: v.optional(v.pipe(str(4_000), v.url())) });
export const StoryFilterSchema = v.object({
  entity: v.optional(str(300)),
  outlet: v.optional(str(300)),
  minSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
});
export const StoryIdSchema = v.object({ id: str(4_100) });
export const EmptySchema = v.object({});
// Reading list: what the capture script returns when the reader saves a page (executeScript's result).
export const CapturedPageSchema = v.object({
  url: str(4_000),
  canonicalUrl: nstr(4_000),
  title: str(2_000),
  authors: v.pipe(v.array(str(300)), v.maxLength(50)),
  publisher: nstr(300),
  publishedTime: nstr(40),
  lang: nstr(20),
  excerpt: nstr(5_000),
  html: str(1_000_000),
  text: str(200_000),
});

// Annotations: W3C selectors and the highlight messages (see lib/anchoring).
const selectorText = str(10_000);
export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(selectorText, v.minLength(1)),
  prefix: str(200),
  suffix: str(200),
});
export const TextPositionSelectorSchema = v.object({ type: v.literal('TextPositionSelector'), ...spanFields });
const annotationId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const tagList = v.pipe(v.array(str(200)), v.maxLength(50));
export const AnnotationCreateSchema = v.object({
  url: str(4_000),
  title: str(2_000),
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
});
export const AnnotationChangeSchema = v.object({ id: annotationId, note: str(20_000), tags: tagList });
export const AnnotationIdSchema = v.object({ id: annotationId });
export const AnchoringReportSchema = v.object({
  url: str(4_000),
  anchored: v.pipe(v.array(annotationId), v.maxLength(5_000)),
  orphaned: v.pipe(v.array(annotationId), v.maxLength(5_000)),
});
export const PageUrlSchema = v.object({ url: str(4_000) });
