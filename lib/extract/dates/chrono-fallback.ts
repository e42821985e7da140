import * as chrono from 'chrono-node';
import { formatDay, formatTime, type Day } from './calendar';
import type { Candidate } from './types';

/**
 * chrono-node catches explicit calendar formats the rules do not spell out ("3/19/2013", "19.03.2013",
 * "Tuesday, March 19th at 2pm"). Only results that state a month and a day are kept: chrono fills in
 * every missing component, so a weaker result would claim a precision the text never gave.
 */
export function chronoCandidates(text: string, ref: Day | null): Candidate[] {
  const refDate = ref ? new Date(ref.y, ref.m - 1, ref.d, 12) : new Date(2000, 0, 1, 12);
  const out: Candidate[] = [];
  for (const r of chrono.casual.parse(text, refDate)) {
    const s = r.start;
    if (!s.isCertain('month') || !s.isCertain('day')) continue;
    // Fractions ("1/4") and counted days ("two days later") are not calendar dates.
    if (!/\d/.test(r.text) || /^\d{1,2}\/\d{1,2}$/.test(r.text.trim()) || /\bdays?\b/i.test(r.text)) continue;
    if (!ref && !s.isCertain('year')) continue;
    const day: Day = { y: s.get('year') ?? 0, m: s.get('month') ?? 0, d: s.get('day') ?? 0 };
    const timed = s.isCertain('hour');
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      value: timed ? formatTime(day, s.get('hour') ?? 0, s.get('minute') ?? 0) : formatDay(day),
      type: timed ? 'TIME' : 'DATE',
      rule: 'chrono',
    });
  }
  return out;
}
