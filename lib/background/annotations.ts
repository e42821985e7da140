import {
  annotationsForUrl,
  countForUrl,
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  recordAnchoring,
  updateAnnotation,
} from '../store/library/annotations';
import { articleId } from '../store/ids';
import { getArticle } from '../store/articles';
import { putCopyIfAbsent } from '../store/library/copies';
import { urlKey } from '../url';
import type { Db } from '../store/db';
import type { LibraryDb } from '../store/library-db';
import type { Payload, Reply } from '../messaging';
import type { TabStateStore } from './tabs';
import type { ArticleContext } from '../annotations/library';
import type { MessageContext } from './service';

/** What the annotation handlers need from the browser, injected as for the other handlers. */
export interface AnnotationDeps {
  db: () => Promise<Db>;
  library: () => Promise<LibraryDb>;
  tabs: TabStateStore;
  /** Run the annotator script in a tab's top frame. */
  injectAnnotator(tabId: number): Promise<void>;
  tabUrl(tabId: number): Promise<string | null>;
  now?: () => Date;
}

/**
 * Highlights: the page-side annotator asks for and writes its page's highlights; extension pages read and
 * edit all of them. The annotator is injected only where it has work: a page with highlights (one count on
 * the URL index after detection) or a reader asking to highlight (floating button, menu, shortcut).
 */
export function createAnnotationHandlers(deps: AnnotationDeps) {
  const now = () => deps.now?.() ?? new Date();
  // Tabs where the reader asked to highlight the selection; the annotator takes the request when it loads.
  const requested = new Set<number>();

  /** A page-side edit must concern a highlight of the sender's own page. */
  const ownedByTab = async (id: string, ctx: MessageContext): Promise<boolean> => {
    if (ctx.tabId === undefined) return false;
    const [library, url] = await Promise.all([deps.library(), deps.tabUrl(ctx.tabId)]);
    const found = await library.get('annotations', id);
    return !!found && !!url && found.url === urlKey(url);
  };

  /** A page-side message speaks only for the page its tab shows. */
  const isTabPage = async (url: string, ctx: MessageContext): Promise<boolean> => {
    const tabUrl = ctx.tabId === undefined ? null : await deps.tabUrl(ctx.tabId);
    return !!tabUrl && urlKey(tabUrl) === urlKey(url);
  };

  return {
    /** Ask to highlight the current selection in a tab (also the context menu's and the shortcut's path). */
    async requestHighlight(tabId: number): Promise<void> {
      requested.add(tabId);
      await deps.injectAnnotator(tabId);
    },

    async 'annot:check'(payload: Payload<'annot:check'>, ctx: MessageContext): Promise<Reply<'annot:check'>> {
      if (ctx.tabId === undefined || (ctx.frameId && ctx.frameId !== 0)) return { annotations: 0 };
      const annotations = await countForUrl(await deps.library(), payload.url);
      if (annotations > 0) await deps.injectAnnotator(ctx.tabId);
      return { annotations };
    },

    async 'annot:request'(_payload: Payload<'annot:request'>, ctx: MessageContext): Promise<Reply<'annot:request'>> {
      if (ctx.tabId === undefined) return { started: false };
      requested.add(ctx.tabId);
      await deps.injectAnnotator(ctx.tabId);
      return { started: true };
    },

    async 'annot:page'(payload: Payload<'annot:page'>, ctx: MessageContext): Promise<Reply<'annot:page'>> {
      if (!(await isTabPage(payload.url, ctx))) return { annotations: [], highlightSelection: false };
      const highlightSelection = ctx.tabId !== undefined && requested.delete(ctx.tabId);
      return { annotations: await annotationsForUrl(await deps.library(), payload.url), highlightSelection };
    },

    async 'annot:create'(payload: Payload<'annot:create'>, ctx: MessageContext): Promise<Reply<'annot:create'>> {
      const state = ctx.tabId === undefined ? null : await deps.tabs.get(ctx.tabId);
      // The news base's id for the article when the page was analysed, else the one it will get.
      if (!(await isTabPage(payload.url, ctx))) throw new Error('a page may only highlight itself');
      const id = state?.articleId && state.url === payload.url ? state.articleId : articleId(payload.url, null);
      const library = await deps.library();
      const annotation = await createAnnotation(library, { ...payload, articleId: id }, now());
      // Keep the article's text as it is now, once (a saved copy stays first): when the page changes later,
      // the popup can say what changed around the reader's highlights.
      const known = await getArticle(await deps.db(), id);
      if (known)
        await putCopyIfAbsent(library, {
          id,
          url: known.article.url,
          html: '',
          text: known.analysis.text,
          capturedAt: annotation.created,
        });
      return annotation;
    },

    async 'annot:update'(payload: Payload<'annot:update'>, ctx: MessageContext): Promise<Reply<'annot:update'>> {
      if (!(await ownedByTab(payload.id, ctx))) return null;
      return updateAnnotation(await deps.library(), payload.id, payload, now());
    },

    async 'annot:delete'(payload: Payload<'annot:delete'>, ctx: MessageContext): Promise<Reply<'annot:delete'>> {
      if (!(await ownedByTab(payload.id, ctx))) return { deleted: false };
      return { deleted: await deleteAnnotation(await deps.library(), payload.id) };
    },

    async 'annot:anchored'(payload: Payload<'annot:anchored'>, ctx: MessageContext): Promise<Reply<'annot:anchored'>> {
      if (!(await isTabPage(payload.url, ctx))) return { recorded: 0 };
      return { recorded: await recordAnchoring(await deps.library(), payload.url, payload, now()) };
    },

    async 'annotations:library'(): Promise<Reply<'annotations:library'>> {
      const library = await deps.library();
      const [annotations, items] = await Promise.all([listAnnotations(library), library.getAll('items')]);
      const ids = new Set([...annotations.map((a) => a.articleId), ...items.map((i) => i.id)]);
      return { annotations, items, articles: await articleContexts(await deps.db(), [...ids]) };
    },

    async 'annotations:update'(payload: Payload<'annotations:update'>): Promise<Reply<'annotations:update'>> {
      return updateAnnotation(await deps.library(), payload.id, payload, now());
    },

    async 'annotations:delete'(payload: Payload<'annotations:delete'>): Promise<Reply<'annotations:delete'>> {
      return { deleted: await deleteAnnotation(await deps.library(), payload.id) };
    },
  };
}

/** The news base's article, story and entity names for each id it knows, read in one transaction. */
async function articleContexts(db: Db, ids: string[]): Promise<ArticleContext[]> {
  const tx = db.transaction(['articles', 'stories', 'entities']);
  const out: ArticleContext[] = [];
  for (const id of ids) {
    const a = await tx.objectStore('articles').get(id);
    if (!a) continue;
    const story = a.storyId ? await tx.objectStore('stories').get(a.storyId) : undefined;
    const entities: ArticleContext['entities'] = [];
    for (const key of a.entityKeys.slice(0, 12)) {
      const e = await tx.objectStore('entities').get(key);
      if (e) entities.push({ key, name: e.name, type: e.type });
    }
    out.push({
      id,
      url: a.url,
      title: a.title,
      publisher: a.publisher,
      domain: a.domain,
      authors: a.authors,
      publishedTime: a.publishedTime,
      storyId: a.storyId,
      storyLabel: story?.label ?? null,
      entities,
    });
  }
  await tx.done;
  return out;
}
