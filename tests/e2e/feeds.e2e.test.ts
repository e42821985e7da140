import { afterAll, beforeAll, describe, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './server';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { openChromiumExtensionPage, openFirefoxExtensionPage } from './extension-page';
import { FEED_ROUTES, followFeedsAndFindTheStory } from './feeds-scenario';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(FEED_ROUTES);
});
afterAll(async () => {
  await server?.close();
});

const TITLE =
  'a followed feed becomes related coverage and a story; a broken feed fails alone; a site is followed by its address';

describe('Chromium', () => {
  test(TITLE, async () => {
    const driver = await launchChromium();
    try {
      await followFeedsAndFindTheStory(driver, server, (path) => openChromiumExtensionPage(driver, path));
    } finally {
      await driver.close();
    }
  });
});

describe('Firefox', () => {
  test(TITLE, async () => {
    const driver = await launchFirefox();
    try {
      await followFeedsAndFindTheStory(driver, server, (path) => openFirefoxExtensionPage(driver.browser, path));
    } finally {
      await driver.close();
    }
  });
});
