import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openBackstoryDb, type Db } from '../../lib/store/db';
import { createHandlers, type BackgroundDeps } from '../../lib/background/service';
import { sessionTabStates } from '../../lib/background/tabs';
import { analyzedFixture, NOW, URL_A, URL_B } from '../helpers/articles';

interface Harness {
  handlers: ReturnType<typeof createHandlers>;
  injected: Array<[number, number]>;
  badges: Map<number, string>;
  urls: Map<number, string>;
  db: Promise<Db>;
}

function harness(): Harness {
  globalThis.indexedDB = new IDBFactory();
  const db = openBackstoryDb();
  const injected: Array<[number, number]> = [];
  const badges = new Map<number, string>();
  const urls = new Map<number, string>();
  const deps: BackgroundDeps = {
    db: () => db,
    // The real session storage area, as WXT's fake browser implements it.
    tabs: sessionTabStates(fakeBrowser.storage.session),
    injectExtractor: async (tabId, frameId) => void injected.push([tabId, frameId]),
    setBadge: async (tabId, text) => void badges.set(tabId, text),
    tabUrl: async (tabId) => urls.get(tabId) ?? null,
    now: () => NOW,
  };
  return { handlers: createHandlers(deps), injected, badges, urls, db };
}

describe('background handlers', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness();
  });

  test('an article detected in a tab gets the extractor; a non-article does not', async () => {
    expect(
      await h.handlers['page:detected'](
        { url: URL_A, isArticle: true, signals: ['og:article'] },
        { tabId: 1, frameId: 0 },
      ),
    ).toEqual({ accepted: true });
    expect(
      await h.handlers['page:detected'](
        { url: 'http://127.0.0.1/weather', isArticle: false, signals: [] },
        { tabId: 2, frameId: 0 },
      ),
    ).toEqual({ accepted: false });
    expect(h.injected).toEqual([[1, 0]]);
    expect(await h.handlers['view:get']({ tabId: 1 })).toEqual({ status: 'pending', url: URL_A });
    expect(await h.handlers['view:get']({ tabId: 2 })).toEqual({
      status: 'not-article',
      url: 'http://127.0.0.1/weather',
      signals: [],
    });
  });

  test('subframes do not speak for the tab', async () => {
    expect(
      await h.handlers['page:detected']({ url: URL_A, isArticle: true, signals: [] }, { tabId: 1, frameId: 3 }),
    ).toEqual({ accepted: false });
    expect(h.injected).toEqual([]);
  });

  test('an analysed article is stored, the badge counts related items, the view has source, timeline and related', async () => {
    await h.handlers['page:analyzed']({ article: analyzedFixture('militia-truce', URL_A) }, { tabId: 1 });
    expect(h.badges.get(1)).toBe('');
    const reply = await h.handlers['page:analyzed'](
      { article: analyzedFixture('militia-followup', URL_B) },
      { tabId: 2 },
    );
    expect(reply.related).toBeGreaterThanOrEqual(1);
    expect(h.badges.get(2)).toBe(String(reply.related));

    const view = await h.handlers['view:get']({ tabId: 2 });
    expect(view.status).toBe('article');
    if (view.status !== 'article') return;
    expect(view.article.title).toBe('Iraqi militia says truce with US forces is over after deadly strike');
    expect(view.related[0]?.url).toBe(URL_A);
    expect(view.publisherCount).toBe(1);
    expect(view.timeline.some((e) => e.isCurrent)).toBe(true);
    expect(view.timeline.some((e) => !e.isCurrent)).toBe(true);
  });

  test('"analyse anyway" injects into web pages only', async () => {
    h.urls.set(5, 'http://127.0.0.1/weather/tides');
    h.urls.set(6, 'chrome://settings/');
    expect(await h.handlers['view:analyze']({ tabId: 5 })).toEqual({ started: true });
    expect(await h.handlers['view:analyze']({ tabId: 6 })).toEqual({ started: false });
    expect(h.injected).toEqual([[5, 0]]);
    expect(await h.handlers['view:get']({ tabId: 6 })).toEqual({ status: 'unsupported', url: 'chrome://settings/' });
  });

  test('a storage failure is reported on the tab, and what was stored stays', async () => {
    await h.handlers['page:analyzed']({ article: analyzedFixture('militia-truce', URL_A) }, { tabId: 1 });
    const db = await h.db;
    db.close(); // every later transaction fails, as with a quota error or a dead connection
    await expect(
      h.handlers['page:analyzed']({ article: analyzedFixture('militia-followup', URL_B) }, { tabId: 2 }),
    ).rejects.toThrow();
    const view = await h.handlers['view:get']({ tabId: 2 });
    expect(view.status).toBe('error');
    const reopened = await openBackstoryDb();
    expect(await reopened.count('articles')).toBe(1);
  });

  test('the extractor failing is shown as an error', async () => {
    await h.handlers['page:failed']({ url: URL_A, error: 'Readability gave up' }, { tabId: 9 });
    expect(await h.handlers['view:get']({ tabId: 9 })).toEqual({
      status: 'error',
      url: URL_A,
      error: 'Readability gave up',
    });
  });
});
