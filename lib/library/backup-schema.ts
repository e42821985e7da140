import * as v from 'valibot';

/**
 * The shape of a Backstory library file (the JSON export). An import file is untrusted input like a page:
 * every record is checked and every string bounded before anything is written.
 */
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nstr = (max: number) => v.nullable(str(max));
const iso = str(40);
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const tags = v.pipe(v.array(str(100)), v.maxLength(100));

export const SavedItemSchema = v.strictObject({
  id: str(4_000),
  url: str(4_000),
  title: str(2_000),
  authors: v.pipe(v.array(str(300)), v.maxLength(50)),
  publisher: nstr(300),
  publishedTime: nstr(40),
  language: nstr(20),
  excerpt: nstr(5_000),
  savedAt: iso,
  status: v.picklist(['unread', 'archived']),
  favourite: v.boolean(),
  tags,
  note: str(50_000),
  entityKeys: v.pipe(v.array(str(300)), v.maxLength(100)),
  storyId: nstr(300),
  source: v.picklist(['browser', 'pocket', 'instapaper', 'bookmarks', 'backstory']),
});

export const OfflineCopySchema = v.strictObject({
  id: str(4_000),
  url: str(4_000),
  html: str(2_000_000),
  text: str(400_000),
  capturedAt: iso,
});

export const AnnotationSchema = v.strictObject({
  id: str(200),
  articleId: str(4_000),
  url: str(4_000),
  title: str(2_000),
  quote: v.strictObject({
    type: v.literal('TextQuoteSelector'),
    exact: str(20_000),
    prefix: str(2_000),
    suffix: str(2_000),
  }),
  position: v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  note: str(50_000),
  tags,
  created: iso,
  updated: iso,
  // Where the last visit placed it; files written before anchoring was tracked say nothing, i.e. unchecked.
  anchor: v.optional(
    v.strictObject({ state: v.picklist(['unchecked', 'anchored', 'orphan']), checked: v.nullable(iso) }),
    { state: 'unchecked', checked: null },
  ),
});

export const MetaRecordSchema = v.strictObject({ key: str(200), value: v.unknown() });

export const LIBRARY_FILE_FORMAT = 'backstory-library';

export const LibraryFileSchema = v.strictObject({
  format: v.literal(LIBRARY_FILE_FORMAT),
  /** The library schema version the file was written from. */
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: iso,
  items: v.array(SavedItemSchema),
  copies: v.array(OfflineCopySchema),
  annotations: v.array(AnnotationSchema),
  meta: v.array(MetaRecordSchema),
});

export type LibraryFile = v.InferOutput<typeof LibraryFileSchema>;
