import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pollUntil } from './poll';
import type { Driver, PopupPage } from './popup-page';

export const FIREFOX_BUILD = resolve('dist/firefox-mv2');
const GECKO_ID = 'backstory@backstory.invalid';
/** Pinned so tests know the moz-extension:// origin before the extension is installed. */
export const FIREFOX_UUID = '6f1d3c2e-6b7a-4d59-9a51-0e4c2b7d8f10';

/**
 * Open a moz-extension:// page in `page` and wait until `ready` is true in it. `goto` on an extension page may
 * never resolve in Firefox, so it is not awaited; a wait begun while the tab is still on about:blank can be
 * evaluated in the realm Firefox is tearing down, which its WebDriver BiDi answers with "right-hand side of
 * 'in' should be an object, got null" (an error puppeteer does not retry); and right after the extension
 * reloads, its pages are not there yet. Both are flakes CI caught: so each attempt navigates again and waits
 * a few seconds, until the deadline.
 */
export async function openExtensionUrl(
  page: Page,
  url: string,
  ready: (page: Page, timeoutMs: number) => Promise<unknown>,
  timeoutMs = 20_000,
): Promise<void> {
  await untilDeadline(timeoutMs, (left) => {
    void page.goto(url).catch(() => undefined);
    return ready(page, Math.min(left, ATTEMPT_MS));
  });
}
const ATTEMPT_MS = 5_000;

/** Run `attempt` with the time left until it succeeds; an error before the deadline means "try again". */
export async function untilDeadline<T>(timeoutMs: number, attempt: (leftMs: number) => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt(Math.max(1, deadline - Date.now()));
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Poll `fn` in the page with `evaluate` until it returns something truthy. Firefox 140.12 ESR times out every
 * puppeteer `waitForFunction` on a moz-extension:// page (its poller never reports, while `evaluate` in the
 * same page answers at once), so no Firefox wait uses it. A realm torn down by a reload throws: "not yet".
 */
export function evaluateUntil<A extends unknown[]>(
  page: Page,
  fn: string | ((...args: A) => unknown),
  timeoutMs: number,
  ...args: A
): Promise<void> {
  const once = () =>
    typeof fn === 'string' ? page.evaluate(fn) : page.evaluate(fn as (...a: unknown[]) => unknown, ...args);
  return pollUntil(once, timeoutMs, String(fn));
}

/** Replace a field's text as a person would. Not `locator().fill()`: its wait hangs like `waitForFunction`. */
export async function fillByTyping(page: Page, selector: string, value: string): Promise<void> {
  await page.click(selector, { count: 3 });
  await page.type(selector, value);
}

/** The extension pages all render into `#app`. */
export const appRendered = (page: Page, timeoutMs: number) => page.waitForSelector('#app', { timeout: timeoutMs });

export async function launchFirefox(extensionDir = FIREFOX_BUILD): Promise<Driver & { browser: Browser }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Nothing leaves the machine during tests.
      'network.proxy.type': 0,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  const base = `moz-extension://${FIREFOX_UUID}/`;

  // An extension page to ask the browser for tab ids.
  const helper = await browser.newPage();
  await openExtensionUrl(helper, `${base}popup.html?tab=1`, (page, timeout) =>
    evaluateUntil(
      page,
      () => typeof (globalThis as { browser?: unknown }).browser !== 'undefined' && document.readyState === 'complete',
      timeout,
    ),
  );

  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    await openExtensionUrl(page, `${base}${path}`, appRendered);
    return puppeteerPopup(page);
  };

  return {
    browser,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await helper.evaluate(async (u: string) => {
        const b = (
          globalThis as unknown as {
            browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
          }
        ).browser;
        // Firefox match patterns cannot name a port: compare URLs instead.
        const tabs = await b.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? -1;
      }, url);
      if (tabId < 0) throw new Error(`no tab found for ${url}`);
      return tabId;
    },
    openPopup: (tabId) => openExtensionPage(`popup.html?tab=${tabId}`),
    openExtensionPage,
    async close() {
      await browser.close();
    },
  };
}

function puppeteerPopup(page: Page): PopupPage {
  const sel = (id: string) => `[data-testid="${id}"]`;
  return {
    waitFor: async (id, timeoutMs = 15_000) => {
      await page.waitForSelector(sel(id), { visible: true, timeout: timeoutMs });
    },
    text: async (id) => (await page.$eval(sel(id), (el) => el.textContent ?? '')).trim(),
    click: async (id) => {
      await page.click(sel(id));
    },
    texts: (selector) => page.$$eval(selector, (els) => els.map((el) => (el.textContent ?? '').trim())),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
    fill: (id, value) => fillByTyping(page, sel(id), value),
    evaluate: (fn) => page.evaluate(fn) as never,
  };
}
