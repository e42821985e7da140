// Serves the demo outlets on 127.0.0.1 and opens Chromium with the extension on the first article. With no
// display (a server, CI), it runs headless, reads both articles and saves the popup as docs/popup-demo.png.
import { resolve } from 'node:path';
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
  const driver = await launchChromium(undefined, { headless: false });
  const page = driver.context.pages()[0] ?? (await driver.context.newPage());
  await page.goto(a);
  console.log(
    `Demo outlets: ${a}\n              ${b}\nRead both, then click the Backstory button. Close the browser to stop.`,
  );
  await new Promise<void>((done) => driver.context.on('close', () => done()));
  await server.close();
}
