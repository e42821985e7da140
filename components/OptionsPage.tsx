import { useEffect, useState } from 'preact/hooks';
import type { FeedRow } from '@/lib/store/feeds';
import type { Settings, SettingsPatch } from '@/lib/settings';
import { absoluteTime, relativeTime } from './format';

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface OptionsApi {
  listFeeds(): Promise<Result<FeedRow[]>>;
  /** Asks for the feed origin's host permission first (call it straight from the click). */
  subscribe(url: string, intervalMinutes: number): Promise<Result<FeedRow>>;
  unsubscribe(url: string): Promise<Result<{ removed: boolean }>>;
  check(url?: string): Promise<Result<FeedRow[]>>;
  getSettings(): Promise<Result<Settings>>;
  saveSettings(patch: SettingsPatch): Promise<Result<Settings>>;
}

const INTERVALS = [15, 30, 60, 180, 360, 1440];

export function OptionsPage(props: { api: OptionsApi }) {
  const { api } = props;
  const [feeds, setFeeds] = useState<FeedRow[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [url, setUrl] = useState('');
  const [interval, setPollInterval] = useState(60);
  const [retention, setRetention] = useState('90');
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

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

  const subscribe = (e: Event) => {
    e.preventDefault();
    const address = url.trim();
    if (!/^https?:\/\/\S+$/i.test(address)) {
      setMessage({ error: true, text: 'Enter the feed’s http(s) address.' });
      return;
    }
    setBusy('subscribe');
    // No await before this call: the permission prompt needs the click's user gesture.
    void api.subscribe(address, interval).then(async (r) => {
      const row = show(r);
      if (row) {
        setUrl('');
        setMessage(row.lastError ? { error: true, text: `Followed, but: ${row.lastError}` } : null);
        setFeeds(show(await api.listFeeds()) ?? feeds);
      }
      setBusy(null);
    });
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
          Headlines from these feeds become related coverage and join stories. Backstory asks for access to each feed’s
          site when you add it.
        </p>
        <form class="row" onSubmit={subscribe}>
          <label class="grow">
            <span class="sr-only">Feed address</span>
            <input
              type="url"
              required
              placeholder="https://example.com/feed.xml"
              value={url}
              onInput={(e) => setUrl(e.currentTarget.value)}
              data-testid="feed-url"
            />
          </label>
          <label>
            <span class="sr-only">Check every</span>
            <select
              value={interval}
              onChange={(e) => setPollInterval(Number(e.currentTarget.value))}
              data-testid="feed-interval"
            >
              {INTERVALS.map((m) => (
                <option key={m} value={m}>
                  every {m < 60 ? `${m} min` : `${m / 60} h`}
                </option>
              ))}
            </select>
          </label>
          <button class="primary" type="submit" disabled={busy === 'subscribe'} data-testid="feed-subscribe">
            {busy === 'subscribe' ? 'Adding…' : 'Follow'}
          </button>
        </form>

        {feeds === null ? (
          <p class="muted">Loading…</p>
        ) : feeds.length === 0 ? (
          <p class="muted" data-testid="feeds-empty">
            No feeds yet. Add a feed address above, or use “Follow this outlet” in the popup on a news site.
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

function FeedRowView(props: { feed: FeedRow; busy: boolean; onCheck: () => void; onUnsubscribe: () => void }) {
  const f = props.feed;
  return (
    <li class="feed" data-testid="feed-row" data-url={f.url}>
      <div class="feed-head">
        <strong data-testid="feed-title">{f.title}</strong>
        <span class="muted feed-url">{f.url}</span>
      </div>
      <p class="muted">
        <span data-testid="feed-items">
          {f.itemCount} {f.itemCount === 1 ? 'headline' : 'headlines'}
        </span>
        {' · '}
        <span data-testid="feed-success" title={absoluteTime(f.lastSuccessAt) ?? undefined}>
          {f.lastSuccessAt ? `last read ${relativeTime(f.lastSuccessAt)}` : 'not read yet'}
        </span>
        {' · '}next check {relativeTime(f.nextPollAt)}
      </p>
      {f.lastError && (
        <p class="error" data-testid="feed-error" title={absoluteTime(f.lastPolledAt) ?? undefined}>
          Last error: {f.lastError}
          {f.failures > 1 && <> ({f.failures} times in a row; retrying less often)</>}
        </p>
      )}
      <div class="row">
        <button onClick={props.onCheck} disabled={props.busy} data-testid="feed-check">
          {props.busy ? 'Checking…' : 'Check now'}
        </button>
        <button onClick={props.onUnsubscribe} disabled={props.busy} data-testid="feed-unsubscribe">
          Unfollow
        </button>
      </div>
    </li>
  );
}
