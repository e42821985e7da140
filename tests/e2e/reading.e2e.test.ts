import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

async function run<D extends Driver>(launch: () => Promise<D>, check?: (driver: D) => Promise<void>): Promise<void> {
  Object.assign(routes, readingRoutes());
  const driver = await launch();
  try {
    await check?.(driver);
    await saveSearchReadExport(driver, server, routes);
  } finally {
    await driver.close();
  }
}

describe('Chromium', () => {
  test('save from the popup, search, read offline, export JSON, see what changed', () =>
    run(launchChromium, async ({ worker }) => {
      // The other two ways to save are in place: the shortcut is registered and the page menu item exists
      // (`update` rejects for an unknown id). Headless browsers cannot press them.
      const wiring = await worker.evaluate(async () => {
        const c = (
          globalThis as unknown as {
            chrome: {
              commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
              contextMenus: { update(id: string, props: object): Promise<void> };
            };
          }
        ).chrome;
        const commands = await c.commands.getAll();
        const menu = await c.contextMenus.update('backstory-save', {}).then(
          () => 'present',
          (e: Error) => e.message,
        );
        return { shortcut: commands.find((k) => k.name === 'save-to-reading-list')?.shortcut, menu };
      });
      expect(wiring).toEqual({ shortcut: 'Alt+Shift+S', menu: 'present' });
    }));
});

describe('Firefox', () => {
  test('save from the popup, search, read offline, export JSON, see what changed', () => run(launchFirefox));
});
