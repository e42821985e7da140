import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatQuarter,
  formatWeek,
  formatYear,
  isoWeekday,
  quarterOf,
  type Day,
} from './calendar';
import { dayOfWeekday } from './anchor';
import { modOf } from './rules-calendar';
import { NUMBER, numberValue, WEEKDAY, weekdayNumber } from './lexicon';
import type { Resolution, Rule, RuleContext } from './types';

/** Expressions that need the publication day: "yesterday", "last week", "two years ago", "Tuesday". */

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

function dayValue(day: Day, part: string | undefined): Resolution {
  if (!part) return { value: formatDay(day), type: 'DATE' };
  return { value: `${formatDay(day)}T${PART_OF_DAY[part.toLowerCase()]}`, type: 'TIME' };
}

const OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** Shift the calendar unit containing `ref` by `n` and format it at that unit's granularity. */
export function shiftUnit(ref: Day, unit: string, n: number): string | null {
  switch (unit) {
    case 'day':
      return formatDay(addDays(ref, n));
    case 'week':
      return formatWeek(addDays(ref, 7 * n));
    case 'weekend': {
      const week = formatWeek(addDays(ref, 7 * n));
      return `${week}-WE`;
    }
    case 'month': {
      const m = addMonths(ref.y, ref.m, n);
      return formatMonth(m.y, m.m);
    }
    case 'quarter': {
      const m = addMonths(ref.y, (quarterOf(ref.m) - 1) * 3 + 1, 3 * n);
      return formatQuarter(m.y, quarterOf(m.m));
    }
    case 'year':
      return formatYear(ref.y + n);
    case 'decade':
      return String(Math.floor(ref.y / 10) + n);
    case 'century':
      return String(Math.floor(ref.y / 100) + n);
    default:
      return null;
  }
}

const UNIT = '(week|weekend|month|year|quarter|decade|century)';

