import { browser } from 'wxt/browser';
import { openBackstoryDb, type Db } from '@/lib/store/db';
import { createHandlers, describeError } from '@/lib/background/service';
import { sessionTabStates } from '@/lib/background/tabs';
import { parseMessage, type Result } from '@/lib/messaging';
// Annotations
import { openLibraryDb, type LibraryDb } from '@/lib/store/library-db';
import { createAnnotationHandlers } from '@/lib/background/annotations';
import { registerHighlightEntryPoints } from '@/lib/background/highlight-entry';

export default defineBackground(() => {
  let dbPromise: Promise<Db> | null = null;
  const db = (): Promise<Db> =>
    (dbPromise ??= openBackstoryDb().catch((error: unknown) => {
      dbPromise = null;
      throw error;
    }));
  const tabs = sessionTabStates(browser.storage.session);
  const tabUrl = async (tabId: number): Promise<string | null> => {
    try {
      return (await browser.tabs.get(tabId)).url ?? null;
    } catch {
      return null;
    }
  };
  const handlers = createHandlers({
    db,
    tabs,
    async injectExtractor(tabId, frameId) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/extractor.js'] });
    },
    async setBadge(tabId, text) {
      // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge calls.
      const action = browser.action ?? browser.browserAction;
      await action.setBadgeText({ tabId, text });
      if (text) await action.setBadgeBackgroundColor({ tabId, color: '#3a5a8c' });
    },
    tabUrl,
  });

  // Annotations: the library database, the annotator's injection, the context menu and the shortcut.
  let libraryPromise: Promise<LibraryDb> | null = null;
  const library = (): Promise<LibraryDb> =>
    (libraryPromise ??= openLibraryDb().catch((error: unknown) => {
      libraryPromise = null;
      throw error;
    }));
  const annotationHandlers = createAnnotationHandlers({
    db,
    library,
    tabs,
    tabUrl,
    async injectAnnotator(tabId) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/annotator.js'] });
    },
  });
  registerHighlightEntryPoints(browser, (tabId) => annotationHandlers.requestHighlight(tabId));
  const allHandlers = { ...handlers, ...annotationHandlers };

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
