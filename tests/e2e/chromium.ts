import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Driver, PopupPage } from './popup-page';

export const CHROME_BUILD = resolve('dist/chrome-mv3');

export interface ChromiumDriver extends Driver {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

/** `headless: false` opens a real window (the `npm start` demo); tests run headless. */
export async function launchChromium(extensionDir = CHROME_BUILD, { headless = true } = {}): Promise<ChromiumDriver> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Tests reach only the local server; the demo window is a browser a person may use for real.
      ...(headless ? ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  const driver: ChromiumDriver = {
    context,
    worker,
    extensionId,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await worker.evaluate(async (u) => {
        const api = (
          globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }
        ).chrome;
        const tabs = await api.tabs.query({ url: u });
        return tabs[0]?.id ?? -1;
      }, url);
      if (tabId < 0) throw new Error(`no tab found for ${url}`);
      return tabId;
    },
    openPopup(tabId) {
      return driver.openExtensionPage(`popup.html?tab=${tabId}`);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return playwrightPopup(page);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return driver;
}

function playwrightPopup(page: Page): PopupPage {
  const byId = (id: string) => page.locator(`[data-testid="${id}"]`).first();
  return {
    waitFor: (id, timeoutMs = 15_000) => byId(id).waitFor({ state: 'visible', timeout: timeoutMs }),
    text: async (id) => ((await byId(id).textContent()) ?? '').trim(),
    click: (id) => byId(id).click(),
    texts: async (selector) => (await page.locator(selector).allTextContents()).map((t) => t.trim()),
    screenshot: async (path) => {
      await page.setViewportSize({ width: 400, height: 600 });
      await page.screenshot({ path });
    },
    close: () => page.close(),
    fill: (id, value) => byId(id).fill(value),
    evaluate: (fn) => page.evaluate(fn),
  };
}
