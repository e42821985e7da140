import { useEffect, useState } from 'preact/hooks';
import type { FeedRow } from '@/lib/store/feeds';
import type { Settings, SettingsPatch } from '@/lib/settings';
import { FeedRowView, IntervalOptions } from './FeedRowView';
import { FeedChoices, type FeedChoice } from './FeedChoices';

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface OptionsApi {
  listFeeds(): Promise<Result<FeedRow[]>>;
  /** Asks for the feed origin's host permission first (call it straight from the click). */
  subscribe(url: string, intervalMinutes: number): Promise<Result<FeedRow>>;
  /** Follows a feed whose origin Backstory may already read (no prompt, so no gesture needed). */
  followPermitted(url: string, intervalMinutes: number): Promise<Result<FeedRow>>;
  /**
   * The feeds behind a site, article or feed address. Asks for the address's origin first (call it
   * straight from the click), then the background reads the page.
   */
  discover(url: string): Promise<Result<Array<FeedChoice & { permitted: boolean }>>>;
  setInterval(url: string, intervalMinutes: number): Promise<Result<FeedRow>>;
  unsubscribe(url: string): Promise<Result<{ removed: boolean }>>;
  check(url?: string): Promise<Result<FeedRow[]>>;
  getSettings(): Promise<Result<Settings>>;
  saveSettings(patch: SettingsPatch): Promise<Result<Settings>>;
}

