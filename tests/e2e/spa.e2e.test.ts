import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type ExtraRoutes, type FixtureServer } from './server';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { Driver } from './popup-page';

const ARTICLE = '/iraq/2024/08/07/iraqi-militia-says-truce-with-us-forces-is-over';
const TITLE = 'Iraqi militia says truce with US forces is over after deadly strike';

/**
 * A single-page news site: the shell is a front page; when the server says "go" (the test flips it after the
 * reader has seen the front page), it swaps in an article with history.pushState and no page load — as a
 * reader clicking a headline on a client-rendered site would.
 */
function spaRoutes(state: { go: boolean }): ExtraRoutes {
  const shell = `<!doctype html><html lang="en"><head><title>Tigris Times</title></head><body>
<main id="app"><h1>Tigris Times</h1><p>Latest news is loading.</p></main>
<script>
  const poll = setInterval(async () => {
    if ((await (await fetch('/spa/go')).text()) !== 'go') return;
    clearInterval(poll);
    const html = await (await fetch('${ARTICLE}')).text();
    const next = new DOMParser().parseFromString(html, 'text/html');
    history.pushState({}, '', '/spa${ARTICLE}');
    document.title = next.title;
    document.head.replaceChildren(...[...next.head.childNodes].map((n) => document.importNode(n, true)));
    document.body.replaceChildren(...[...next.body.childNodes].map((n) => document.importNode(n, true)));
  }, 200);
</script></body></html>`;
  return {
    '/spa': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(shell),
    '/spa/go': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(state.go ? 'go' : 'wait'),
  };
}

const state = { go: false };
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(spaRoutes(state));
});
afterAll(async () => {
  await server?.close();
});

/** Reopen the popup until it shows an article headline: the site renders the article some time after the click. */
async function headlineAfterRender(driver: Driver, tab: number): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const popup = await driver.openPopup(tab);
    try {
      await popup.waitFor('headline', 2_000);
      return await popup.text('headline');
    } catch (error) {
      if (Date.now() > deadline) throw error;
    } finally {
      await popup.close();
    }
  }
}

async function frontPageThenArticleWithoutALoad(driver: Driver): Promise<void> {
  state.go = false;
  const tab = await driver.openPage(server.urlA('/spa'));
  const front = await driver.openPopup(tab);
  await front.waitFor('not-article');
  await front.close();

  state.go = true;
  expect(await headlineAfterRender(driver, tab)).toBe(TITLE);
}

const NAME = 'a single-page site that swaps in an article without a load is detected again';

describe('Chromium', () => {
  test(NAME, async () => {
    const driver = await launchChromium();
    try {
      await frontPageThenArticleWithoutALoad(driver);
    } finally {
      await driver.close();
    }
  });
});

describe('Firefox', () => {
  test(NAME, async () => {
    const driver = await launchFirefox();
    try {
      await frontPageThenArticleWithoutALoad(driver);
    } finally {
      await driver.close();
    }
  });
});
