import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openBackstoryDb, type Db } from '../../lib/store/db';
import {
  createFeedHandlers,
  ensureRetentionAlarm,
  FEED_ALARM,
  RETENTION_ALARM,
  runAlarm,
  type FeedServiceDeps,
} from '../../lib/background/feeds-service';
import { createHandlers } from '../../lib/background/service';
import { sessionTabStates } from '../../lib/background/tabs';
import { sessionTabFeeds } from '../../lib/background/tab-feeds';
import { parseMessage } from '../../lib/messaging';
import type { FetchLike } from '../../lib/feeds/fetch';
import { NOW } from '../helpers/articles';

const FEED = 'http://127.0.0.1:9/world.xml';
const world = readFileSync(new URL('../fixtures/feeds/e2e-world.xml', import.meta.url), 'utf8');
const DAY = 86_400_000;

let db: Promise<Db>;
let clock: Date;
let fetched: string[];
let deps: FeedServiceDeps;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  db = openBackstoryDb();
  clock = NOW;
  fetched = [];
  const fetch: FetchLike = async (url) => {
    fetched.push(url);
    return url === FEED ? new Response(world) : new Response('gone', { status: 410 });
  };
  deps = {
    db: () => db,
    tabFeeds: sessionTabFeeds(fakeBrowser.storage.session),
    fetch,
    hasPermission: async () => true,
    settings: fakeBrowser.storage.local,
    alarms: fakeBrowser.alarms,
    now: () => clock,
  };
});

