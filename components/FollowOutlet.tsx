import { useEffect, useState } from 'preact/hooks';

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface FollowApi {
  advertised(tabId: number): Promise<Result<Array<{ url: string; title: string | null; subscribed: boolean }>>>;
  /** Asks for the feed origin's host permission first (call it straight from the click), then follows. */
  follow(url: string): Promise<Result<{ title: string; lastError: string | null }>>;
}

/** "Follow this outlet": shown when the page advertises a feed the reader does not follow yet. */
export function FollowOutlet(props: { tabId: number; api: FollowApi }) {
  const [feed, setFeed] = useState<{ url: string; title: string | null; subscribed: boolean } | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void props.api.advertised(props.tabId).then((r) => {
      if (r.ok) setFeed(r.value.find((f) => !f.subscribed) ?? r.value[0] ?? null);
    });
  }, [props.tabId]);

  if (!feed) return null;
  if (feed.subscribed)
    return (
      <p class="muted follow" data-testid="following">
        You follow this outlet’s feed.
      </p>
    );
  const follow = () => {
    setStatus('Following…');
    void props.api.follow(feed.url).then((r) => {
      if (!r.ok) setStatus(r.error);
      else {
        setFeed({ ...feed, subscribed: true });
        setStatus(r.value.lastError ? `Followed, but: ${r.value.lastError}` : `Following ${r.value.title}`);
      }
    });
  };
  return (
    <div class="follow">
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
