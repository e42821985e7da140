import * as v from 'valibot';
import { AnalyzedArticleSchema, DetectedSchema, TabIdSchema } from './schemas';
import type { TabView } from './view';
// Feeds, stories and settings.
import {
  CheckFeedsSchema,
  EmptySchema,
  FeedIntervalSchema,
  FeedUrlSchema,
  StoryFilterSchema,
  StoryIdSchema,
  SubscribeSchema,
} from './schemas';
import { SettingsPatchSchema, type Settings } from './settings';
import type { FeedRow } from './store/feeds';
import type { StoryDetail, StorySummary } from './store/story-list';
import type { AdvertisedFeed } from './extract/feed-links';
import type { ReadingStatus } from './library/status';
import type { SavedItem } from './types';
// Annotations
import {
  AnchoringReportSchema,
  AnnotationChangeSchema,
  AnnotationCreateSchema,
  AnnotationIdSchema,
  PageUrlSchema,
} from './schemas';
import type { Annotation } from './types';
import type { AnnotationLibrary } from './annotations/library';
import type { DiscoveredFeed } from './feeds/discover';

/**
 * The one message protocol between Backstory's contexts. Every message name, its payload schema, who may
 * send it and its reply type live here; nothing else in the code names a message with a string literal.
 *
 * - `page`: content scripts (the detector and the lazily injected extractor) in web pages — untrusted.
 * - `extension`: the extension's own pages (popup, options) — privileged.
 */
export const protocol = {
  'page:detected': { from: 'page', payload: DetectedSchema },
  'page:analyzed': { from: 'page', payload: v.object({ article: AnalyzedArticleSchema }) },
  'page:failed': {
    from: 'page',
    payload: v.object({ url: v.pipe(v.string(), v.maxLength(4_000)), error: v.pipe(v.string(), v.maxLength(2_000)) }),
  },
  'view:get': { from: 'extension', payload: TabIdSchema },
  'view:analyze': { from: 'extension', payload: TabIdSchema },
  // Feeds, stories and settings.
  'feeds:list': { from: 'extension', payload: EmptySchema },
  'feeds:subscribe': { from: 'extension', payload: SubscribeSchema },
  'feeds:unsubscribe': { from: 'extension', payload: FeedUrlSchema },
  'feeds:check': { from: 'extension', payload: CheckFeedsSchema },
  'feeds:advertised': { from: 'extension', payload: TabIdSchema },
  'feeds:interval': { from: 'extension', payload: FeedIntervalSchema },
  'feeds:discover': { from: 'extension', payload: FeedUrlSchema },
  'stories:list': { from: 'extension', payload: StoryFilterSchema },
  'stories:get': { from: 'extension', payload: StoryIdSchema },
  'settings:get': { from: 'extension', payload: EmptySchema },
  'settings:set': { from: 'extension', payload: SettingsPatchSchema },
  // Reading list: save the tab's article, and what the library knows about it (saved, changed since).
  'reading:save': { from: 'extension', payload: TabIdSchema },
  'reading:status': { from: 'extension', payload: TabIdSchema },
  // Annotations: 'annot:*' from the page-side scripts (detector, annotator), 'annotations:*' from extension pages.
  'annot:check': { from: 'page', payload: PageUrlSchema },
  'annot:request': { from: 'page', payload: v.object({}) },
  'annot:page': { from: 'page', payload: PageUrlSchema },
  'annot:create': { from: 'page', payload: AnnotationCreateSchema },
  'annot:update': { from: 'page', payload: AnnotationChangeSchema },
  'annot:delete': { from: 'page', payload: AnnotationIdSchema },
  'annot:anchored': { from: 'page', payload: AnchoringReportSchema },
  'annotations:library': { from: 'extension', payload: v.object({}) },
  'annotations:update': { from: 'extension', payload: AnnotationChangeSchema },
  'annotations:delete': { from: 'extension', payload: AnnotationIdSchema },
} as const;

export interface ProtocolReplies {
  'page:detected': { accepted: boolean };
  'page:analyzed': { related: number };
  'page:failed': { recorded: boolean };
  'view:get': TabView;
  'view:analyze': { started: boolean };
  // Feeds, stories and settings.
  'feeds:list': FeedRow[];
  'feeds:subscribe': FeedRow;
  'feeds:unsubscribe': { removed: boolean };
  'feeds:check': FeedRow[];
  'feeds:advertised': Array<AdvertisedFeed & { subscribed: boolean }>;
  'feeds:interval': FeedRow;
  'feeds:discover': Array<DiscoveredFeed & { subscribed: boolean }>;
  'stories:list': StorySummary[];
  'stories:get': StoryDetail | null;
  'settings:get': Settings;
  'settings:set': Settings;
  'reading:save': { item: SavedItem };
  'reading:status': ReadingStatus;
  // Annotations
  'annot:check': { annotations: number };
  'annot:request': { started: boolean };
  'annot:page': { annotations: Annotation[]; highlightSelection: boolean };
  'annot:create': Annotation;
  'annot:update': Annotation | null;
  'annot:delete': { deleted: boolean };
  'annot:anchored': { recorded: number };
  'annotations:library': AnnotationLibrary;
  'annotations:update': Annotation | null;
  'annotations:delete': { deleted: boolean };
}

export type MessageName = keyof typeof protocol;
export type Payload<K extends MessageName> = v.InferOutput<(typeof protocol)[K]['payload']>;
export type Reply<K extends MessageName> = ProtocolReplies[K];

/** Errors cross contexts as data, never as thrown `Error` objects. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Envelope {
  backstory: 1;
  name: string;
  payload: unknown;
}

export interface SenderInfo {
  /** The sending extension's id, as the browser reports it. */
  id?: string;
  /** URL of the sending page or frame. */
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type ParsedMessage = { ok: true; name: MessageName; payload: unknown } | { ok: false; error: string };

/**
 * Check a raw message against the protocol: known name, payload shape, and a sender allowed to send it.
 * `extensionOrigin` is the extension's own base URL ("chrome-extension://id/").
 */
export function parseMessage(raw: unknown, sender: SenderInfo, ownId: string, extensionOrigin: string): ParsedMessage {
  if (!raw || typeof raw !== 'object' || (raw as Envelope).backstory !== 1)
    return { ok: false, error: 'not a Backstory message' };
  const { name, payload } = raw as Envelope;
  if (typeof name !== 'string' || !Object.hasOwn(protocol, name))
    return { ok: false, error: `unknown message: ${String(name).slice(0, 50)}` };
  if (sender.id !== ownId) return { ok: false, error: 'message from another extension' };
  const spec = protocol[name as MessageName];
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  if (spec.from === 'extension' && !fromExtensionPage)
    return { ok: false, error: `${name} is only accepted from extension pages` };
  if (spec.from === 'page' && (fromExtensionPage || sender.tab?.id === undefined))
    return { ok: false, error: `${name} is only accepted from a tab` };
  const parsed = v.safeParse(spec.payload, payload);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `invalid ${name} payload${path ? ` at ${path}` : ''}: ${issue.message}` };
  }
  return { ok: true, name: name as MessageName, payload: parsed.output };
}
