import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openBackstoryDb } from '../../lib/store/db';
import { openLibraryDb, type LibraryDb } from '../../lib/store/library-db';
import { saveAnalyzedArticle } from '../../lib/store/articles';
import { sessionTabStates } from '../../lib/background/tabs';
import { createReadingHandlers, type ReadingDeps } from '../../lib/background/reading';
import { updateItem } from '../../lib/store/library/items';
import type { CapturedPage } from '../../lib/extract/capture';
import type { AnalyzedArticle } from '../../lib/types';
import { analyzedFixture, NOW, URL_A } from '../helpers/articles';

const TAB = 7;

function captureOf(article: AnalyzedArticle): CapturedPage {
  return {
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    authors: article.authors,
    publisher: article.publisher,
    publishedTime: article.publishedTime,
    lang: article.lang,
    excerpt: article.excerpt,
    html: article.text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join(''),
    text: article.text,
  };
}

describe('reading list in the background', () => {
  let deps: ReadingDeps;
  let library: Promise<LibraryDb>;
  let captured: unknown;
  const article = analyzedFixture('militia-truce', URL_A);

  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = openBackstoryDb();
    library = openLibraryDb();
    captured = captureOf(article);
    deps = {
      db: () => db,
      library: () => library,
      tabs: sessionTabStates(fakeBrowser.storage.session),
      capture: async () => captured,
      tabUrl: async () => URL_A,
      now: () => NOW,
    };
    const { article: stored } = await saveAnalyzedArticle(await db, article, NOW);
    await deps.tabs.set(TAB, { url: URL_A, status: 'article', signals: [], articleId: stored.id });
  });

  test('saving joins what the news base knows and keeps an offline copy', async () => {
    const handlers = createReadingHandlers(deps);
    expect(await handlers['reading:status']({ tabId: TAB })).toEqual({ saved: null, change: null });
    const { item } = await handlers['reading:save']({ tabId: TAB });
    expect(item).toMatchObject({
      id: 'http://127.0.0.1/middle-east/2024/08/06/pro-iran-militias-iraq-end-truce-us-troops',
      title: 'Pro-Iran militias in Iraq threaten to resume attacks on US troops',
      authors: ['Mina Haddad', 'Omar Saleh'],
      publisher: 'Gulf Ledger',
      status: 'unread',
      source: 'browser',
      savedAt: NOW.toISOString(),
    });
    expect(item.entityKeys).toContain('loc:united states');
    expect(item.entityKeys.length).toBeGreaterThan(5);
    expect(item.storyId).toEqual(expect.any(String));
    const copy = await (await library).get('copies', item.id);
    expect(copy?.text).toBe(article.text);
    expect((await handlers['reading:status']({ tabId: TAB })).saved?.id).toBe(item.id);
  });

  test('saving again keeps the reader’s tags and the first copy', async () => {
    const handlers = createReadingHandlers(deps);
    const { item } = await handlers['reading:save']({ tabId: TAB });
    await updateItem(await library, item.id, { tags: ['iraq'], status: 'archived' });
    captured = { ...captureOf(article), text: 'Rewritten.' };
    const again = await handlers['reading:save']({ tabId: TAB });
    expect(again.item).toMatchObject({ tags: ['iraq'], status: 'archived' });
    expect((await (await library).get('copies', item.id))?.text).toBe(article.text);
  });

  test('the article changed since it was saved: the status carries the paragraph diff', async () => {
    const handlers = createReadingHandlers(deps);
    await handlers['reading:save']({ tabId: TAB });
    const edited = { ...article, text: `${article.text}\n\nThis article was updated to add a statement.` };
    await saveAnalyzedArticle(await deps.db(), edited, NOW);
    const { change } = await handlers['reading:status']({ tabId: TAB });
    expect(change).toMatchObject({ added: 1, removed: 0, capturedAt: NOW.toISOString() });
    expect(change?.parts.at(-1)).toEqual({
      kind: 'added',
      paragraphs: ['This article was updated to add a statement.'],
    });
  });

  test.each([
    ['nothing', undefined],
    ['a wrong shape', { url: URL_A, html: 42 }],
    ['an oversized copy', { ...captureOf(article), text: 'x'.repeat(200_001) }],
  ])('a capture result of %s is refused and nothing is stored', async (_name, result) => {
    captured = result;
    await expect(createReadingHandlers(deps)['reading:save']({ tabId: TAB })).rejects.toThrow(
      /The page could not be saved/,
    );
    expect(await (await library).count('items')).toBe(0);
  });

  test('pages that are not web pages are not saved', async () => {
    deps.tabUrl = async () => 'chrome://settings/';
    await expect(createReadingHandlers(deps)['reading:save']({ tabId: TAB })).rejects.toThrow(/Only web pages/);
  });
});
