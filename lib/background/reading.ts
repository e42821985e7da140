import * as v from 'valibot';
import { CapturedPageSchema } from '../schemas';
import { getArticle } from '../store/articles';
import { articleId } from '../store/ids';
import { getItem, saveItem } from '../store/library/items';
import { getCopy } from '../store/library/copies';
import { diffParagraphs } from '../library/changes';
import { urlKey } from '../url';
import type { Db } from '../store/db';
import type { LibraryDb } from '../store/library-db';
import type { TabStateStore } from './tabs';
import type { Payload, Reply } from '../messaging';
import type { OfflineCopy, SavedItem } from '../types';

/** What the reading list needs from the browser, injected so it runs under test without one. */
export interface ReadingDeps {
  db: () => Promise<Db>;
  library: () => Promise<LibraryDb>;
  tabs: TabStateStore;
  /** Run the capture script in the tab's top frame and resolve to what it returned (unchecked). */
  capture(tabId: number): Promise<unknown>;
  tabUrl(tabId: number): Promise<string | null>;
  now?: () => Date;
}

/**
 * Save the article in a tab to the reading list: capture it in the page (Readability + DOMPurify), check the
 * result like any message from a page, join what the news base knows (metadata, entities, story), store item and
 * offline copy together. Saving again keeps the reader's tags, notes and first copy.
 */
export async function saveTab(deps: ReadingDeps, tabId: number): Promise<SavedItem> {
  const url = (await deps.tabUrl(tabId)) ?? '';
  if (!/^(https?|file):/.test(url)) throw new Error('Only web pages can be saved to the reading list');
  const parsed = v.safeParse(CapturedPageSchema, await deps.capture(tabId));
  if (!parsed.success) throw new Error(`The page could not be saved: ${parsed.issues[0].message}`);
  const page = parsed.output;
  const now = (deps.now?.() ?? new Date()).toISOString();
  const state = await deps.tabs.get(tabId);
  const id = (state?.url === url && state.articleId) || articleId(page.url, page.canonicalUrl);
  const known = await getArticle(await deps.db(), id);
  const article = known?.article;
  const item: SavedItem = {
    id,
    url: article?.url ?? urlKey(page.url) ?? page.url,
    title: article?.title || page.title || url,
    authors: article?.authors ?? page.authors,
    publisher: article?.publisher ?? page.publisher,
    publishedTime: article?.publishedTime ?? page.publishedTime,
    language: article?.lang ?? page.lang,
    excerpt: article?.excerpt ?? page.excerpt,
    savedAt: now,
    status: 'unread',
    favourite: false,
    tags: [],
    note: '',
    entityKeys: article?.entityKeys ?? [],
    storyId: article?.storyId ?? null,
    source: 'browser',
  };
  const copy: OfflineCopy | null =
    page.text || page.html ? { id, url: item.url, html: page.html, text: page.text, capturedAt: now } : null;
  return saveItem(await deps.library(), item, copy);
}

export function createReadingHandlers(deps: ReadingDeps) {
  return {
    async 'reading:save'(payload: Payload<'reading:save'>): Promise<Reply<'reading:save'>> {
      return { item: await saveTab(deps, payload.tabId) };
    },

    async 'reading:status'(payload: Payload<'reading:status'>): Promise<Reply<'reading:status'>> {
      const state = await deps.tabs.get(payload.tabId);
      if (state?.status !== 'article' || !state.articleId) return { saved: null, change: null };
      const library = await deps.library();
      const [saved, copy, known] = await Promise.all([
        getItem(library, state.articleId),
        getCopy(library, state.articleId),
        deps.db().then((db) => getArticle(db, state.articleId!)),
      ]);
      // The news base holds the text as last analysed, i.e. as the page is now.
      const change = copy && known ? diffParagraphs(copy.text, known.analysis.text, copy.capturedAt) : null;
      return { saved: saved ?? null, change };
    },
  };
}
