import { afterAll, beforeAll, describe, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './server';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { Driver } from './popup-page';
import { readingRoutes, saveSearchReadExport } from './reading-scenario';

let server: FixtureServer;
const routes = readingRoutes();
beforeAll(async () => {
  server = await startFixtureServer(routes);
});
afterAll(async () => {
  await server?.close();
});

async function run(launch: () => Promise<Driver>): Promise<void> {
  Object.assign(routes, readingRoutes());
  const driver = await launch();
  try {
    await saveSearchReadExport(driver, server, routes);
  } finally {
    await driver.close();
  }
}

describe('Chromium', () => {
  test('save from the popup, search, read offline, export JSON, see what changed', () => run(launchChromium));
});

describe('Firefox', () => {
  test('save from the popup, search, read offline, export JSON, see what changed', () => run(launchFirefox));
});
