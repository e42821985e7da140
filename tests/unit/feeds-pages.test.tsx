// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsPage, type OptionsApi } from '../../components/OptionsPage';
import { StoriesPage, type StoriesApi, type StoriesRoute } from '../../components/StoriesPage';
import { App, type PopupApi } from '../../components/App';
import type { FeedRow } from '../../lib/store/feeds';
import type { StoryDetail, StorySummary } from '../../lib/store/story-list';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { TabView } from '../../lib/view';

const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const byTestId = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`);
const all = (root: HTMLElement, id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

async function mount(node: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => render(node, root));
  await settle();
  return root;
}

async function submitAddress(root: HTMLElement, address: string): Promise<void> {
  const input = byTestId(root, 'feed-url') as HTMLInputElement;
  await act(async () => {
    input.value = address;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => void input.closest('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
  await settle();
}

const feedRow = (over: Partial<FeedRow>): FeedRow => ({
  url: 'https://a.example/feed.xml',
  title: 'A',
  siteUrl: null,
  addedAt: '2024-08-01T00:00:00Z',
  intervalMinutes: 60,
  etag: null,
  lastModified: null,
  lastPolledAt: '2024-08-07T11:00:00Z',
  lastSuccessAt: '2024-08-07T11:00:00Z',
  lastError: null,
  failures: 0,
  nextPollAt: '2024-08-07T12:00:00Z',
  itemCount: 12,
  ...over,
});

type Discovered = Awaited<ReturnType<OptionsApi['discover']>>;

/** The settings page's api over `rows`; discovery finds the address itself unless `discovered` says otherwise. */
function optionsApi(rows: FeedRow[], log: string[], discovered?: (url: string) => Discovered): OptionsApi {
  return {
    listFeeds: () => ok(rows),
    subscribe: (url, interval) => {
      log.push(`subscribe ${url} ${interval}`);
      return ok(feedRow({ url, title: 'New' }));
    },
    followPermitted: (url, interval) => {
      log.push(`follow ${url} ${interval}`);
      return ok(feedRow({ url, title: 'New' }));
    },
    discover: (url) => {
      log.push(`discover ${url}`);
      return Promise.resolve(
        discovered?.(url) ?? { ok: true as const, value: [{ url, title: null, permitted: true, subscribed: false }] },
      );
    },
    setInterval: (url, interval) => {
      log.push(`interval ${url} ${interval}`);
      const row = rows.find((r) => r.url === url);
      return Promise.resolve(
        row
          ? { ok: true as const, value: { ...row, intervalMinutes: interval } }
          : { ok: false as const, error: 'This feed is not followed any more' },
      );
    },
    unsubscribe: (url) => {
      log.push(`unsubscribe ${url}`);
      return ok({ removed: true });
    },
    check: (url) => {
      log.push(`check ${url ?? 'all'}`);
      return ok(rows);
    },
    getSettings: () => ok(DEFAULT_SETTINGS),
    saveSettings: (patch) => {
      log.push(`settings ${JSON.stringify(patch)}`);
      return ok({ ...DEFAULT_SETTINGS, ...patch });
    },
  };
}

describe('settings page', () => {
  test('each feed row shows items, last read and its own error as text; actions reach the background', async () => {
    const log: string[] = [];
    const rows = [
      feedRow({ title: '<img src=x onerror=alert(1)>Hostile' }),
      feedRow({ url: 'https://b.example/bad', title: 'B', lastSuccessAt: null, lastError: 'HTTP 500', failures: 3 }),
    ];
    const root = await mount(<OptionsPage api={optionsApi(rows, log)} />);
    const [a, b] = all(root, 'feed-row');
    expect(a?.querySelector('[data-testid="feed-title"]')?.textContent).toBe('<img src=x onerror=alert(1)>Hostile');
    expect(root.querySelector('img')).toBeNull();
    expect(a?.querySelector('[data-testid="feed-items"]')?.textContent).toBe('12 headlines');
    expect(a?.querySelector('[data-testid="feed-error"]')).toBeNull();
    expect(b?.querySelector('[data-testid="feed-error"]')?.textContent).toContain('HTTP 500');
    expect(b?.querySelector('[data-testid="feed-success"]')?.textContent).toBe('not read yet');

    await act(async () => (b!.querySelector('[data-testid="feed-check"]') as HTMLButtonElement).click());
    await act(async () => (byTestId(root, 'check-all') as HTMLButtonElement).click());
    await act(async () => (b!.querySelector('[data-testid="feed-unsubscribe"]') as HTMLButtonElement).click());
    expect(log).toEqual(['check https://b.example/bad', 'check all', 'unsubscribe https://b.example/bad']);
    expect(all(root, 'feed-row')).toHaveLength(1);
  });

  test('following reads the address straight from the submit (no await before the permission prompt)', async () => {
    const log: string[] = [];
    const root = await mount(<OptionsPage api={optionsApi([], log)} />);
    const input = byTestId(root, 'feed-url') as HTMLInputElement;
    const form = input.closest('form')!;
    await act(async () => {
      input.value = 'not a url';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => void form.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(byTestId(root, 'notice')?.textContent).toMatch(/http\(s\) address/);
    expect(log).toEqual([]);
    await act(async () => {
      input.value = 'https://c.example/feed.xml';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      form.dispatchEvent(new Event('submit', { cancelable: true }));
      // Synchronously inside the submit event: the call happened within the gesture.
      expect(log).toEqual(['discover https://c.example/feed.xml']);
    });
    await settle();
    // One feed on an origin already granted: followed at once, no second question.
    expect(log).toEqual(['discover https://c.example/feed.xml', 'follow https://c.example/feed.xml 60']);
    expect(byTestId(root, 'feed-choices')).toBeNull();
  });

  test('a site with several feeds lets the reader choose; each Follow asks from its own click', async () => {
    const log: string[] = [];
    const found = [
      { url: 'https://d.example/all.rss', title: 'All <i>news</i>', permitted: true, subscribed: false },
      { url: 'https://cdn.d.example/politics.json', title: null, permitted: false, subscribed: false },
      { url: 'https://d.example/old.rss', title: 'Old', permitted: true, subscribed: true },
    ];
    const root = await mount(<OptionsPage api={optionsApi([], log, () => ({ ok: true, value: found }))} />);
    await submitAddress(root, 'https://d.example/');
    const choices = all(root, 'feed-choice');
    expect(choices.map((c) => c.textContent)).toEqual([
      expect.stringContaining('All <i>news</i>'),
      expect.stringContaining('cdn.d.example'),
      expect.stringContaining('(followed)'),
    ]);
    expect(root.querySelector('i')).toBeNull();
    expect(all(root, 'feed-choice-follow')).toHaveLength(2);
    act(() => {
      (choices[1]!.querySelector('[data-testid="feed-choice-follow"]') as HTMLButtonElement).click();
      expect(log.at(-1)).toBe('subscribe https://cdn.d.example/politics.json 60');
    });
    await settle();
    expect(byTestId(root, 'feed-choices')).toBeNull();
  });

  test('"No feed found" and network errors are shown, with the choice to follow the address anyway', async () => {
    const log: string[] = [];
    const root = await mount(
      <OptionsPage api={optionsApi([], log, () => ({ ok: false, error: 'No feed found on this page' }))} />,
    );
    await submitAddress(root, 'https://e.example/about');
    expect(byTestId(root, 'notice')?.textContent).toBe('No feed found on this page');
    await act(async () => (byTestId(root, 'feed-follow-anyway') as HTMLButtonElement).click());
    await settle();
    expect(log).toEqual(['discover https://e.example/about', 'subscribe https://e.example/about 60']);

    const already = await mount(
      <OptionsPage
        api={optionsApi([], log, (url) => ({
          ok: true,
          value: [{ url, title: 'E', permitted: true, subscribed: true }],
        }))}
      />,
    );
    await submitAddress(already, 'https://e.example/feed');
    expect(byTestId(already, 'notice')?.textContent).toBe('You already follow E.');
  });

  test("a feed's interval is changed on its row", async () => {
    const log: string[] = [];
    const root = await mount(<OptionsPage api={optionsApi([feedRow({ intervalMinutes: 45 })], log)} />);
    const select = byTestId(root, 'feed-row-interval') as HTMLSelectElement;
    // An interval that is not one of the usual choices is still shown as the feed's own.
    expect(select.value).toBe('45');
    await act(async () => {
      select.value = '180';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(log).toEqual(['interval https://a.example/feed.xml 180']);
    expect((byTestId(root, 'feed-row-interval') as HTMLSelectElement).value).toBe('180');
  });

  test('retention is validated and saved', async () => {
    const log: string[] = [];
    const root = await mount(<OptionsPage api={optionsApi([], log)} />);
    const days = byTestId(root, 'retention-days') as HTMLInputElement;
    expect(days.value).toBe('90');
    for (const value of ['0', '30']) {
      await act(async () => {
        days.value = value;
        days.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(async () => (byTestId(root, 'retention-save') as HTMLButtonElement).click());
    }
    expect(log).toEqual(['settings {"retentionDays":30}']);
    expect(byTestId(root, 'notice')?.textContent).toBe('Saved.');
  });
});

const summary: StorySummary = {
  id: 'story:1',
  label: 'Militias end truce',
  entities: [{ key: 'loc:iraq', name: 'Iraq' }],
  outlets: ['a.example', 'b.example'],
  firstTime: '2024-08-06T09:00:00Z',
  lastTime: '2024-08-07T09:00:00Z',
  articleCount: 1,
  headlineCount: 2,
};
const detail: StoryDetail = {
  story: summary,
  coverage: [
    {
      kind: 'headline',
      id: 'h',
      url: 'javascript:alert(1)',
      title: '<b>Feed</b> headline',
      outlet: 'b.example',
      publisher: null,
      time: '2024-08-06T09:00:00Z',
    },
    {
      kind: 'article',
      id: 'a',
      url: 'https://a.example/1',
      title: 'Article',
      outlet: 'a.example',
      publisher: 'A Times',
      time: '2024-08-07T09:00:00Z',
    },
  ],
  events: [
    { day: '2024-07-30', text: 'July 30', sentence: 'A strike on July 30.', articleId: 'a', articleTitle: 'Article' },
  ],
};

describe('Stories page', () => {
  test('lists stories with their outlet count; entity chips filter; a story opens with coverage and dates', async () => {
    const filters: unknown[] = [];
    const api: StoriesApi = {
      list: (f) => {
        filters.push(f);
        return ok([summary]);
      },
      get: (id) => ok(id === 'story:1' ? detail : null),
    };
    const routes: StoriesRoute[] = [];
    const route: StoriesRoute = { story: null, entity: null, outlet: null };
    const root = await mount(<StoriesPage api={api} route={route} navigate={(r) => routes.push(r)} />);
    expect(filters).toEqual([{ minSize: 2, limit: 100 }]);
    expect(byTestId(root, 'story-outlets')?.textContent).toBe('2 outlets');
    await act(async () => (root.querySelector('.chips button') as HTMLButtonElement).click());
    await act(async () => (byTestId(root, 'story-open') as HTMLButtonElement).click());
    expect(routes).toEqual([
      { story: null, entity: 'loc:iraq', outlet: null },
      { story: 'story:1', entity: null, outlet: null },
    ]);

    const opened = await mount(<StoriesPage api={api} route={routes[1]!} navigate={() => undefined} />);
    expect(byTestId(opened, 'story-label')?.textContent).toBe('Militias end truce');
    const links = [...opened.querySelectorAll('[data-testid="story-coverage"] a')];
    expect(links.map((a) => a.textContent)).toEqual(['<b>Feed</b> headline', 'Article']);
    expect(links[0]!.getAttribute('href')).toBeNull();
    expect(opened.querySelector('b')).toBeNull();
    expect(byTestId(opened, 'story-events')?.textContent).toContain('A strike on July 30.');

    const missing = await mount(
      <StoriesPage api={api} route={{ story: 'story:gone', entity: null, outlet: null }} navigate={() => undefined} />,
    );
    expect(byTestId(missing, 'story-missing')).not.toBeNull();
  });
});

describe('popup: feeds and stories', () => {
  const view = {
    status: 'not-article',
    url: 'https://a.example/',
    signals: [],
  } satisfies TabView;

  test('"Follow this outlet" follows the advertised feed and says so', async () => {
    const followed: string[] = [];
    const api: PopupApi = {
      getView: () => ok(view),
      analyze: () => ok({ started: true }),
      feeds: {
        advertised: () => ok([{ url: 'https://a.example/feed.xml', title: 'A news', subscribed: false }]),
        follow: (url) => {
          followed.push(url);
          return ok({ title: 'A news', lastError: null });
        },
      },
    };
    const root = await mount(<App tabId={3} api={api} />);
    await settle();
    expect(byTestId(root, 'follow-outlet')?.textContent).toBe('Follow this outlet (A news)');
    await act(async () => (byTestId(root, 'follow-outlet') as HTMLButtonElement).click());
    await settle();
    expect(followed).toEqual(['https://a.example/feed.xml']);
    expect(byTestId(root, 'following')?.textContent).toContain('You follow');
  });

  test('a page advertising several feeds lets the reader pick which one to follow', async () => {
    const followed: string[] = [];
    const api: PopupApi = {
      getView: () => ok(view),
      analyze: () => ok({ started: true }),
      feeds: {
        advertised: () =>
          ok([
            { url: 'https://a.example/all.xml', title: 'All news', subscribed: true },
            { url: 'https://a.example/politics.xml', title: 'Politics', subscribed: false },
            { url: 'https://a.example/sport.xml', title: null, subscribed: false },
          ]),
        follow: (url) => {
          followed.push(url);
          return ok({ title: url.endsWith('sport.xml') ? 'Sport' : 'Politics', lastError: null });
        },
      },
    };
    const root = await mount(<App tabId={3} api={api} />);
    await settle();
    const choice = byTestId(root, 'follow-choice') as HTMLSelectElement;
    expect([...choice.options].map((o) => o.textContent)).toEqual(['Politics', 'https://a.example/sport.xml']);
    await act(async () => {
      choice.value = 'https://a.example/sport.xml';
      choice.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(byTestId(root, 'follow-outlet')?.textContent).toBe('Follow this outlet');
    await act(async () => (byTestId(root, 'follow-outlet') as HTMLButtonElement).click());
    await settle();
    expect(followed).toEqual(['https://a.example/sport.xml']);
    expect(byTestId(root, 'follow-status')?.textContent).toBe('Following Sport');
    // One left: no choice any more, the button names it.
    expect(byTestId(root, 'follow-choice')).toBeNull();
    expect(byTestId(root, 'follow-outlet')?.textContent).toBe('Follow this outlet (Politics)');
    await act(async () => (byTestId(root, 'follow-outlet') as HTMLButtonElement).click());
    await settle();
    expect(byTestId(root, 'following')?.textContent).toBe('You follow this outlet’s feeds.');
  });
});
