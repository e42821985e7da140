import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { openBackstoryDb, type Db } from '../../lib/store/db';
import { addFeed, getFeed, listFeeds } from '../../lib/store/feeds';
import { pollDueFeeds, pollFeed, nextPollAt, type PollDeps } from '../../lib/feeds/poll';
import { fetchFeed, type FetchLike } from '../../lib/feeds/fetch';
import { saveAnalyzedArticle } from '../../lib/store/articles';
import { findRelated } from '../../lib/stories/related';
import { analyzedFixture, NOW, URL_A } from '../helpers/articles';

const FEED = 'http://127.0.0.1:9/world.xml';
const BROKEN = 'http://127.0.0.1:9/broken.xml';
const world = readFileSync(new URL('../fixtures/feeds/e2e-world.xml', import.meta.url), 'utf8');

interface Call {
  url: string;
  headers: Record<string, string>;
}

/** A fetch over a route table; records each request's conditional headers. */
function fakeFetch(routes: Record<string, (headers: Record<string, string>) => Response>, calls: Call[]): FetchLike {
  return async (url, init) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    calls.push({ url, headers });
    const route = routes[url];
    if (!route) return new Response('not found', { status: 404 });
    return route(headers);
  };
}

function rss(items: number, offset = 0): string {
  const body = Array.from(
    { length: items },
    (_, i) =>
      `<item><title>Story number ${i + offset} about topic ${i + offset}</title><link>http://news.example/${i + offset}</link><pubDate>${new Date(Date.UTC(2024, 7, 1, 0, i + offset)).toUTCString()}</pubDate></item>`,
  ).join('');
  return `<rss version="2.0"><channel><title>Many</title>${body}</channel></rss>`;
}

let db: Db;
let clock: Date;
let calls: Call[];
const deps = (fetch: FetchLike, extra: Partial<PollDeps> = {}): PollDeps => ({
  db,
  fetch,
  now: () => clock,
  hasPermission: async () => true,
  ...extra,
});

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openBackstoryDb();
  clock = NOW;
  calls = [];
});

describe('polling', () => {
  test('a poll stores items as headlines in stories, sends validators next time, and a 304 changes nothing', async () => {
    await addFeed(db, FEED, 30, clock);
    const fetch = fakeFetch(
      {
        [FEED]: (h) =>
          h['if-none-match'] === '"v1"'
            ? new Response(null, { status: 304 })
            : new Response(world, { headers: { etag: '"v1"', 'last-modified': 'Tue, 06 Aug 2024 11:00:00 GMT' } }),
      },
      calls,
    );
    const [first] = await pollDueFeeds(deps(fetch));
    expect(first).toEqual({ url: FEED, added: 2, error: null });
    const feed = await getFeed(db, FEED);
    expect(feed).toMatchObject({
      title: 'Euphrates Wire',
      etag: '"v1"',
      lastModified: 'Tue, 06 Aug 2024 11:00:00 GMT',
      lastSuccessAt: NOW.toISOString(),
      lastError: null,
      failures: 0,
      nextPollAt: new Date(NOW.getTime() + 30 * 60_000).toISOString(),
    });
    const headlines = await db.getAllFromIndex('headlines', 'by-feed', FEED);
    expect(headlines.map((h) => h.title).sort()).toEqual([
      'Harbour regatta postponed by storms',
      'Iraqi militias end truce with US troops after strike',
    ]);
    for (const h of headlines) expect(await db.get('stories', h.storyId!)).toBeTruthy();

    // Not due yet: nothing is fetched.
    expect(await pollDueFeeds(deps(fetch))).toEqual([]);
    clock = new Date(NOW.getTime() + 31 * 60_000);
    expect(await pollDueFeeds(deps(fetch))).toEqual([{ url: FEED, added: 0, error: null }]);
    expect(calls[1]?.headers).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Tue, 06 Aug 2024 11:00:00 GMT',
    });
    expect(await db.countFromIndex('headlines', 'by-feed', FEED)).toBe(2);
    expect((await listFeeds(db))[0]).toMatchObject({ url: FEED, itemCount: 2, lastSuccessAt: clock.toISOString() });
  });

  test('feed items become related coverage of a matching article', async () => {
    await addFeed(db, FEED, 30, clock);
    await pollDueFeeds(deps(fakeFetch({ [FEED]: () => new Response(world) }, calls)));
    const { article } = await saveAnalyzedArticle(db, analyzedFixture('militia-truce', URL_A), NOW);
    const related = await findRelated(db, article);
    expect(related.map((r) => [r.kind, r.title])).toContainEqual([
      'headline',
      'Iraqi militias end truce with US troops after strike',
    ]);
    expect(related.map((r) => r.title)).not.toContain('Harbour regatta postponed by storms');
  });

  test('a broken feed records its error and backs off exponentially; the other feed is polled as usual', async () => {
    await addFeed(db, BROKEN, 60, clock);
    await addFeed(db, FEED, 60, clock);
    const fetch = fakeFetch(
      { [FEED]: () => new Response(world), [BROKEN]: () => new Response('<html>oops</html>', { status: 200 }) },
      calls,
    );
    const outcomes = await pollDueFeeds(deps(fetch));
    expect(outcomes).toContainEqual({ url: FEED, added: 2, error: null });
    expect(outcomes).toContainEqual({ url: BROKEN, added: 0, error: 'Not a feed: the document is <html>' });
    const broken = await getFeed(db, BROKEN);
    expect(broken).toMatchObject({ failures: 1, lastSuccessAt: null, lastError: 'Not a feed: the document is <html>' });
    expect(broken?.nextPollAt).toBe(new Date(NOW.getTime() + 120 * 60_000).toISOString());

    clock = new Date(broken!.nextPollAt);
    await pollFeed(deps(fetch), (await getFeed(db, BROKEN))!);
    expect((await getFeed(db, BROKEN))?.failures).toBe(2);
    expect((await getFeed(db, BROKEN))?.nextPollAt).toBe(new Date(clock.getTime() + 240 * 60_000).toISOString());
    expect(nextPollAt({ intervalMinutes: 60 }, 12, NOW)).toBe(new Date(NOW.getTime() + 24 * 3_600_000).toISOString());

    // A success clears the error and the backoff.
    const healed = fakeFetch({ [BROKEN]: () => new Response(world) }, calls);
    await pollFeed(deps(healed), (await getFeed(db, BROKEN))!);
    expect(await getFeed(db, BROKEN)).toMatchObject({ failures: 0, lastError: null });
  });

  test('at most the cap of new items per poll, newest first; the rest come with later polls', async () => {
    await addFeed(db, FEED, 60, clock);
    const fetch = fakeFetch({ [FEED]: () => new Response(rss(30)) }, calls);
    expect((await pollFeed(deps(fetch, { itemsPerPoll: 10 }), (await getFeed(db, FEED))!)).added).toBe(10);
    const titles = (await db.getAllFromIndex('headlines', 'by-feed', FEED)).map((h) => h.title);
    expect(titles).toContain('Story number 29 about topic 29');
    expect(titles).not.toContain('Story number 19 about topic 19');
    expect((await pollFeed(deps(fetch, { itemsPerPoll: 10 }), (await getFeed(db, FEED))!)).added).toBe(10);
    expect(await db.countFromIndex('headlines', 'by-feed', FEED)).toBe(20);
  });

  test('without permission for its origin a feed is not fetched and says why', async () => {
    await addFeed(db, FEED, 60, clock);
    const outcome = await pollFeed(
      deps(fakeFetch({ [FEED]: () => new Response(world) }, calls), { hasPermission: async () => false }),
      (await getFeed(db, FEED))!,
    );
    expect(calls).toEqual([]);
    expect(outcome.error).toMatch(/^No permission to read http:\/\/127\.0\.0\.1:9/);
  });

  test('an unsubscribed feed polled in flight is not written back', async () => {
    const feed = await addFeed(db, FEED, 60, clock);
    await db.delete('feeds', FEED);
    await pollFeed(deps(fakeFetch({ [FEED]: () => new Response(world) }, calls)), feed);
    expect(await db.count('feeds')).toBe(0);
  });
});

