import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumDriver } from './chromium';
import { appRendered, evaluateUntil, fillByTyping, FIREFOX_UUID, openExtensionUrl } from './firefox';

/** An extension page (settings, Stories) driven by CSS selectors, the same in both browsers. */
export interface ExtensionPage {
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  /** Wait until the element's text matches. */
  waitForText(selector: string, pattern: RegExp, timeoutMs?: number): Promise<void>;
  text(selector: string): Promise<string>;
  texts(selector: string): Promise<string[]>;
  attr(selector: string, name: string): Promise<string | null>;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  close(): Promise<void>;
}

export const byTestId = (id: string) => `[data-testid="${id}"]`;

export async function openChromiumExtensionPage(driver: ChromiumDriver, path: string): Promise<ExtensionPage> {
  const page = await driver.context.newPage();
  await page.goto(`chrome-extension://${driver.extensionId}${path}`);
  const first = (s: string) => page.locator(s).first();
  return {
    waitFor: (s, timeout = 15_000) => first(s).waitFor({ state: 'visible', timeout }),
    waitForText: async (s, pattern, timeout = 15_000) => {
      await page.waitForFunction(
        ([sel, source, flags]) => new RegExp(source!, flags).test(document.querySelector(sel!)?.textContent ?? ''),
        [s, pattern.source, pattern.flags],
        { timeout },
      );
    },
    text: async (s) => ((await first(s).textContent()) ?? '').trim(),
    texts: async (s) => (await page.locator(s).allTextContents()).map((t) => t.trim()),
    attr: (s, name) => first(s).getAttribute(name),
    click: (s) => first(s).click(),
    fill: (s, value) => first(s).fill(value),
    close: () => page.close(),
  };
}

export async function openFirefoxExtensionPage(browser: Browser, path: string): Promise<ExtensionPage> {
  const page: PuppeteerPage = await browser.newPage();
  await openExtensionUrl(page, `moz-extension://${FIREFOX_UUID}${path}`, appRendered);
  return {
    waitFor: async (s, timeout = 15_000) => {
      await page.waitForSelector(s, { visible: true, timeout });
    },
    waitForText: async (s, pattern, timeout = 15_000) => {
      await evaluateUntil(
        page,
        (sel: string, source: string, flags: string) =>
          new RegExp(source, flags).test(document.querySelector(sel)?.textContent ?? ''),
        timeout,
        s,
        pattern.source,
        pattern.flags,
      );
    },
    text: async (s) => (await page.$eval(s, (el) => el.textContent ?? '')).trim(),
    texts: (s) => page.$$eval(s, (els) => els.map((el) => (el.textContent ?? '').trim())),
    attr: (s, name) => page.$eval(s, (el, n) => el.getAttribute(n), name),
    click: async (s) => {
      await page.click(s);
    },
    fill: (s, value) => fillByTyping(page, s, value),
    close: () => page.close(),
  };
}
