import { afterAll, beforeAll, describe, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './server';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { readTwoOutletsAndAToolPage } from './scenario';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

describe('Chromium', () => {
  test('two outlets on one story, and a page that is not an article', async () => {
    const driver = await launchChromium();
    try {
      await readTwoOutletsAndAToolPage(driver, server, process.env.BACKSTORY_SCREENSHOT);
    } finally {
      await driver.close();
    }
  });
});

describe('Firefox', () => {
  test('two outlets on one story, and a page that is not an article', async () => {
    const driver = await launchFirefox();
    try {
      await readTwoOutletsAndAToolPage(driver, server);
    } finally {
      await driver.close();
    }
  });
});
