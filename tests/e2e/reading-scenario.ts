import { expect } from 'vitest';
import type { Driver, PopupPage } from './popup-page';
import type { FixtureServer } from './server';

/** The reading list's pages, served next to the shared fixtures; the test swaps a slug to "edit" an article. */
export const READING_ROUTES = { COUNCIL: '/politics/2024/08/09/harbour-council-delays-sea-wall-vote' } as const;
export const readingRoutes = (): Record<string, string> => ({ [READING_ROUTES.COUNCIL]: 'council-vote' });
const TRUCE = '/middle-east/2024/08/06/pro-iran-militias-iraq-end-truce-us-troops';

async function saveFromPopup(driver: Driver, url: string): Promise<void> {
  const popup = await driver.openPopup(await driver.openPage(url));
  await popup.waitFor('save-article', 20_000);
  await popup.click('save-article');
  await popup.waitFor('saved-state');
  expect(await popup.text('saved-state')).toContain('Saved to your reading list');
  await popup.close();
}

/** An element's text with whitespace collapsed (fixture HTML wraps its lines). */
async function flat(page: PopupPage, testId: string): Promise<string> {
  return (await page.text(testId)).replace(/\s+/g, ' ');
}

async function pwned(page: PopupPage): Promise<string | null> {
  return page.evaluate(() => document.documentElement.dataset.pwned ?? null);
}

/**
 * The reader's path: save two articles from the popup (one a hostile page), find one by a word of its body on
 * the Reading list page, read it offline, read the hostile one safely, export the library as JSON and read the
 * file back; then the hostile article is edited and the popup says what changed.
 */
export async function saveSearchReadExport(
  driver: Driver,
  server: FixtureServer,
  routes: Record<string, string>,
): Promise<void> {
  await saveFromPopup(driver, server.urlA(TRUCE));
  await saveFromPopup(driver, server.urlA(READING_ROUTES.COUNCIL));

  const list = await driver.openExtensionPage('reading-list.html');
  await list.waitFor('items');
  expect(await list.texts('[data-testid="open-item"]')).toHaveLength(2);
  // A word of the body text only ("procrastination and stalling"), not of any title.
  await list.fill('search', 'procrastination');
  await list.waitFor('items');
  await expect
    .poll(() => list.texts('[data-testid="open-item"]'))
    .toEqual(['Pro-Iran militias in Iraq threaten to resume attacks on US troops']);
  await list.click('open-item');
  await list.waitFor('reader-body');
  expect(await flat(list, 'reader-body')).toContain('procrastination and stalling');
  await list.click('reader-back');

  await list.fill('search', 'sea wall');
  await expect.poll(() => list.texts('[data-testid="open-item"]')).toHaveLength(1);
  await list.click('open-item');
  await list.waitFor('reader-body');
  expect(await flat(list, 'reader-body')).toContain('We would rather build the right wall late');
  // Nothing a payload in the hostile fixture would leave behind (evaluated in the page: no outside variables).
  const dangerous = await list.evaluate(
    () =>
      document.querySelectorAll(
        'script:not([src]), iframe, form, svg, [onerror], [onload], [onclick], [style], [href^="javascript:"]',
      ).length,
  );
  expect(dangerous).toBe(0);
  expect(await pwned(list)).toBeNull();
  await list.click('reader-back');

  await list.fill('search', '');
  await list.click('export-json');
  await list.waitFor('export-link');
  const exported = await list.evaluate(async () => {
    const link = document.querySelector<HTMLAnchorElement>('[data-testid="export-link"]')!;
    return { name: link.download, text: await (await fetch(link.href)).text() };
  });
  expect(exported.name).toMatch(/^backstory-library-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(exported.text) as { format: string; items: Array<{ title: string }>; copies: unknown[] };
  expect(file.format).toBe('backstory-library');
  const titles = file.items.map((i) => i.title).sort();
  expect(titles).toHaveLength(2);
  expect(titles[0]).toContain('Harbour council delays vote');
  expect(titles[1]).toBe('Pro-Iran militias in Iraq threaten to resume attacks on US troops');
  expect(file.copies).toHaveLength(2);
  expect(await pwned(list)).toBeNull();
  await list.close();

  // The outlet edits the article; the reader comes back to it (a tracking parameter: same article, new tab).
  routes[READING_ROUTES.COUNCIL] = 'council-vote-updated';
  const popup = await driver.openPopup(await driver.openPage(`${server.urlA(READING_ROUTES.COUNCIL)}?utm_source=e2e`));
  await popup.waitFor('article-changed', 20_000);
  expect(await flat(popup, 'article-changed')).toMatch(
    /This article changed.*2 paragraphs added, 1 paragraph removed/s,
  );
  await popup.click('article-changed-toggle');
  const diff = await popup.texts('[data-testid="article-diff"] li');
  expect(diff.some((d) => d.startsWith('Removed:') && d.includes('14 million pounds'))).toBe(true);
  expect(diff.some((d) => d.startsWith('Added:') && d.includes('19 million pounds'))).toBe(true);
  expect(await pwned(popup)).toBeNull();
  await popup.close();
}
