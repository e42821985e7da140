import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage, type OptionsApi } from '@/components/OptionsPage';
import { send } from '@/lib/send';
import { requestFeedAccess } from '@/lib/feeds/permission';
import '@/components/popup.css';
import '@/components/pages.css';

const api: OptionsApi = {
  listFeeds: () => send('feeds:list', {}),
  async subscribe(url, intervalMinutes) {
    if (!(await requestFeedAccess(browser.permissions, url)))
      return { ok: false, error: `Backstory needs access to ${new URL(url).host} to read this feed.` };
    return send('feeds:subscribe', { url, intervalMinutes });
  },
  followPermitted: (url, intervalMinutes) => send('feeds:subscribe', { url, intervalMinutes }),
  async discover(url) {
    if (!(await requestFeedAccess(browser.permissions, url)))
      return { ok: false, error: `Backstory needs access to ${new URL(url).host} to read this page.` };
    return send('feeds:discover', { url });
  },
  setInterval: (url, intervalMinutes) => send('feeds:interval', { url, intervalMinutes }),
  unsubscribe: (url) => send('feeds:unsubscribe', { url }),
  check: (url) => send('feeds:check', url ? { url } : {}),
  getSettings: () => send('settings:get', {}),
  saveSettings: (patch) => send('settings:set', patch),
};

render(<OptionsPage api={api} />, document.getElementById('app')!);
