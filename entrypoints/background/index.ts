import { browser } from 'wxt/browser';
import { openBackstoryDb, type Db } from '@/lib/store/db';
import { createHandlers, describeError } from '@/lib/background/service';
import { sessionTabStates } from '@/lib/background/tabs';
import { parseMessage, type Result } from '@/lib/messaging';
// Feeds, stories and retention.
import { createFeedHandlers, ensureRetentionAlarm, runAlarm, scheduleFeedAlarm } from '@/lib/background/feeds-service';
import { sessionTabFeeds } from '@/lib/background/tab-feeds';
import { originPattern } from '@/lib/feeds/permission';

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

  browser.tabs.onRemoved.addListener((tabId) => void tabs.remove(tabId));
});