describe('feed handlers and alarms', () => {
  test('following a feed reads it at once and arms the poll alarm for its next poll', async () => {
    const handlers = createFeedHandlers(deps);
    const row = await handlers['feeds:subscribe']({ url: FEED, intervalMinutes: 30 });
    expect(row).toMatchObject({ url: FEED, title: 'Euphrates Wire', itemCount: 2, lastError: null });
    expect(fetched).toEqual([FEED]);
    const alarm = await fakeBrowser.alarms.get(FEED_ALARM);
    expect(alarm?.scheduledTime).toBe(NOW.getTime() + 30 * 60_000);

    // The alarm fires when due: only due feeds are fetched, then the alarm is re-armed.
    clock = new Date(NOW.getTime() + 31 * 60_000);
    await runAlarm(FEED_ALARM, deps);
    expect(fetched).toEqual([FEED, FEED]);
    expect((await fakeBrowser.alarms.get(FEED_ALARM))?.scheduledTime).toBe(clock.getTime() + 30 * 60_000);

    // Unfollowing the last feed clears the alarm.
    expect(await handlers['feeds:unsubscribe']({ url: FEED })).toEqual({ removed: true });
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeUndefined();
    expect(await handlers['feeds:list']()).toEqual([]);
  });

  test('new feeds get the interval from the settings; "check now" polls whatever the schedule', async () => {
    const handlers = createFeedHandlers(deps);
    await handlers['settings:set']({ feedIntervalMinutes: 120 });
    const row = await handlers['feeds:subscribe']({ url: FEED });
    expect(row.intervalMinutes).toBe(120);
    const gone = await handlers['feeds:subscribe']({ url: 'http://127.0.0.1:9/gone.xml' });
    expect(gone.lastError).toBe('HTTP 410');
    const rows = await handlers['feeds:check']({});
    expect(fetched).toHaveLength(4);
    expect(rows.map((r) => [r.url, r.lastError])).toEqual([
      ['http://127.0.0.1:9/gone.xml', 'HTTP 410'],
      [FEED, null],
    ]);
    await handlers['feeds:check']({ url: FEED });
    expect(fetched.at(-1)).toBe(FEED);
    expect(fetched).toHaveLength(5);
  });

  test('feeds a page advertises reach the popup, marked when already followed', async () => {
    const core = createHandlers({
      db: () => db,
      tabs: sessionTabStates(fakeBrowser.storage.session),
      tabFeeds: deps.tabFeeds,
      injectExtractor: async () => undefined,
      setBadge: async () => undefined,
      tabUrl: async () => null,
    });
    const feeds = createFeedHandlers(deps);
    const other = 'http://127.0.0.1:9/other.xml';
    await core['page:detected'](
      {
        url: 'http://127.0.0.1:9/',
        isArticle: false,
        signals: [],
        feeds: [
          { url: FEED, title: 'World' },
          { url: other, title: null },
        ],
      },
      { tabId: 4, frameId: 0 },
    );
    await feeds['feeds:subscribe']({ url: FEED });
    expect(await feeds['feeds:advertised']({ tabId: 4 })).toEqual([
      { url: FEED, title: 'World', subscribed: true },
      { url: other, title: null, subscribed: false },
    ]);
    expect(await feeds['feeds:advertised']({ tabId: 5 })).toEqual([]);
  });

  test('the retention alarm is armed once and prunes headlines older than the setting', async () => {
    await ensureRetentionAlarm(fakeBrowser.alarms);
    const first = await fakeBrowser.alarms.get(RETENTION_ALARM);
    expect(first?.periodInMinutes).toBe(24 * 60);
    await ensureRetentionAlarm(fakeBrowser.alarms);
    expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toEqual(first);

    const handlers = createFeedHandlers(deps);
    await handlers['feeds:subscribe']({ url: FEED });
    expect(await (await db).count('headlines')).toBe(2);
    await handlers['settings:set']({ retentionDays: 10 });
    clock = new Date(NOW.getTime() + 9 * DAY);
    await runAlarm(RETENTION_ALARM, deps);
    expect(await (await db).count('headlines')).toBe(2);
    clock = new Date(NOW.getTime() + 11 * DAY);
    await runAlarm(RETENTION_ALARM, deps);
    expect(await (await db).count('headlines')).toBe(0);
  });

  test('a non-web address is refused; feed messages are accepted from extension pages only', async () => {
    await expect(createFeedHandlers(deps)['feeds:subscribe']({ url: 'ftp://x.example/feed' })).rejects.toThrow(
      /http\(s\)/,
    );
    const msg = { backstory: 1, name: 'feeds:subscribe', payload: { url: FEED } };
    expect(parseMessage(msg, { id: 'me', url: 'https://evil.example/', tab: { id: 1 } }, 'me', 'ext://me/').ok).toBe(
      false,
    );
    expect(parseMessage(msg, { id: 'me', url: 'ext://me/options.html' }, 'me', 'ext://me/').ok).toBe(true);
    expect(
      parseMessage(
        { ...msg, payload: { url: 'not a url' } },
        { id: 'me', url: 'ext://me/options.html' },
        'me',
        'ext://me/',
      ).ok,
    ).toBe(false);
  });

  test("a feed's interval changes after following; its next poll and the alarm move at once", async () => {
    const handlers = createFeedHandlers(deps);
    await handlers['feeds:subscribe']({ url: FEED, intervalMinutes: 60 });
    expect((await fakeBrowser.alarms.get(FEED_ALARM))?.scheduledTime).toBe(NOW.getTime() + 60 * 60_000);

    clock = new Date(NOW.getTime() + 10 * 60_000);
    const row = await handlers['feeds:interval']({ url: FEED, intervalMinutes: 15 });
    // Counted from the last poll: due 15 minutes after NOW.
    expect(row).toMatchObject({
      url: FEED,
      intervalMinutes: 15,
      nextPollAt: new Date(NOW.getTime() + 15 * 60_000).toISOString(),
    });
    expect((await fakeBrowser.alarms.get(FEED_ALARM))?.scheduledTime).toBe(NOW.getTime() + 15 * 60_000);

    // A shorter interval that is already past is due now, never in the past.
    clock = new Date(NOW.getTime() + 40 * 60_000);
    await handlers['feeds:interval']({ url: FEED, intervalMinutes: 30 });
    expect((await fakeBrowser.alarms.get(FEED_ALARM))?.scheduledTime).toBe(clock.getTime());
    await runAlarm(FEED_ALARM, deps);
    expect(fetched).toEqual([FEED, FEED]);
    expect((await fakeBrowser.alarms.get(FEED_ALARM))?.scheduledTime).toBe(clock.getTime() + 30 * 60_000);

    await expect(
      handlers['feeds:interval']({ url: 'http://127.0.0.1:9/none.xml', intervalMinutes: 30 }),
    ).rejects.toThrow(/not followed/);
  });

  test('the interval message is validated: whole minutes from 5 to a day', () => {
    const from = { id: 'me', url: 'ext://me/options.html' };
    const interval = (intervalMinutes: unknown) =>
      parseMessage(
        { backstory: 1, name: 'feeds:interval', payload: { url: FEED, intervalMinutes } },
        from,
        'me',
        'ext://me/',
      ).ok;
    expect(interval(30)).toBe(true);
    expect(interval(1440)).toBe(true);
    for (const bad of [4, 1441, 7.5, '30', null]) expect(interval(bad)).toBe(false);
  });

  test('discovery marks feeds already followed', async () => {
    const page = 'http://127.0.0.1:9/front';
    deps.fetch = async (url) =>
      url === page
        ? new Response(`<!doctype html><head><link rel=alternate type=application/rss+xml href=world.xml title=World>
            <link rel=alternate type=application/atom+xml href=/other.xml></head>`)
        : new Response(world);
    const handlers = createFeedHandlers(deps);
    await handlers['feeds:subscribe']({ url: FEED });
    expect(await handlers['feeds:discover']({ url: page })).toEqual([
      { url: FEED, title: 'World', permitted: true, subscribed: true },
      { url: 'http://127.0.0.1:9/other.xml', title: null, permitted: true, subscribed: false },
    ]);
  });

  test('items the feed dates before the retention cutoff are not stored; undated ones are', async () => {
    const undated = world.replace('<pubDate>Mon, 05 Aug 2024 08:00:00 GMT</pubDate>', '');
    deps.fetch = async () => new Response(undated);
    const handlers = createFeedHandlers(deps);
    // Two days on, with 2 days kept: the item of 06 Aug is three days old, the undated one is new.
    clock = new Date(NOW.getTime() + 2 * DAY);
    await handlers['settings:set']({ retentionDays: 2 });
    const row = await handlers['feeds:subscribe']({ url: FEED });
    expect(row.itemCount).toBe(1);
    expect((await (await db).getAll('headlines')).map((h) => h.title)).toEqual(['Harbour regatta postponed by storms']);
  });
});
