// Serves the demo outlets on 127.0.0.1 and opens Chromium with the extension on the first article. With no
// display (a server, CI), it runs headless, reads both articles and saves the popup as docs/popup-demo.png.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, ROUTES } from '../tests/e2e/server';
import { launchChromium } from '../tests/e2e/chromium';

const [articleA, articleB] = Object.keys(ROUTES);
const server = await startFixtureServer();
const a = server.urlA(articleA!);
const b = server.urlB(articleB!);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  const driver = await launchChromium();
  await driver.openPage(a);
  const tab = await driver.openPage(b);
  const popup = await driver.openPopup(tab);
  await popup.waitFor('headline');
  const out = resolve('docs/popup-demo.png');
  await popup.screenshot(out);
  console.log(`No display: read ${a} and ${b} headless; the popup of the second is in ${out}`);
  await driver.close();
  await server.close();
} else {
  const { chromium } = await import('playwright-core');
  const dir = resolve('dist/chrome-mv3');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'backstory-demo-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(a);
  console.log(
    `Demo outlets: ${a}\n              ${b}\nRead both, then click the Backstory button. Close the browser to stop.`,
  );
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
}
