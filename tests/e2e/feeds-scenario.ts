import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Driver } from './popup-page';
import type { ExtraRoutes, FixtureServer } from './server';
import { byTestId, type ExtensionPage } from './extension-page';

const feeds = new URL('../fixtures/feeds/', import.meta.url);
export const WORLD_FEED = '/feeds/world.xml';
export const BROKEN_FEED = '/feeds/broken.xml';
const ATOM_FEED = '/feeds/atom.xml';
const OUTLET_FRONT = '/outlet/front';
const COURIER_FEED = '/feeds/courier.xml';
const COURIER_PAGE = '/courier/2024/today.html';
const ARTICLE_A = '/middle-east/2024/08/06/pro-iran-militias-iraq-end-truce-us-troops';
const FEED_HEADLINE = 'Iraqi militias end truce with US troops after strike';

/** The feeds the e2e "outlets" serve: a working RSS feed with validators, and one that always fails. */
export const FEED_ROUTES: ExtraRoutes = {
  [WORLD_FEED]: (req, res) => {
    if (req.headers['if-none-match'] === '"world-1"') {
      res.writeHead(304).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"world-1"' })
      .end(readFileSync(new URL('e2e-world.xml', feeds)));
  },
  [BROKEN_FEED]: (_req, res) => {
    res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
  },
  [ATOM_FEED]: (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(readFileSync(new URL('atom.xml', feeds)));
  },
  [COURIER_FEED]: (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(readFileSync(new URL('rss2.xml', feeds)));
  },
  // A site page whose feed link is relative: the reader pastes the page's address, not the feed's.
  [COURIER_PAGE]: (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html><head><title>Courier</title><link rel="alternate" type="application/rss+xml" href="../../feeds/courier.xml"></head><body><p>Today.</p></body></html>`,
      );
  },
  // An outlet's front page: not an article, but it advertises its feed.
  [OUTLET_FRONT]: (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html><head><title>Summit Wire</title><link rel="alternate" type="application/atom+xml" title="Summit Wire" href="${ATOM_FEED}"></head><body><h1>Summit Wire</h1><p>Today's news.</p></body></html>`,
      );
  },
};

const row = (url: string) => `${byTestId('feed-row')}[data-url="${url}"]`;

/** Paste an address (a feed's or a page's) and follow what it leads to: `feedUrl`'s row appears. */
async function follow(options: ExtensionPage, address: string, feedUrl = address): Promise<void> {
  await options.fill(byTestId('feed-url'), address);
  await options.click(byTestId('feed-subscribe'));
  await options.waitFor(row(feedUrl));
}

/** A feed that fails today is refused with its error, and can be followed anyway. */
async function followAnyway(options: ExtensionPage, url: string, error: RegExp): Promise<void> {
  await options.fill(byTestId('feed-url'), url);
  await options.click(byTestId('feed-subscribe'));
  await options.waitForText(byTestId('notice'), error);
  await options.click(byTestId('feed-follow-anyway'));
  await options.waitFor(row(url));
}

/**
 * The reader follows two feeds on the settings page (one broken) and a site by its page's address, checks
 * them now, reads an article the working feed covers, sees the feed's headline as related coverage, and
 * finds the story on the Stories page. The fixtures are dated 2024: the reader keeps headlines ten years.
 */
export async function followFeedsAndFindTheStory(
  driver: Driver,
  server: FixtureServer,
  openExtensionPage: (path: string) => Promise<ExtensionPage>,
): Promise<void> {
  const world = server.urlA(WORLD_FEED);
  const broken = server.urlA(BROKEN_FEED);
  const options = await openExtensionPage('/options.html');
  await options.waitFor(byTestId('feeds-empty'));
  await options.fill(byTestId('retention-days'), '3650');
  await options.click(byTestId('retention-save'));
  await options.waitForText(byTestId('notice'), /^Saved\.$/);
  await follow(options, world);
  await followAnyway(options, broken, /HTTP 500/);
  const courier = server.urlB(COURIER_FEED);
  await follow(options, server.urlB(COURIER_PAGE), courier);
  await options.waitForText(`${row(courier)} ${byTestId('feed-title')}`, /^Harbour Herald & Post$/);
  await options.click(byTestId('check-all'));
  await options.waitForText(`${row(broken)} ${byTestId('feed-error')}`, /HTTP 500/);
  await options.waitForText(`${row(world)} ${byTestId('feed-items')}`, /^2 headlines$/);
  expect(await options.text(`${row(world)} ${byTestId('feed-title')}`)).toBe('Euphrates Wire');
  expect(await options.text(`${row(world)} ${byTestId('feed-success')}`)).toMatch(/^last read/);
  // The broken feed's failure stays on its own row.
  expect(await options.texts(`${row(world)} ${byTestId('feed-error')}`)).toEqual([]);
  expect(await options.text(`${row(broken)} ${byTestId('feed-items')}`)).toBe('0 headlines');
  await options.close();

  const tab = await driver.openPage(server.urlA(ARTICLE_A));
  const popup = await driver.openPopup(tab);
  await popup.waitFor('headline');
  await popup.click('tab-related');
  await popup.waitFor('related');
  const related = await popup.texts('[data-testid="related"] li');
  expect(related.some((r) => r.includes(FEED_HEADLINE) && r.includes('headline'))).toBe(true);
  await popup.waitFor('open-story');
  await popup.close();

  const stories = await openExtensionPage('/stories.html');
  await stories.waitFor(byTestId('story-item'));
  const items = await stories.texts(byTestId('story-item'));
  const index = items.findIndex((t) => t.includes('Pro-Iran militias in Iraq threaten to resume attacks on US troops'));
  expect(index).toBeGreaterThanOrEqual(0);
  expect(items[index]).toMatch(/2 outlets/);
  await stories.click(`${byTestId('story-item')}:nth-child(${index + 1}) ${byTestId('story-open')}`);
  await stories.waitFor(byTestId('story-coverage'));
  const coverage = await stories.texts(`${byTestId('story-coverage')} li`);
  expect(coverage.some((c) => c.includes(FEED_HEADLINE))).toBe(true);
  expect(coverage.some((c) => c.includes('Pro-Iran militias in Iraq threaten to resume attacks on US troops'))).toBe(
    true,
  );
  await stories.close();

  // An outlet's front page advertises a feed: "Follow this outlet" in the popup follows it.
  const front = await driver.openPage(server.urlB(OUTLET_FRONT));
  const frontPopup = await driver.openPopup(front);
  await frontPopup.waitFor('follow-outlet');
  expect(await frontPopup.text('follow-outlet')).toBe('Follow this outlet (Summit Wire)');
  await frontPopup.click('follow-outlet');
  await frontPopup.waitFor('following');
  await frontPopup.close();
  const after = await openExtensionPage('/options.html');
  await after.waitForText(`${row(server.urlB(ATOM_FEED))} ${byTestId('feed-items')}`, /^2 headlines$/);
  await after.close();
}
