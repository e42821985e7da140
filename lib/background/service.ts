import { countByDomain, getArticle } from '../store/articles';
import { ArticleSaver } from '../store/article-saver';
import { getStory } from '../store/stories';
import { articleId } from '../store/ids';
import { buildTimeline, findRelated } from '../stories/related';
import type { Db } from '../store/db';
import type { Payload, Reply } from '../messaging';
import type { TabStateStore } from './tabs';
import type { TabFeedStore } from './tab-feeds';
import type { TabView } from '../view';

/** What the background needs from the browser, injected so the logic runs under test without one. */
export interface BackgroundDeps {
  db: () => Promise<Db>;
  tabs: TabStateStore;
  /** Run the extractor chunk in a tab's frame (it reports back with `page:analyzed`). */
  injectExtractor(tabId: number, frameId: number): Promise<void>;
  setBadge(tabId: number, text: string): Promise<void>;
  tabUrl(tabId: number): Promise<string | null>;
  now?: () => Date;
  /** Feeds: the feeds each tab's page advertises. */
  tabFeeds?: TabFeedStore;
}

export interface MessageContext {
  tabId?: number;
  frameId?: number;
}

/** Message handlers: one per protocol message, each returning the reply type the protocol names. */
export function createHandlers(deps: BackgroundDeps) {
  const now = () => deps.now?.() ?? new Date();
  const saver = new ArticleSaver(deps.db);
  return {
    async 'page:detected'(payload: Payload<'page:detected'>, ctx: MessageContext): Promise<Reply<'page:detected'>> {
      if (ctx.tabId === undefined) return { accepted: false };
      // Only the top frame speaks for the tab; article frames inside pages are not the page.
      if (ctx.frameId && ctx.frameId !== 0) return { accepted: false };
      await deps.tabs.set(ctx.tabId, {
        url: payload.url,
        status: payload.isArticle ? 'pending' : 'not-article',
        signals: payload.signals,
      });
      // Feeds: what the page advertises, for "Follow this outlet".
      await deps.tabFeeds?.set(ctx.tabId, payload.feeds ?? []);
      await deps.setBadge(ctx.tabId, '');
      if (payload.isArticle) await deps.injectExtractor(ctx.tabId, 0);
      return { accepted: payload.isArticle };
    },

    async 'page:analyzed'(payload: Payload<'page:analyzed'>, ctx: MessageContext): Promise<Reply<'page:analyzed'>> {
      if (ctx.tabId === undefined) return { related: 0 };
      const { url, signals } = payload.article;
      try {
        const db = await deps.db();
        const { article } = await saver.save({ analyzed: payload.article, now: now() });
        const related = await findRelated(db, article);
        await deps.tabs.set(ctx.tabId, { url, status: 'article', signals, articleId: article.id });
        await deps.setBadge(ctx.tabId, related.length ? String(Math.min(related.length, 99)) : '');
        return { related: related.length };
      } catch (error) {
        // Quota errors and the like: the tab says what happened; nothing already stored is touched.
        await deps.tabs.set(ctx.tabId, { url, status: 'error', signals, error: describeError(error) });
        throw error;
      }
    },

    async 'page:failed'(payload: Payload<'page:failed'>, ctx: MessageContext): Promise<Reply<'page:failed'>> {
      if (ctx.tabId === undefined) return { recorded: false };
      await deps.tabs.set(ctx.tabId, { url: payload.url, status: 'error', signals: [], error: payload.error });
      return { recorded: true };
    },

    async 'view:get'(payload: Payload<'view:get'>): Promise<Reply<'view:get'>> {
      return buildView(deps, payload.tabId);
    },

    async 'view:analyze'(payload: Payload<'view:analyze'>): Promise<Reply<'view:analyze'>> {
      const url = (await deps.tabUrl(payload.tabId)) ?? '';
      if (!/^(https?|file):/.test(url)) return { started: false };
      await deps.tabs.set(payload.tabId, { url, status: 'pending', signals: ['user'] });
      await deps.injectExtractor(payload.tabId, 0);
      return { started: true };
    },
  };
}

export type Handlers = ReturnType<typeof createHandlers>;

export function describeError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError')
    return 'Storage is full: free some space or remove saved data';
  return error instanceof Error ? error.message : String(error);
}

async function buildView(deps: BackgroundDeps, tabId: number): Promise<TabView> {
  const state = await deps.tabs.get(tabId);
  const url = state?.url ?? (await deps.tabUrl(tabId)) ?? '';
  if (!/^(https?|file):/.test(url)) return { status: 'unsupported', url };
  if (!state) return { status: 'pending', url };
  if (state.status === 'error') return { status: 'error', url, error: state.error ?? 'Analysis failed' };
  if (state.status === 'not-article') return { status: 'not-article', url, signals: state.signals };
  if (state.status === 'pending') return { status: 'pending', url };
  const db = await deps.db();
  const found = await getArticle(db, state.articleId ?? articleId(url, null));
  if (!found) return { status: 'pending', url };
  const related = await findRelated(db, found.article);
  const [timeline, story, publisherCount] = await Promise.all([
    buildTimeline(db, found.article, related),
    found.article.storyId ? getStory(db, found.article.storyId) : Promise.resolve(null),
    countByDomain(db, found.article.domain),
  ]);
  return {
    status: 'article',
    url,
    article: found.article,
    analysis: found.analysis,
    related,
    timeline,
    story,
    publisherCount,
  };
}
