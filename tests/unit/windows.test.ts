import { describe, expect, test } from 'vitest';
import { WindowSet, WINDOW_ROWS, type PostingWindow } from '../../lib/store/windows';

const window = (rows: number): PostingWindow => ({
  key: 'org:ecb',
  from: '2024-03-01T00:00:00.000Z',
  to: '2024-03-15T23:59:59.999Z',
  rows: Array.from({ length: rows }, (_, i) => `story:${i}`),
  stale: false,
});

describe('posting into known look-up windows', () => {
  test('a window below the cap takes the row; one at the cap may now read differently', () => {
    const set = new WindowSet();
    const w = window(WINDOW_ROWS - 1);
    set.set(w);
    set.post('org:ecb', '2024-03-05T10:00:00.000Z', 'story:new');
    expect(w.rows.at(-1)).toBe('story:new');
    expect(w.stale).toBe(false);
    // At the cap: the next row may sort before the last one a read would return.
    set.post('org:ecb', '2024-03-15T10:00:00.000Z', 'story:later');
    expect(w.rows).toHaveLength(WINDOW_ROWS);
    expect(w.stale).toBe(true);
  });

  test('rows outside a window or under another key leave it alone', () => {
    const set = new WindowSet();
    const w = window(WINDOW_ROWS);
    set.set(w);
    set.post('org:ecb', '2024-02-20T08:00:00.000Z', 'story:before');
    set.post('org:ecb', '2024-03-16T00:00:00.000Z', 'story:after');
    set.post('loc:paris', '2024-03-02T08:00:00.000Z', 'story:other');
    expect(w.stale).toBe(false);
    expect([...set.all()]).toEqual([w]);
  });
});