describe('fetchFeed bounds', () => {
  const none = { etag: null, lastModified: null };

  test('a body over the byte cap is cut off while streaming, even without a content-length', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const fetch: FetchLike = async () => new Response(endless);
    await expect(fetchFeed(fetch, FEED, none, { maxBytes: 1024 * 1024, timeoutMs: 5_000 })).rejects.toThrow(
      'Feed is larger than 1 MB',
    );
    // Reading stopped soon after the cap: not the whole (infinite) body.
    expect(pulled).toBeLessThan(40);
  });

  test('a declared content-length over the cap is refused before reading', async () => {
    const fetch: FetchLike = async () => new Response('x', { headers: { 'content-length': String(10 * 1024 * 1024) } });
    await expect(fetchFeed(fetch, FEED, none, { maxBytes: 5 * 1024 * 1024, timeoutMs: 5_000 })).rejects.toThrow(
      'Feed is larger than 5 MB',
    );
  });

  test('a server that never answers is aborted at the timeout', async () => {
    const fetch: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    await expect(fetchFeed(fetch, FEED, none, { maxBytes: 1024, timeoutMs: 50 })).rejects.toThrow(
      'Timed out after 0.05 s',
    );
  });

  test('a body that trickles in forever is aborted at the same timeout', async () => {
    const fetch: FetchLike = async (_url, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('<rss>'));
          // As a real fetch does: aborting the request errors its body stream.
          init.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body);
    };
    await expect(fetchFeed(fetch, FEED, none, { maxBytes: 1024, timeoutMs: 50 })).rejects.toThrow(
      'Timed out while reading the feed',
    );
  });

  test('HTTP errors and network errors are reported as such; a redirect resolves links against its target', async () => {
    await expect(
      fetchFeed(async () => new Response('', { status: 503, statusText: 'Busy' }), FEED, none),
    ).rejects.toThrow('HTTP 503 Busy');
    await expect(fetchFeed(async () => Promise.reject(new TypeError('Failed to fetch')), FEED, none)).rejects.toThrow(
      'Network error: Failed to fetch',
    );
    const redirected = new Response(world);
    Object.defineProperty(redirected, 'url', { value: 'https://moved.example/feeds/world.xml' });
    const result = await fetchFeed(async () => redirected, FEED, none);
    expect(result).toMatchObject({ status: 'ok', finalUrl: 'https://moved.example/feeds/world.xml' });
  });
});
