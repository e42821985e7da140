import type { Db } from '../store/db';
import type { Payload, Reply } from '../messaging';
import type { TabFeedStore } from './tab-feeds';
import type { FetchLike } from '../feeds/fetch';
import { addFeed, earliestPoll, getFeed, listFeeds, removeFeed, setFeedInterval, type FeedRow } from '../store/feeds';
import { pollDueFeeds, pollFeed, pollFeeds, type PollDeps } from '../feeds/poll';
import { discoverFeeds } from '../feeds/discover';
import { pruneHeadlines } from '../store/retention';
import { getStoryDetail, listStories } from '../store/story-list';
import { loadSettings, saveSettings, type SettingsArea } from '../settings';
import { webHref } from '../url';

export const FEED_ALARM = 'backstory:feeds';
export const RETENTION_ALARM = 'backstory:retention';
const DAY_MS = 86_400_000;

/** The part of `browser.alarms` the feeds use. */
export interface AlarmsLike {
  create(name: string, info: { when?: number; periodInMinutes?: number; delayInMinutes?: number }): unknown;
  clear(name: string): Promise<boolean>;
  get(name: string): Promise<unknown>;
}

/** What feeds, stories and retention need from the browser, injected like `BackgroundDeps`. */
export interface FeedServiceDeps {
  db: () => Promise<Db>;
  tabFeeds: TabFeedStore;
  fetch: FetchLike;
  /** Whether the reader granted access to a URL's origin. */
  hasPermission(url: string): Promise<boolean>;
  settings: SettingsArea;
  alarms: AlarmsLike;
  now?: () => Date;
}

export function createFeedHandlers(deps: FeedServiceDeps) {
  const now = () => deps.now?.() ?? new Date();
  const pollDeps = () => pollDepsOf(deps);
  const rows = async (): Promise<FeedRow[]> => listFeeds(await deps.db());

  return {
    async 'feeds:list'(): Promise<Reply<'feeds:list'>> {
      return rows();
    },

    /** Follow a feed and read it once now, so its row shows a title, items or an error straight away. */
    async 'feeds:subscribe'(payload: Payload<'feeds:subscribe'>): Promise<Reply<'feeds:subscribe'>> {
      const url = webHref(payload.url.trim());
      if (!url) throw new Error('Feeds are followed by their http(s) address');
      const db = await deps.db();
      const interval = payload.intervalMinutes ?? (await loadSettings(deps.settings)).feedIntervalMinutes;
      const feed = await addFeed(db, url, interval, now());
      await pollFeed(await pollDeps(), feed);
      await scheduleFeedAlarm(deps);
      const row = (await rows()).find((r) => r.url === url);
      if (!row) throw new Error('The feed was removed while it was being added');
      return row;
    },

    async 'feeds:unsubscribe'(payload: Payload<'feeds:unsubscribe'>): Promise<Reply<'feeds:unsubscribe'>> {
      const db = await deps.db();
      const existed = !!(await getFeed(db, payload.url));
      await removeFeed(db, payload.url);
      await scheduleFeedAlarm(deps);
      return { removed: existed };
    },

    /** "Check now": poll one feed, or all of them, whatever their schedule. */
    async 'feeds:check'(payload: Payload<'feeds:check'>): Promise<Reply<'feeds:check'>> {
      const db = await deps.db();
      const feeds = payload.url ? [await getFeed(db, payload.url)].filter((f) => !!f) : await db.getAll('feeds');
      await pollFeeds(await pollDeps(), feeds);
      await scheduleFeedAlarm(deps);
      return rows();
    },

    /** Change a followed feed's poll interval; the alarm is re-armed at once for the new schedule. */
    async 'feeds:interval'(payload: Payload<'feeds:interval'>): Promise<Reply<'feeds:interval'>> {
      const updated = await setFeedInterval(await deps.db(), payload.url, payload.intervalMinutes, now());
      if (!updated) throw new Error('This feed is not followed any more');
      await scheduleFeedAlarm(deps);
      const row = (await rows()).find((r) => r.url === payload.url);
      if (!row) throw new Error('This feed is not followed any more');
      return row;
    },

    /** The feeds behind a site or article address (the options page asks for the origin's access first). */
    async 'feeds:discover'(payload: Payload<'feeds:discover'>): Promise<Reply<'feeds:discover'>> {
      const url = webHref(payload.url.trim());
      if (!url) throw new Error('Enter a site’s or feed’s http(s) address');
      const found = await discoverFeeds({ fetch: deps.fetch, hasPermission: deps.hasPermission }, url);
      const db = await deps.db();
      const known = await Promise.all(found.map((f) => getFeed(db, f.url)));
      return found.map((f, i) => ({ ...f, subscribed: !!known[i] }));
    },

    async 'feeds:advertised'(payload: Payload<'feeds:advertised'>): Promise<Reply<'feeds:advertised'>> {
      const advertised = await deps.tabFeeds.get(payload.tabId);
      if (!advertised.length) return [];
      const db = await deps.db();
      const known = await Promise.all(advertised.map((f) => getFeed(db, f.url)));
      return advertised.map((f, i) => ({ ...f, subscribed: !!known[i] }));
    },

    async 'stories:list'(payload: Payload<'stories:list'>): Promise<Reply<'stories:list'>> {
      return listStories(await deps.db(), payload);
    },

    async 'stories:get'(payload: Payload<'stories:get'>): Promise<Reply<'stories:get'>> {
      return getStoryDetail(await deps.db(), payload.id);
    },

    async 'settings:get'(): Promise<Reply<'settings:get'>> {
      return loadSettings(deps.settings);
    },

    async 'settings:set'(payload: Payload<'settings:set'>): Promise<Reply<'settings:set'>> {
      return saveSettings(deps.settings, payload);
    },
  };
}

async function pollDepsOf(deps: FeedServiceDeps): Promise<PollDeps> {
  const now = () => deps.now?.() ?? new Date();
  const { retentionDays } = await loadSettings(deps.settings);
  return {
    db: await deps.db(),
    fetch: deps.fetch,
    now,
    hasPermission: deps.hasPermission,
    keepSince: retentionCutoff(now(), retentionDays),
  };
}

function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/** Arm the poll alarm for the earliest feed due (or clear it when no feed is followed). */
export async function scheduleFeedAlarm(deps: Pick<FeedServiceDeps, 'db' | 'alarms'>): Promise<void> {
  const next = await earliestPoll(await deps.db());
  if (!next) {
    await deps.alarms.clear(FEED_ALARM);
    return;
  }
  // Browsers run alarms at most every 30 s; a past time fires at once.
  await deps.alarms.create(FEED_ALARM, { when: Date.parse(next) });
}

/** Arm the daily retention alarm unless it is already armed (the worker starts many times a day). */
export async function ensureRetentionAlarm(alarms: AlarmsLike): Promise<void> {
  if (!(await alarms.get(RETENTION_ALARM)))
    await alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
}

/** What an alarm does when it fires; unknown alarms belong to someone else. */
export async function runAlarm(name: string, deps: FeedServiceDeps): Promise<void> {
  const now = deps.now?.() ?? new Date();
  if (name === FEED_ALARM) {
    await pollDueFeeds(await pollDepsOf(deps));
    await scheduleFeedAlarm(deps);
  } else if (name === RETENTION_ALARM) {
    const { retentionDays } = await loadSettings(deps.settings);
    await pruneHeadlines(await deps.db(), retentionCutoff(now, retentionDays));
  }
}
