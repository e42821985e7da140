import { addDays, formatDay, isoWeekday, type Day } from './calendar';
import { yearOfMonthDay } from './anchor';
import type { Rule } from './types';

/** Named days of the (mostly US) news calendar; each maps a year to its day. */
const HOLIDAYS: Record<string, (y: number) => Day> = {
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  'the fourth of july': (y) => ({ y, m: 7, d: 4 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  'veterans day': (y) => ({ y, m: 11, d: 11 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'boxing day': (y) => ({ y, m: 12, d: 26 }),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  'easter sunday': easter,
  easter,
};

const NAMES = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/'/g, "['’]"));

/** The `n`th given ISO weekday of a month; n = -1 is the last one. */
function nthWeekday(y: number, m: number, weekday: number, n: number): Day {
  if (n > 0) {
    const first: Day = { y, m, d: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last: Day = { y, m, d: new Date(Date.UTC(y, m, 0)).getUTCDate() };
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" algorithm). */
function easter(y: number): Day {
  const a = y % 19,
    b = Math.floor(y / 100),
    c = y % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

export const holidayRules: Rule[] = [
  {
    name: 'holiday',
    pattern: new RegExp(`\\b(?:(last|this|next) )?(${NAMES.join('|')})(?:,? (\\d{4}))?\\b`, 'gi'),
    resolve: (m, ctx, start, end) => {
      // Capitalised in news; lower case "christmas" or "easter" is rarely the day itself.
      if (!/[A-Z]/.test(m[2]![0]!) && !/^the /i.test(m[2]!)) return null;
      const dayOf = HOLIDAYS[m[2]!.toLowerCase().replace(/’/g, "'")];
      if (!dayOf) return null;
      if (m[3]) return { value: formatDay(dayOf(Number(m[3]))), type: 'DATE' };
      if (!ctx.ref) return null;
      const ref = ctx.ref;
      const guess = dayOf(ref.y);
      const rel = m[1]?.toLowerCase();
      const tense = rel === 'next' ? 'future' : rel === 'last' ? 'past' : ctx.tense(start, end);
      // Pick the year the same way as for "July 30", then recompute (moving feasts shift by year).
      let y = yearOfMonthDay(ref, guess.m, guess.d, tense);
      if (rel === 'last' && formatDay(dayOf(y)) >= formatDay(ref)) y -= 1;
      return { value: formatDay(dayOf(y)), type: 'DATE' };
    },
  },
];
