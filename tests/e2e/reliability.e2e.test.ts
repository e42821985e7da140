import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from './server';
import { launchChromium } from './chromium';
import { evaluateUntil, FIREFOX_UUID, launchFirefox, openExtensionUrl } from './firefox';
import { BURST, burstRoutes, checkIntegrity, type Integrity } from './reliability-pages';

/** Articles opened at once: enough that saves are still running when the background is stopped. */
const BURST_SIZE = 8;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(burstRoutes(BURST_SIZE + 4));
});
afterAll(async () => {
  await server?.close();
});

/**
 * After the background was stopped: a new article is analysed and stored (the background serves again), and
 * the base holds only whole articles, at least those stored before the stop.
 */
async function expectServedAfterwards<P>(
  newPage: () => Promise<P>,
  goto: (page: P, url: string) => Promise<unknown>,
  inExtension: (fn: typeof checkIntegrity) => Promise<Integrity | null>,
  atStop: Integrity,
): Promise<void> {
  const url = server.urlB(BURST(BURST_SIZE));
  await goto(await newPage(), url);
  await expect.poll(async () => (await inExtension(checkIntegrity))?.ids ?? [], { timeout: 60_000 }).toContain(url);
  const found = (await inExtension(checkIntegrity))!;
  expect(found.broken).toEqual([]);
  expect(found.orphans).toBe(0);
  expect(found.ids).toEqual(expect.arrayContaining(atStop.ids));
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
      // Kill the worker as the browser does to an idle or crashed one: its open transactions are aborted.
      const cdp = await driver.context.newCDPSession(ext);
      const { targetInfos } = await cdp.send('Target.getTargets');
      const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(driver.extensionId));
      expect(await cdp.send('Target.closeTarget', { targetId: worker!.targetId })).toEqual({ success: true });
      console.log(`worker stopped with ${atStop!.articles} of ${BURST_SIZE} articles stored`);

      // The next message (the burst's pending pages, then one more article) starts a new worker.
      await expectServedAfterwards(
        () => driver.context.newPage(),
        (page, url) => page.goto(url),
        (fn) => ext.evaluate(fn),
        atStop!,
      );
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
      await openExtensionUrl(page, `moz-extension://${FIREFOX_UUID}/popup.html?tab=1`, (p, timeout) =>
        evaluateUntil(p, () => document.readyState === 'complete' && 'browser' in globalThis, timeout),
      );
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
      await expectServedAfterwards(
        () => driver.browser.newPage(),
        (page, url) => page.goto(url),
        (fn) => check.evaluate(fn),
        atStop!,
      );
    } finally {
      await driver.close();
    }
  });
});
