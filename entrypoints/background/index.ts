import { browser } from 'wxt/browser';
import { openBackstoryDb, type Db } from '@/lib/store/db';
import { openLibraryDb, type LibraryDb } from '@/lib/store/library-db';
import { createHandlers, describeError } from '@/lib/background/service';
import { sessionTabStates } from '@/lib/background/tabs';
import { parseMessage, type Result } from '@/lib/messaging';
import { createFeedHandlers, ensureRetentionAlarm, runAlarm, scheduleFeedAlarm } from '@/lib/background/feeds-service';
import { sessionTabFeeds } from '@/lib/background/tab-feeds';
import { originPattern } from '@/lib/feeds/permission';
import { createReadingHandlers, saveTab, type ReadingDeps } from '@/lib/background/reading';
import { createAnnotationHandlers } from '@/lib/background/annotations';
import {
  HIGHLIGHT_COMMAND,
  HIGHLIGHT_MENU_ID,
  registerEntryPoints,
  SAVE_COMMAND,
  SAVE_MENU_ID,
} from '@/lib/background/entry-points';

/** Open a database once, lazily; a failed open is retried on the next use rather than remembered. */
function lazily<T>(open: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () =>
    (promise ??= open().catch((error: unknown) => {
      promise = null;
      throw error;
    }));
}

export default defineBackground(() => {
  const db: () => Promise<Db> = lazily(() => openBackstoryDb());
  const library: () => Promise<LibraryDb> = lazily(() => openLibraryDb());
  const tabs = sessionTabStates(browser.storage.session);
  const tabFeeds = sessionTabFeeds(browser.storage.session);
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same calls.
  const action = browser.action ?? browser.browserAction;
  const tabUrl = async (tabId: number): Promise<string | null> => {
    try {
      return (await browser.tabs.get(tabId)).url ?? null;
    } catch {
      return null;
    }
  };

  const coreHandlers = createHandlers({
    db,
    tabs,
    tabFeeds,
    async injectExtractor(tabId, frameId) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/extractor.js'] });
    },
    async setBadge(tabId, text) {
      await action.setBadgeText({ tabId, text });
      if (text) await action.setBadgeBackgroundColor({ tabId, color: '#3a5a8c' });
    },
    tabUrl,
  });

  // Feeds, stories and retention: polled on alarms, pruned daily.
  const feedDeps = {
    db,
    tabFeeds,
    fetch: (url: string, init: RequestInit) => fetch(url, init),
    hasPermission: (url: string) => browser.permissions.contains({ origins: [originPattern(url)] }),
    settings: browser.storage.local,
    alarms: browser.alarms,
  };
  browser.alarms.onAlarm.addListener((alarm) => void runAlarm(alarm.name, feedDeps).catch(console.error));
  void ensureRetentionAlarm(browser.alarms).catch(console.error);
  void scheduleFeedAlarm(feedDeps).catch(console.error);

  // Reading list: saving captures the page (Readability + DOMPurify in the page) into the library.
  const reading: ReadingDeps = {
    db,
    tabs,
    library,
    async capture(tabId) {
      const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
      return frame?.result;
    },
    tabUrl,
  };

  // Annotations: the annotator is injected only into pages that have highlights or where the reader asks.
  const annotationHandlers = createAnnotationHandlers({
    db,
    library,
    tabs,
    tabUrl,
    async injectAnnotator(tabId) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/annotator.js'] });
    },
  });

  registerEntryPoints(browser, [
    {
      menuId: SAVE_MENU_ID,
      title: 'Save to Backstory reading list',
      contexts: ['page'],
      command: SAVE_COMMAND,
      run: (tabId) =>
        saveTab(reading, tabId).then(
          () => action.setTitle({ tabId, title: 'Backstory: saved to your reading list' }),
          (error: unknown) =>
            action.setTitle({ tabId, title: `Backstory could not save this page: ${describeError(error)}` }),
        ),
    },
    {
      menuId: HIGHLIGHT_MENU_ID,
      title: 'Highlight with Backstory',
      contexts: ['selection'],
      command: HIGHLIGHT_COMMAND,
      run: (tabId) => annotationHandlers.requestHighlight(tabId),
    },
  ]);

  const handlers = {
    ...coreHandlers,
    ...createFeedHandlers(feedDeps),
    ...createReadingHandlers(reading),
    ...annotationHandlers,
  };

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const parsed = parseMessage(raw, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!parsed.ok) {
      sendResponse({ ok: false, error: parsed.error } satisfies Result<never>);
      return false;
    }
    const handler = handlers[parsed.name] as (
      payload: unknown,
      ctx: { tabId?: number; frameId?: number },
    ) => Promise<unknown>;
    handler(parsed.payload, { tabId: sender.tab?.id, frameId: sender.frameId }).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: describeError(error) }),
    );
    // Keep the channel open for the asynchronous reply (works in both Chrome and Firefox).
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.remove(tabId);
    void tabFeeds.remove(tabId);
  });
});
