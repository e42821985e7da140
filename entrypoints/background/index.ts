import { browser } from 'wxt/browser';
import { openBackstoryDb, type Db } from '@/lib/store/db';
import { createHandlers, describeError } from '@/lib/background/service';
import { sessionTabStates } from '@/lib/background/tabs';
import { parseMessage, type Result } from '@/lib/messaging';
// Feeds, stories and retention.
import { createFeedHandlers, ensureRetentionAlarm, runAlarm, scheduleFeedAlarm } from '@/lib/background/feeds-service';
import { sessionTabFeeds } from '@/lib/background/tab-feeds';
import { originPattern } from '@/lib/feeds/permission';
import { openLibraryDb, type LibraryDb } from '@/lib/store/library-db';
import { createReadingHandlers, saveTab, type ReadingDeps } from '@/lib/background/reading';

const SAVE_MENU_ID = 'backstory-save';
/** The keyboard shortcut's name, as declared under `commands` in wxt.config.ts. */
const SAVE_COMMAND = 'save-to-reading-list';

export default defineBackground(() => {
  let dbPromise: Promise<Db> | null = null;
  const db = (): Promise<Db> =>
    (dbPromise ??= openBackstoryDb().catch((error: unknown) => {
      dbPromise = null;
      throw error;
    }));
  const tabs = sessionTabStates(browser.storage.session);
  const tabFeeds = sessionTabFeeds(browser.storage.session);
  const coreHandlers = createHandlers({
    db,
    tabs,
    tabFeeds,
    async injectExtractor(tabId, frameId) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/extractor.js'] });
    },
    async setBadge(tabId, text) {
      // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge calls.
      const action = browser.action ?? browser.browserAction;
      await action.setBadgeText({ tabId, text });
      if (text) await action.setBadgeBackgroundColor({ tabId, color: '#3a5a8c' });
    },
    async tabUrl(tabId) {
      try {
        return (await browser.tabs.get(tabId)).url ?? null;
      } catch {
        return null;
      }
    },
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
  const handlers = { ...coreHandlers, ...createFeedHandlers(feedDeps) };
  browser.alarms.onAlarm.addListener((alarm) => void runAlarm(alarm.name, feedDeps).catch(console.error));
  void ensureRetentionAlarm(browser.alarms).catch(console.error);
  void scheduleFeedAlarm(feedDeps).catch(console.error);
  browser.tabs.onRemoved.addListener((tabId) => void tabFeeds.remove(tabId));
  // Reading list: the library database, saving from the popup, the context menu and the keyboard shortcut.
  let libraryPromise: Promise<LibraryDb> | null = null;
  const reading: ReadingDeps = {
    db,
    tabs,
    library: () =>
      (libraryPromise ??= openLibraryDb().catch((error: unknown) => {
        libraryPromise = null;
        throw error;
      })),
    async capture(tabId) {
      const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
      return frame?.result;
    },
    tabUrl: (tabId) =>
      browser.tabs.get(tabId).then(
        (t) => t.url ?? null,
        () => null,
      ),
  };
  const allHandlers = { ...handlers, ...createReadingHandlers(reading) };
  const saveFromBrowser = (tabId: number | undefined) => {
    if (tabId === undefined) return;
    const action = browser.action ?? browser.browserAction;
    saveTab(reading, tabId).then(
      () => action.setTitle({ tabId, title: 'Backstory: saved to your reading list' }),
      (error: unknown) =>
        action.setTitle({ tabId, title: `Backstory could not save this page: ${describeError(error)}` }),
    );
  };
  // Chrome keeps menus across restarts, Firefox's persistent background page does not: create on both events
  // (reading lastError swallows Chrome's "duplicate id" on startup).
  const createSaveMenu = () =>
    browser.contextMenus.create(
      { id: SAVE_MENU_ID, title: 'Save to Backstory reading list', contexts: ['page'] },
      () => void browser.runtime.lastError,
    );
  browser.runtime.onInstalled.addListener(createSaveMenu);
  browser.runtime.onStartup.addListener(createSaveMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) saveFromBrowser(tab?.id);
  });
  browser.commands.onCommand.addListener((command) => {
    if (command !== SAVE_COMMAND) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => saveFromBrowser(tab?.id));
  });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const parsed = parseMessage(raw, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!parsed.ok) {
      sendResponse({ ok: false, error: parsed.error } satisfies Result<never>);
      return false;
    }
    const handler = allHandlers[parsed.name] as (
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

  browser.tabs.onRemoved.addListener((tabId) => void tabs.remove(tabId));
});
