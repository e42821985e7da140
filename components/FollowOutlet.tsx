import { useEffect, useState } from 'preact/hooks';

type Result<T> = { ok: true; value: T } | { ok: false; error: string };
type Advertised = { url: string; title: string | null; subscribed: boolean };

export interface FollowApi {
  advertised(tabId: number): Promise<Result<Advertised[]>>;
  /** Asks for the feed origin's host permission first (call it straight from the click), then follows. */
  follow(url: string): Promise<Result<{ title: string; lastError: string | null }>>;
}

/**
 * "Follow this outlet": shown when the page advertises a feed the reader does not follow yet. A page that
 * advertises several (all news, politics, comments) lets the reader pick one first.
 */
export function FollowOutlet(props: { tabId: number; api: FollowApi }) {
  const [feeds, setFeeds] = useState<Advertised[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void props.api.advertised(props.tabId).then((r) => {
      if (r.ok) setFeeds(r.value);
    });
  }, [props.tabId]);

  if (!feeds.length) return null;
  const open = feeds.filter((f) => !f.subscribed);
  const feed = open.find((f) => f.url === chosen) ?? open[0];
  if (!feed)
    return (
      <div class="follow">
        <p class="muted" data-testid="following">
          You follow this outlet’s feed{feeds.length > 1 ? 's' : ''}.
        </p>
        {status && (
          <p class="muted" role="status" data-testid="follow-status">
            {status}
          </p>
        )}
      </div>
    );
  const follow = () => {
    setStatus('Following…');
    void props.api.follow(feed.url).then((r) => {
      if (!r.ok) setStatus(r.error);
      else {
        setFeeds((fs) => fs.map((f) => (f.url === feed.url ? { ...f, subscribed: true } : f)));
        setChosen(null);
        setStatus(r.value.lastError ? `Followed, but: ${r.value.lastError}` : `Following ${r.value.title}`);
      }
    });
  };
  return (
    <div class="follow">
      {open.length > 1 && (
        <label>
          <span class="sr-only">Which feed</span>
          <select value={feed.url} onChange={(e) => setChosen(e.currentTarget.value)} data-testid="follow-choice">
            {open.map((f) => (
              <option key={f.url} value={f.url}>
                {f.title ?? f.url}
              </option>
            ))}
          </select>
        </label>
      )}
      <button onClick={follow} title={feed.url} data-testid="follow-outlet">
        Follow this outlet{feed.title ? ` (${feed.title})` : ''}
      </button>
      {status && (
        <p class="muted" role="status" data-testid="follow-status">
          {status}
        </p>
      )}
    </div>
  );
}
