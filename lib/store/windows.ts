import { postingBound } from './postings';

/**
 * Story grouping's look-ups of the postings (lib/store/stories.ts): a key's rows within a time window, as
 * the story ids of its first `WINDOW_ROWS` entries in time order. Window bounds are whole UTC days, so the
 * items of one day ask the same windows: one read serves a feed poll's items and, kept per connection as
 * committed (lib/store/term-counts.ts), the next polls and saves too, as long as every row posted since is
 * added to the windows that hold its time.
 */
export interface PostingWindow {
  key: string;
  from: string;
  to: string;
  /** Story ids of the window's rows as read, then of rows posted since. */
  rows: string[];
  /**
   * Whether the rows may no longer be those a read would return: the read was capped and a row was posted
   * inside the window since (it may sort before the cut), or posted rows took it past the cap.
   */
  stale: boolean;
}

/** Candidate stories read per look-up key and window: a story about the same event shares a rare key. */
export const WINDOW_ROWS = 50;
const DAY_MS = 86_400_000;

const dayStart = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

/** The window of `key` around a time: `halfWidthMs` either side, widened to whole days. */
export function windowAround(key: string, at: number, halfWidthMs: number): PostingWindow {
  return window(key, dayStart(at - halfWidthMs), dayStart(at + halfWidthMs) + DAY_MS - 1);
}

/** The part of a window around `at` from the day before it on (for a capped window: the likeliest rows). */
export function recentPart(of: PostingWindow, at: number): PostingWindow {
  return { key: of.key, from: postingBound(dayStart(at - DAY_MS)), to: of.to, rows: [], stale: true };
}

function window(key: string, fromMs: number, toMs: number): PostingWindow {
  return { key, from: postingBound(fromMs), to: postingBound(toMs), rows: [], stale: true };
}

export function windowId(w: PostingWindow): string {
  return `${w.key}\u0000${w.from}\u0000${w.to}`;
}

/** Windows by id and by key: a row posted under a key updates every window of that key holding its time. */
export class WindowSet {
  private readonly byId = new Map<string, PostingWindow>();
  private readonly byKey = new Map<string, Map<string, PostingWindow>>();

  get size(): number {
    return this.byId.size;
  }

  get(id: string): PostingWindow | undefined {
    return this.byId.get(id);
  }

  /** Add a window, replacing the one of the same id. */
  set(w: PostingWindow): void {
    const id = windowId(w);
    this.byId.set(id, w);
    let ofKey = this.byKey.get(w.key);
    if (!ofKey) this.byKey.set(w.key, (ofKey = new Map()));
    ofKey.set(id, w);
  }

  /** A row posted under `key` at `time` (a posting time) in `story`. */
  post(key: string, time: string, story: string): void {
    for (const w of this.byKey.get(key)?.values() ?? []) {
      if (time < w.from || time > w.to) continue;
      if (w.rows.length >= WINDOW_ROWS) w.stale = true;
      else w.rows.push(story);
    }
  }

  /** Every window held. */
  all(): IterableIterator<PostingWindow> {
    return this.byId.values();
  }

  clear(): void {
    this.byId.clear();
    this.byKey.clear();
  }
}
