import { addDays, formatTime, type Day } from './calendar';
import { dayOfWeekday } from './anchor';
import { MONTH, monthNumber, NUMBER, numberValue, WEEKDAY, weekdayNumber } from './lexicon';
import { yearOfMonthDay } from './anchor';
import { isVagueOneDay } from './rules-vague';
import type { Rule } from './types';

/** Durations, recurring sets and clock times (the vague PRESENT/PAST/FUTURE references are in rules-vague). */

const UNIT_CODES: Record<string, [string, number]> = {
  second: ['TS', 1],
  minute: ['TM', 1],
  hour: ['TH', 1],
  day: ['D', 1],
  night: ['D', 1],
  week: ['W', 1],
  month: ['M', 1],
  quarter: ['Q', 1],
  year: ['Y', 1],
  decade: ['Y', 10],
  century: ['Y', 100],
  centurie: ['Y', 100],
};

/** "P3Y", "PT5H", "P20Y" (two decades); vague amounts give "PXY" (decades "PXE", centuries "PXC"). */
export function durationValue(n: number | null, unit: string): string | null {
  const entry = UNIT_CODES[unit.toLowerCase()];
  if (!entry) return null;
  const [code, factor] = entry;
  const time = code.startsWith('T');
  const letter = time ? code.slice(1) : code;
  if (n === null) {
    const vague = factor === 10 ? 'E' : factor === 100 ? 'C' : letter;
    return `P${time ? 'T' : ''}X${vague}`;
  }
  const amount = n * factor;
  if (!Number.isFinite(amount) || amount <= 0) return null;
  return `P${time ? 'T' : ''}${Number.isInteger(amount) ? amount : amount.toFixed(1)}${letter}`;
}

const DURATION_UNIT = '(second|minute|hour|day|night|week|month|quarter|year|decade|centurie|century)';
const HEDGE =
  '(?:nearly|almost|about|around|more than|less than|fewer than|at least|at most|over|some|roughly|approximately|up to|within|only|just|another|an additional|a further|the better part of|no more than|no less than|close to)';

export const spanRules: Rule[] = [
  {
    name: 'duration',
    pattern: new RegExp(
      `\\b(?:(?:each of |all of |for )?(the|its|their) )?(?:(past|last|next|first|previous|coming|following|final|latest|remaining|initial|recent|preceding) )?(?:${HEDGE} )?(${NUMBER})(?: (?:more|additional|straight|consecutive|full))?[- ]${DURATION_UNIT}s?(?:[- ](?:long|old))?\\b`,
      'gi',
    ),
    resolve: (m, ctx, start) => {
      const raw = m[3]!.toLowerCase();
      if (m[0].toLowerCase() === 'one day' && isVagueOneDay(ctx, start)) return null;
      // "the past several quarters" is the vague past (rules-vague), "the next few days" a duration.
      if (/^(past|last)$/i.test(m[2] ?? '') && numberValue(m[3]!) === null) return null;
      if (raw === 'a' || raw === 'an') {
        const before = ctx.text.slice(Math.max(0, start - 14), start);
        // "twice a year", "$5 a day" are rates; a bare "a year" with no frame is too vague to call.
        if (/(times|twice|once|per|\d|cents?|dollars?)\s*$/i.test(before)) return null;
        if (
          !m[1] &&
          !m[2] &&
          !/(for|in|within|over|after|than|about|nearly|almost|barely|only|just|least|of|half)\s+$/i.test(before) &&
          !/^(?:the|a|an) /i.test(m[0].slice(0, 4)) &&
          m[0].toLowerCase().startsWith(raw)
        )
          return null;
      }
      const value = durationValue(numberValue(m[3]!), m[4]!);
      return value ? { value, type: 'DURATION' } : null;
    },
  },
  {
    name: 'vague-duration',
    pattern:
      /\b(?:(?:for|over|in|within) )(?:the (?:(?:past|last|next|coming) )?|(?:last|next) )?(years|months|weeks|days|decades|centuries|hours)\b|\b(?:the )?(?:coming|next few|next several) (years|months|weeks|days)\b/gi,
    resolve: (m) => {
      const unit = (m[1] ?? m[2])!.toLowerCase().replace(/s$/, '');
      const value = durationValue(null, unit === 'centurie' ? 'century' : unit);
      return value ? { value, type: 'DURATION' } : null;
    },
  },
  {
    name: 'set',
    pattern:
      /\b(daily|nightly|weekly|monthly|quarterly|yearly|annually|hourly)\b|\b(?:every|each|per) (day|week|month|quarter|year|hour|night)\b/gi,
    resolve: (m) => {
      const word = (m[1] ?? m[2])!.toLowerCase();
      const unit =
        (
          {
            daily: 'day',
            nightly: 'day',
            weekly: 'week',
            monthly: 'month',
            quarterly: 'quarter',
            yearly: 'year',
            annually: 'year',
            hourly: 'hour',
          } as Record<string, string>
        )[word] ?? word;
      const value = durationValue(1, unit);
      return value ? { value, type: 'SET' } : null;
    },
  },
  {
    name: 'set-named',
    pattern: new RegExp(`\\b(?:every|each) (${WEEKDAY}|${MONTH})\\b`, 'g'),
    resolve: (m) => {
      const wd = weekdayNumber(m[1]!);
      if (wd) return { value: `XXXX-WXX-${wd}`, type: 'SET' };
      const month = monthNumber(m[1]!);
      return month ? { value: `XXXX-${String(month).padStart(2, '0')}`, type: 'SET' } : null;
    },
  },
  {
    name: 'clock',
    pattern: new RegExp(
      `\\b(?:(\\d{1,2})(?::(\\d\\d))? ?([ap])\\.? ?m\\b\\.?|(noon|midnight|midday))(?: ?(?:[ECMP][SD]T|GMT|UTC|local time))?(?:,? (?:on )?(?:(${WEEKDAY})|(today|yesterday|tomorrow)|(${MONTH}) (\\d{1,2})\\b))?`,
      'g',
    ),
    resolve: (m, ctx, start, end) => {
      let hour: number;
      let minute = Number(m[2] ?? 0);
      if (m[4]) {
        hour = m[4] === 'midnight' ? 0 : 12;
        minute = 0;
      } else {
        hour = Number(m[1]);
        if (hour < 1 || hour > 12 || minute > 59) return null;
        hour = (hour % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0);
      }
      const ref = ctx.ref;
      let day: Day | null = null;
      if (m[7] && m[8]) {
        const month = monthNumber(m[7])!;
        day = ref
          ? { y: yearOfMonthDay(ref, month, Number(m[8]), ctx.tense(start, end)), m: month, d: Number(m[8]) }
          : null;
      } else if (!ref) return null;
      else if (m[5]) day = dayOfWeekday(ref, weekdayNumber(m[5])!, ctx.tense(start, end));
      else if (m[6]) day = addDays(ref, { today: 0, yesterday: -1, tomorrow: 1 }[m[6].toLowerCase()] ?? 0);
      else day = ref;
      if (!day) return null;
      return { value: formatTime(day, hour, minute), type: 'TIME' };
    },
  },
];