export const relativeRules: Rule[] = [
  {
    name: 'deictic-day',
    pattern:
      /\b(?:(early|late|mid|earlier|later) )?(today|tonight|yesterday|tomorrow)(?:(?:'s)? (morning|afternoon|evening|night))?\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const word = m[2]!.toLowerCase();
      const day = addDays(ctx.ref, OFFSETS[word]!);
      return dayValue(day, word === 'tonight' ? 'night' : m[3]);
    },
  },
  {
    name: 'part-of-day',
    pattern: /\b(this|last|the) (morning|afternoon|evening|night)\b|\bmid[- ]?(morning|afternoon)\b|\bovernight\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      if (/overnight/i.test(m[0])) return dayValue(addDays(ctx.ref, -1), 'night');
      const rel = (m[1] ?? 'this').toLowerCase();
      if (rel === 'the' && m[2]!.toLowerCase() !== 'night') return dayValue(ctx.ref, m[2]);
      if (rel === 'the') return null;
      return dayValue(rel === 'last' ? addDays(ctx.ref, -1) : ctx.ref, m[2] ?? m[3]);
    },
  },
  {
    // "the next morning", "that day", "the previous day": a day of the story, not of publication.
    name: 'story-day',
    pattern:
      /\b(?:the (next|following|previous|preceding|prior|same) |that |(?:later|earlier) that )(day|morning|afternoon|evening|night)\b/gi,
    resolve: (m) => {
      const rel = m[1]?.toLowerCase();
      const days = rel === 'next' || rel === 'following' ? 1 : rel && rel !== 'same' ? -1 : 0;
      return { value: '', type: 'DATE', anaphor: { kind: 'that-day', days } };
    },
  },
  {
    name: 'weekday',
    pattern: new RegExp(
      `\\b(?:(early|late) )?(?:(last|this|next|this past|this coming|coming|on) )?(${WEEKDAY})(?:(?:'s)? (morning|afternoon|evening|night))?\\b`,
      'g',
    ),
    resolve: (m, ctx, start, end) => {
      if (!ctx.ref) return null;
      const wd = weekdayNumber(m[3]!)!;
      const rel = m[2]?.toLowerCase();
      let day: Day;
      if (rel === 'last' || rel === 'this past') {
        const back = isoWeekday(ctx.ref) - wd;
        day = addDays(ctx.ref, back > 0 ? -back : -back - 7);
      } else if (rel === 'next' || rel === 'this coming' || rel === 'coming') {
        const ahead = wd - isoWeekday(ctx.ref);
        day = addDays(ctx.ref, ahead > 0 ? ahead : ahead + 7);
      } else {
        day = dayOfWeekday(ctx.ref, wd, ctx.tense(start, end));
      }
      return dayValue(day, m[4]);
    },
  },
  {
    name: 'relative-unit',
    pattern: new RegExp(
      `\\b(?:(early|late|mid|earlier|later)(?: in)? )?(?:the (end|beginning|start|middle|rest|remainder|first half|second half) of )?(this|last|next|the past|the last|the previous|the following|the coming|the current|the latest|the next|the same|that|the|so far this|this past|this coming|the prior) (?:fiscal[- ])?${UNIT}\\b`,
      'gi',
    ),
    resolve: (m, ctx, start, end) => {
      if (!ctx.ref) return null;
      const rel = m[3]!.toLowerCase();
      const unit = m[4]!.toLowerCase();
      const mod = modOf(m[1] ?? m[2]);
      if (unit === 'quarter' && /^(the|that|the same|the latest)$/.test(rel)) {
        // "the quarter-to-quarter comparison" names no quarter.
        if (/^-(to|by|on)-/.test(ctx.text.slice(end, end + 4))) return null;
        return { value: shiftUnit(ctx.ref, 'quarter', -1)!, type: 'DATE', mod, anaphor: { kind: 'quarter' } };
      }
      // "This quarter's loss" in an earnings story is the quarter reported; a forecast is the current one.
      if (unit === 'quarter' && rel === 'this' && ctx.tense(start, end) !== 'future')
        return { value: shiftUnit(ctx.ref, 'quarter', 0)!, type: 'DATE', mod, anaphor: { kind: 'quarter' } };
      if (unit === 'year' && /^(that|the same)$/.test(rel))
        return { value: '', type: 'DATE', mod, anaphor: { kind: 'that-year' } };
      let n: number;
      if (/^(this|the current|so far this)$/.test(rel)) n = 0;
      else if (/^(last|the past|the last|the previous|this past|the prior)$/.test(rel)) n = -1;
      else if (/^(next|the next|the coming|this coming)$/.test(rel)) n = 1;
      else if (rel === 'the' && unit === 'weekend') {
        // ISO weeks end on Sunday, so the coming weekend is always in this week.
        n = ctx.tense(start, end) === 'future' || isoWeekday(ctx.ref) >= 6 ? 0 : -1;
      } else if (rel === 'the' && (m[2] || m[1]) && /^(week|month|year)$/.test(unit)) n = 0;
      else return null;
      const value = shiftUnit(ctx.ref, unit, n);
      return value ? { value, type: 'DATE', mod } : null;
    },
  },
  {
    name: 'year-end',
    pattern: /\b(?:the )?(?:year[- ]end|year's end)\b/gi,
    resolve: (_m, ctx) => (ctx.ref ? { value: formatYear(ctx.ref.y), type: 'DATE', mod: 'END' } : null),
  },
  {
    name: 'ago',
    pattern: new RegExp(
      `\\b(?:(?:nearly|almost|about|around|some|roughly|more than|less than|just|only|over|barely) )?(${NUMBER})(?: or so)? (day|week|month|quarter|year|decade)s? (ago|from now|hence)\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const n = numberValue(m[1]!);
      if (n === null) return { value: /ago/i.test(m[3]!) ? 'PAST_REF' : 'FUTURE_REF', type: 'DATE' };
      if (!Number.isInteger(n)) return null;
      const sign = /ago/i.test(m[3]!) ? -1 : 1;
      const unit = m[2]!.toLowerCase();
      if (unit === 'decade') return { value: formatYear(ctx.ref.y + sign * 10 * n), type: 'DATE' };
      if (unit === 'year' && n === 1 && sign < 0)
        return { value: formatYear(ctx.ref.y - 1), type: 'DATE', anaphor: { kind: 'year-ago' } };
      const value = shiftUnit(ctx.ref, unit, sign * n);
      return value ? { value, type: 'DATE' } : null;
    },
  },
  {
    name: 'season',
    pattern:
      /\b(?:(early|late|mid)[- ]?)?(?:(last|this|next|this past|this coming|the|in|during|over|since|until|by) )(?:(early|late) )?(spring|summer|fall|autumn|winter)(?: (?:of )?(\d{4}))?\b/gi,
    resolve: (m, ctx, start, end) => resolveSeason(m, ctx, start, end),
  },
];

const SEASONS: Record<string, [string, number]> = {
  spring: ['SP', 1],
  summer: ['SU', 2],
  fall: ['FA', 3],
  autumn: ['FA', 3],
  winter: ['WI', 4],
};

function resolveSeason(m: RegExpExecArray, ctx: RuleContext, start: number, end: number): Resolution | null {
  const [code, index] = SEASONS[m[4]!.toLowerCase()]!;
  const mod = modOf(m[1] ?? m[3]);
  if (m[5]) return { value: `${m[5]}-${code}`, type: 'DATE', mod };
  if (!ctx.ref) return null;
  // Seasons by meteorological months; January and February belong to the previous year's winter.
  const ref = ctx.ref;
  const seasonYear = ref.m <= 2 ? ref.y - 1 : ref.y;
  const current = ref.m <= 2 || ref.m === 12 ? 4 : Math.floor((ref.m - 3) / 3) + 1;
  const rel = m[2]!.toLowerCase();
  let y: number;
  if (rel === 'last' || rel === 'this past') y = index < current ? seasonYear : seasonYear - 1;
  else if (rel === 'next' || rel === 'this coming') y = index > current ? seasonYear : seasonYear + 1;
  else if (rel === 'this') y = seasonYear;
  else if (ctx.tense(start, end) === 'future') y = index >= current ? seasonYear : seasonYear + 1;
  else y = index <= current ? seasonYear : seasonYear - 1;
  return { value: `${formatYear(y)}-${code}`, type: 'DATE', mod };
}
