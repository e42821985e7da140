import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from './server';
import { launchChromium } from './chromium';
import { FIREFOX_UUID, launchFirefox } from './firefox';
import { BURST, burstPage, checkIntegrity, type Integrity } from './reliability-pages';

/** Articles opened at once: enough that saves are still running when the background is stopped. */
const BURST_SIZE = 8;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(burstPage);
});
afterAll(async () => {
  await server?.close();
});

function expectWhole(found: Integrity | null, atLeast: number): void {
  expect(found).not.toBeNull();
  expect(found!.broken).toEqual([]);
  expect(found!.orphans).toBe(0);
  expect(found!.articles).toBeGreaterThanOrEqual(atLeast);
}

describe('Chromium', () => {
  test('a service worker stopped in the middle of a burst of saves leaves only whole articles', async () => {
    const driver = await launchChromium();
    try {
      const ext = await driver.context.newPage();
      await ext.goto(`chrome-extension://${driver.extensionId}/popup.html?tab=1`);
      for (let n = 0; n < BURST_SIZE; n++) {
        const page = await driver.context.newPage();
        void page.goto(server.urlA(BURST(n))).catch(() => undefined);
      }
      // Stop the worker as soon as the first article is stored: the others are being analysed or saved.
      let atStop: Integrity | null = null;
      await expect
        .poll(async () => (atStop = await ext.evaluate(checkIntegrity))?.articles ?? 0, {
          timeout: 60_000,
          interval: 20,
        })
        .toBeGreaterThan(0);
      const stopped = new Promise<void>((resolve) => driver.worker.once('close', () => resolve()));
      const cdp = await driver.context.newCDPSession(ext);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      console.log(`worker stopped with ${atStop!.articles} of ${BURST_SIZE} articles stored`);

      // Restarted by the next message (a new article's analysis); it keeps serving and the base is whole.
      const after = await driver.openPage(server.urlB(BURST(BURST_SIZE)));
      const popup = await driver.openPopup(after);
      await popup.waitFor('headline', 30_000);
      expectWhole(await ext.evaluate(checkIntegrity), atStop!.articles + 1);
    } finally {
      await driver.close();
    }
  });
});

describe('Firefox', () => {
  // MV2 has no service worker to stop; the nearest honest equivalent is reloading the extension, which
  // tears down the background page (and its open transactions) and starts a new one.
  test('the background page reloaded in the middle of a burst of saves leaves only whole articles', async () => {
    const driver = await launchFirefox();
    const extensionPage = async (): Promise<Page> => {
      const page = await driver.browser.newPage();
      void page.goto(`moz-extension://${FIREFOX_UUID}/popup.html?tab=1`).catch(() => undefined);
      await page.waitForFunction(() => document.readyState === 'complete' && 'browser' in globalThis, {
        timeout: 20_000,
      });
      return page;
    };
    try {
      const ext = await extensionPage();
      for (let n = 0; n < BURST_SIZE; n++) {
        const page = await driver.browser.newPage();
        void page.goto(server.urlA(BURST(n))).catch(() => undefined);
      }
      let atStop: Integrity | null = null;
      await expect
        .poll(async () => (atStop = await ext.evaluate(checkIntegrity))?.articles ?? 0, {
          timeout: 60_000,
          interval: 20,
        })
        .toBeGreaterThan(0);
      await ext
        .evaluate(() =>
          (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(),
        )
        .catch(() => undefined);
      console.log(`extension reloaded with ${atStop!.articles} of ${BURST_SIZE} articles stored`);

      const check = await extensionPage();
      const after = await driver.openPage(server.urlB(BURST(BURST_SIZE)));
      const popup = await driver.openPopup(after);
      await popup.waitFor('headline', 30_000);
      expectWhole(await check.evaluate(checkIntegrity), atStop!.articles + 1);
    } finally {
      await driver.close();
    }
  });
});
