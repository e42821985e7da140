import { addDays, isoWeekday, quarterOf, type Day } from './calendar';
import type { Tense } from './types';

/**
 * Placing year-less expressions against the publication day. News reports mostly look back, so without
 * a future cue the most recent match wins, with a little slack for dates just ahead ("July 30" in a
 * story of July 28 is usually an upcoming event).
 */

/** How far ahead of the publication day a year-less date may fall before it is read as last year's. */
const AHEAD_DAYS = 61;

/**
 * Year of "July 30": in past or unmarked clauses the latest such day no more than ~2 months ahead; in
 * future clauses the next one (with some slack, since a wrongly guessed future should not jump a year).
 */
export function yearOfMonthDay(ref: Day, m: number, d: number, tense: Tense | null): number {
  const years = [ref.y - 1, ref.y, ref.y + 1];
  const offset = (y: number): number => daysBetween(ref, { y, m, d });
  if (tense === 'future') return years.find((y) => offset(y) >= -45) ?? ref.y;
  return [...years].reverse().find((y) => offset(y) <= AHEAD_DAYS) ?? ref.y;
}

/** Year of a bare month ("in October"): the same window as days, at month granularity. */
export function yearOfMonth(ref: Day, m: number, tense: Tense | null): number {
  const ahead = (m - ref.m + 12) % 12;
  const forward = m >= ref.m ? ref.y : ref.y + 1;
  if (tense === 'future' || ahead === 0) return forward;
  // A clearly past clause allows only next month (stories announced for "January" in late November).
  return ahead <= (tense === 'past' ? 1 : 2) ? forward : m <= ref.m ? ref.y : ref.y - 1;
}

/** "Tuesday": on or before the publication day in past clauses, on or after it in future ones. */
export function dayOfWeekday(ref: Day, weekday: number, tense: Tense | null): Day {
  const delta = weekday - isoWeekday(ref);
  if (tense === 'future') return addDays(ref, delta >= 0 ? delta : delta + 7);
  return addDays(ref, delta <= 0 ? delta : delta - 7);
}

/**
 * Year of "the third quarter": the current one or the latest before it. Earnings stories (the bulk of
 * quarter mentions) report a quarter just closed, and forecasts name the current or next ones.
 */
export function yearOfQuarter(ref: Day, q: number, tense: Tense | null): number {
  const current = quarterOf(ref.m);
  if (q <= current) return ref.y;
  return tense === 'future' ? ref.y : ref.y - 1;
}

function daysBetween(a: Day, b: Day): number {
  return (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000;
}
