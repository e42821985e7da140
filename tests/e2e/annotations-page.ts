import type { BrowserContext, Page as PlaywrightPage } from 'playwright-core';
import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import { appRendered, evaluateUntil, openExtensionUrl } from './firefox';
import { pollUntil } from './poll';

/**
 * A tab as the annotation scenario drives it, over Playwright (Chromium) and Puppeteer (Firefox). Page
 * scripts run in the page's main world; Backstory's in-page UI lives in open shadow roots, which the
 * scripts reach through `host.shadowRoot`.
 */
export interface ScenarioTab {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluate an expression (a string, so both drivers take it as is) and return its JSON value. */
  eval<T>(expression: string): Promise<T>;
  /** Wait until an expression is truthy. */
  waitUntil(expression: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

export async function playwrightTab(context: BrowserContext): Promise<ScenarioTab> {
  return wrapPlaywright(await context.newPage());
}

function wrapPlaywright(page: PlaywrightPage): ScenarioTab {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    eval: (expression) => page.evaluate(expression),
    // Polled with evaluate rather than waitForFunction: Playwright's polling compiles the string in the page,
    // which an extension page's CSP (no 'unsafe-eval') refuses; evaluate goes through the debugger protocol.
    waitUntil: (expression, timeoutMs = 15_000) => pollUntil(() => page.evaluate(expression), timeoutMs, expression),
    click: (selector) => page.locator(selector).first().click(),
    close: () => page.close(),
  };
}

export async function puppeteerTab(browser: Browser): Promise<ScenarioTab> {
  const page: PuppeteerPage = await browser.newPage();
  return {
    async goto(url) {
      if (url.startsWith('moz-extension:')) await openExtensionUrl(page, url, appRendered);
      else await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    eval: (expression) => page.evaluate(expression) as Promise<never>,
    waitUntil: (expression, timeoutMs = 15_000) => evaluateUntil(page, expression, timeoutMs),
    click: async (selector) => {
      await page.waitForSelector(selector, { visible: true, timeout: 15_000 });
      await page.click(selector);
    },
    close: () => page.close(),
  };
}