export function OptionsPage(props: { api: OptionsApi }) {
  const { api } = props;
  const [feeds, setFeeds] = useState<FeedRow[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [url, setUrl] = useState('');
  const [interval, setPollInterval] = useState(60);
  const [retention, setRetention] = useState('90');
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  /** Discovery's outcome when the reader has to choose (several feeds, or an error to follow anyway). */
  const [choices, setChoices] = useState<{ address: string; feeds: FeedChoice[] } | null>(null);

  const show = <T,>(r: Result<T>, ok?: string): T | null => {
    setMessage(r.ok ? (ok ? { error: false, text: ok } : null) : { error: true, text: r.error });
    return r.ok ? r.value : null;
  };

  useEffect(() => {
    void api.listFeeds().then((r) => setFeeds(show(r) ?? []));
    void api.getSettings().then((r) => {
      const s = show(r);
      if (!s) return;
      setSettings(s);
      setRetention(String(s.retentionDays));
      setPollInterval(s.feedIntervalMinutes);
    });
  }, []);

  const followed = async (r: Result<FeedRow>) => {
    const row = show(r);
    if (!row) return;
    setUrl('');
    setChoices(null);
    setMessage(row.lastError ? { error: true, text: `Followed, but: ${row.lastError}` } : null);
    setFeeds(show(await api.listFeeds()) ?? feeds);
  };

  /** Read the address: a feed, or a page whose feeds are offered (one permitted feed is followed at once). */
  const subscribe = (e: Event) => {
    e.preventDefault();
    const address = url.trim();
    if (!/^https?:\/\/\S+$/i.test(address)) {
      setMessage({ error: true, text: 'Enter a site’s or feed’s http(s) address.' });
      return;
    }
    setBusy('subscribe');
    setChoices(null);
    // No await before this call: the permission prompt needs the click's user gesture.
    void api.discover(address).then(async (r) => {
      if (!r.ok) {
        setMessage({ error: true, text: r.error });
        setChoices({ address, feeds: [] });
      } else if (r.value.length === 1 && r.value[0]?.subscribed) {
        setMessage({ error: false, text: `You already follow ${r.value[0].title ?? r.value[0].url}.` });
      } else if (r.value.length === 1 && r.value[0]?.permitted) {
        await followed(await api.followPermitted(r.value[0].url, interval));
      } else {
        setMessage(null);
        setChoices({ address, feeds: r.value });
      }
      setBusy(null);
    });
  };

  const followChoice = (feedUrl: string) => {
    setBusy('subscribe');
    // Straight from the click: a feed on another site asks for that site's access.
    void api.subscribe(feedUrl, interval).then(async (r) => {
      await followed(r);
      setBusy(null);
    });
  };

  const changeInterval = async (feedUrl: string, minutes: number) => {
    setBusy(feedUrl);
    const row = show(await api.setInterval(feedUrl, minutes));
    if (row) setFeeds((fs) => (fs ?? []).map((f) => (f.url === feedUrl ? row : f)));
    setBusy(null);
  };

  const check = async (feedUrl?: string) => {
    setBusy(feedUrl ?? 'all');
    const rows = show(await api.check(feedUrl));
    if (rows) setFeeds(rows);
    setBusy(null);
  };

  const unsubscribe = async (feedUrl: string) => {
    setBusy(feedUrl);
    if (show(await api.unsubscribe(feedUrl))) setFeeds((fs) => (fs ?? []).filter((f) => f.url !== feedUrl));
    setBusy(null);
  };

  const saveRetention = async (e: Event) => {
    e.preventDefault();
    const days = Number(retention);
    if (!Number.isInteger(days) || days < 1 || days > 3650) {
      setMessage({ error: true, text: 'Keep headlines between 1 and 3650 days.' });
      return;
    }
    const s = show(await api.saveSettings({ retentionDays: days }), 'Saved.');
    if (s) setSettings(s);
  };

  return (
    <main class="page" data-testid="options">
      <h1>Backstory settings</h1>
      {message && (
        <p
          class={message.error ? 'notice error' : 'notice'}
          role={message.error ? 'alert' : 'status'}
          data-testid="notice"
        >
          {message.text}
        </p>
      )}

      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Feeds you follow</h2>
        <p class="muted">
          Headlines from these feeds become related coverage and join stories. Paste a site’s or an article’s address to
          find the feeds it offers, or a feed’s own address. Backstory asks for access to each site when you add it.
        </p>
        <form class="row" onSubmit={subscribe}>
          <label class="grow">
            <span class="sr-only">Site or feed address</span>
            <input
              type="url"
              required
              placeholder="https://example.com or its feed’s address"
              value={url}
              onInput={(e) => setUrl(e.currentTarget.value)}
              data-testid="feed-url"
            />
          </label>
          <label>
            <span class="sr-only">Check every</span>
            <select
              value={String(interval)}
              onChange={(e) => setPollInterval(Number(e.currentTarget.value))}
              data-testid="feed-interval"
            >
              <IntervalOptions current={interval} />
            </select>
          </label>
          <button class="primary" type="submit" disabled={busy === 'subscribe'} data-testid="feed-subscribe">
            {busy === 'subscribe' ? 'Looking…' : 'Follow'}
          </button>
        </form>
        {choices && (
          <FeedChoices
            address={choices.address}
            choices={choices.feeds}
            busy={busy === 'subscribe'}
            onFollow={followChoice}
            onDismiss={() => setChoices(null)}
          />
        )}

        {feeds === null ? (
          <p class="muted">Loading…</p>
        ) : feeds.length === 0 ? (
          <p class="muted" data-testid="feeds-empty">
            No feeds yet. Add a site or feed address above, or use “Follow this outlet” in the popup on a news site.
          </p>
        ) : (
          <>
            <button onClick={() => void check()} disabled={busy !== null} data-testid="check-all">
              {busy === 'all' ? 'Checking…' : 'Check all now'}
            </button>
            <ul class="feeds" data-testid="feeds">
              {feeds.map((f) => (
                <FeedRowView
                  key={f.url}
                  feed={f}
                  busy={busy === f.url}
                  onCheck={() => void check(f.url)}
                  onUnsubscribe={() => void unsubscribe(f.url)}
                  onInterval={(minutes) => void changeInterval(f.url, minutes)}
                />
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="retention-heading">
        <h2 id="retention-heading">Keeping headlines</h2>
        <form class="row" onSubmit={(e) => void saveRetention(e)}>
          <label>
            Forget headlines after{' '}
            <input
              type="number"
              min={1}
              max={3650}
              value={retention}
              onInput={(e) => setRetention(e.currentTarget.value)}
              data-testid="retention-days"
            />{' '}
            days
          </label>
          <button type="submit" data-testid="retention-save">
            Save
          </button>
        </form>
        <p class="muted">
          Articles you read are kept, and so is everything you save or annotate.
          {settings && <> Currently {settings.retentionDays} days.</>}
        </p>
      </section>
    </main>
  );
}
