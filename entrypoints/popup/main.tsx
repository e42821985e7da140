import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App, type PopupApi } from '@/components/App';
import { send } from '@/lib/send';
import { requestFeedAccess } from '@/lib/feeds/permission';
import '@/components/popup.css';

async function currentTabId(): Promise<number | null> {
  // `popup.html?tab=<id>` describes a given tab (used by tests and when opened as a page).
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const api: PopupApi = {
  getView: (tabId) => send('view:get', { tabId }),
  analyze: (tabId) => send('view:analyze', { tabId }),
  // Feeds: "Follow this outlet" asks for the feed's origin, then follows it.
  feeds: {
    advertised: (tabId) => send('feeds:advertised', { tabId }),
    async follow(url) {
      if (!(await requestFeedAccess(browser.permissions, url)))
        return { ok: false, error: `Backstory needs access to ${new URL(url).host} to read its feed.` };
      return send('feeds:subscribe', { url });
    },
  },
  // Reading list: save, saved state and "this article changed".
  reading: {
    status: (tabId) => send('reading:status', { tabId }),
    save: (tabId) => send('reading:save', { tabId }),
    openReadingList: () => void browser.tabs.create({ url: browser.runtime.getURL('/reading-list.html') }),
  },
};

void currentTabId().then((tabId) => render(<App tabId={tabId} api={api} />, document.getElementById('app')!));
