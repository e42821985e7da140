import type { FeedRow } from '@/lib/store/feeds';
import { absoluteTime, relativeTime } from './format';

/** The poll intervals the reader can pick, in minutes (the message schema allows 5 to 1440). */
export const INTERVALS = [15, 30, 60, 180, 360, 1440];

export function intervalLabel(minutes: number): string {
  return `every ${minutes < 60 ? `${minutes} min` : `${minutes / 60} h`}`;
}

/** The interval choices, with the feed's own value kept when it is not one of the usual ones. */
export function IntervalOptions(props: { current: number }) {
  const values = INTERVALS.includes(props.current) ? INTERVALS : [...INTERVALS, props.current].sort((a, b) => a - b);
  return (
    <>
      {values.map((m) => (
        <option key={m} value={String(m)}>
          {intervalLabel(m)}
        </option>
      ))}
    </>
  );
}

export function FeedRowView(props: {
  feed: FeedRow;
  busy: boolean;
  onCheck: () => void;
  onUnsubscribe: () => void;
  onInterval: (minutes: number) => void;
}) {
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
        {' · '}
        <span data-testid="feed-next" title={absoluteTime(f.nextPollAt) ?? undefined}>
          next check {relativeTime(f.nextPollAt)}
        </span>
      </p>
      {f.lastError && (
        <p class="error" data-testid="feed-error" title={absoluteTime(f.lastPolledAt) ?? undefined}>
          Last error: {f.lastError}
          {f.failures > 1 && <> ({f.failures} times in a row; retrying less often)</>}
        </p>
      )}
      <div class="row">
        <label>
          <span class="sr-only">How often to check {f.title}</span>
          <select
            value={String(f.intervalMinutes)}
            disabled={props.busy}
            onChange={(e) => props.onInterval(Number(e.currentTarget.value))}
            data-testid="feed-row-interval"
          >
            <IntervalOptions current={f.intervalMinutes} />
          </select>
        </label>
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
