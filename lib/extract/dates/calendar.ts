/**
 * Calendar arithmetic on plain {y, m, d} days (month 1–12), done in UTC so that no time zone or DST
 * shift can move a day. Everything here is pure.
 */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function toUtc(day: Day): Date {
  return new Date(Date.UTC(day.y, day.m - 1, day.d));
}

function fromUtc(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * The publication day from an ISO string ("2024-08-06", "1990-08-15T13:37") or a Date (its local
 * calendar day, which is what a reader sees). Anything unparsable counts as unknown.
 */
export function parseReference(reference: Date | string | null): Day | null {
  if (reference === null) return null;
  if (reference instanceof Date) {
    if (Number.isNaN(reference.getTime())) return null;
    return { y: reference.getFullYear(), m: reference.getMonth() + 1, d: reference.getDate() };
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference.trim());
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const parsed = new Date(reference);
  return Number.isNaN(parsed.getTime()) ? null : fromUtc(parsed);
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(day: Day, n: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: Day): number {
  const wd = toUtc(day).getUTCDay();
  return wd === 0 ? 7 : wd;
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Shift a (year, month) pair by `n` months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** ISO-8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = toUtc({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((toUtc(thursday).getTime() - jan1.getTime()) / 86_400_000 / 7) + 1;
  return { year: thursday.y, week };
}

export function mondayOfIsoWeek(year: number, week: number): Day {
  const jan4: Day = { y: year, m: 1, d: 4 };
  const firstMonday = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(firstMonday, (week - 1) * 7);
}

export const formatYear = (y: number): string => pad(y, 4);
export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const formatDay = (day: Day): string => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
export const formatQuarter = (y: number, q: number): string => `${pad(y, 4)}-Q${q}`;

export function formatWeek(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function formatTime(day: Day, hour: number, minute: number): string {
  return `${formatDay(day)}T${pad(hour)}:${pad(minute)}`;
}
