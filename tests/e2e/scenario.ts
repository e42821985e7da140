import { expect } from 'vitest';
import type { Driver } from './popup-page';
import type { FixtureServer } from './server';

const ARTICLE_A = '/middle-east/2024/08/06/pro-iran-militias-iraq-end-truce-us-troops';
const ARTICLE_B = '/iraq/2024/08/07/iraqi-militia-says-truce-with-us-forces-is-over';
const NOT_ARTICLE = '/weather/tides';

/**
 * The reader's path: read one outlet's story, then another outlet's story about the same event, then a
 * page that is not an article. The second popup shows the first as related, its source and a timeline.
 */
export async function readTwoOutletsAndAToolPage(
  driver: Driver,
  server: FixtureServer,
  screenshotPath?: string,
): Promise<void> {
  const tabA = await driver.openPage(server.urlA(ARTICLE_A));
  const popupA = await driver.openPopup(tabA);
  await popupA.waitFor('headline');
  expect(await popupA.text('headline')).toBe('Pro-Iran militias in Iraq threaten to resume attacks on US troops');
  expect(await popupA.text('authors')).toBe('Mina Haddad, Omar Saleh');
  expect(await popupA.text('cited-sources')).toContain('The National');
  await popupA.close();

  const tabB = await driver.openPage(server.urlB(ARTICLE_B));
  const popup = await driver.openPopup(tabB);
  await popup.waitFor('headline');
  expect(await popup.text('headline')).toBe('Iraqi militia says truce with US forces is over after deadly strike');
  expect(await popup.text('publisher')).toContain('Tigris Times');
  expect(await popup.text('authors')).toBe('Sara Whitfield');
  expect(await popup.text('published')).toMatch(/2024/);
  const entities = await popup.texts('[data-testid="entities"] li');
  expect(entities.join(' | ')).toMatch(/Al Lami/);
  if (screenshotPath) await popup.screenshot(screenshotPath);

  await popup.click('tab-timeline');
  await popup.waitFor('timeline');
  const events = await popup.texts('[data-testid="timeline"] li');
  // The strike on July 30 is dated in both articles; the first article's events come in as related.
  expect(events.some((e) => /30 Jul 2024|Jul 30, 2024/.test(e))).toBe(true);
  expect(events.some((e) => e.includes('This article'))).toBe(true);
  expect(events.some((e) => e.includes('Gulf Ledger'))).toBe(true);

  await popup.click('tab-related');
  await popup.waitFor('related');
  const related = await popup.texts('[data-testid="related"] li');
  expect(related[0]).toContain('Pro-Iran militias in Iraq threaten to resume attacks on US troops');
  expect(related[0]).toContain('Gulf Ledger');
  await popup.close();

  const tabC = await driver.openPage(server.urlA(NOT_ARTICLE));
  const popupC = await driver.openPopup(tabC);
  await popupC.waitFor('not-article');
  expect(await popupC.text('not-article')).toContain('Not a news article');
  // "Analyse anyway" runs the extractor on demand.
  await popupC.click('analyze-anyway');
  await popupC.waitFor('headline');
  await popupC.close();
}
