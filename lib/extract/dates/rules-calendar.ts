import { formatDay, formatMonth, formatWeek, formatYear, isValidDay, type Day } from './calendar';
import { yearOfMonth, yearOfMonthDay } from './anchor';
import { MONTH, monthNumber, SPELLED_BELOW_100, numberValue } from './lexicon';
import type { Mod, Rule, RuleContext } from './types';

/** Calendar expressions: explicit days, months, years, decades and centuries. */

const MOD_WORDS = '(?:early|mid|late|the (?:end|beginning|start|middle) of|(?:the )?(?:first|second) half of)';

export function modOf(word: string | undefined): Mod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/early|beginning|start|first half/.test(w)) return 'START';
  if (/mid|middle/.test(w)) return 'MID';
  if (/late|end|second half/.test(w)) return 'END';
  return undefined;
}

/** A year written in a date must be plausible for news: 1600–2199. */
const YEAR = '(?:1[6-9]\\d\\d|2[01]\\d\\d)';

function resolveDay(
  ctx: RuleContext,
  m: number,
  d: number,
  year: string | undefined,
  start: number,
  end: number,
): Day | null {
  if (!isValidDay(2000, m, d)) return null;
  if (year) return isValidDay(Number(year), m, d) ? { y: Number(year), m, d } : null;
  if (!ctx.ref) return null;
  return { y: yearOfMonthDay(ctx.ref, m, d, ctx.tense(start, end)), m, d };
}

/** "May" is also a verb: accept it alone only after a word that introduces a time. */
const TIME_PREPOSITION =
  /\b(in|since|until|till|by|last|next|this|early|late|mid|of|through|during|from|to|before|after|between|and|or|that|each|every|past)[\s-]+$/i;

export const calendarRules: Rule[] = [
  {
    name: 'iso-day',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isValidDay(y, mo, d) ? { value: formatDay({ y, m: mo, d }), type: 'DATE' } : null;
    },
  },
  {
    name: 'month-day',
    pattern: new RegExp(
      `\\b(the week of |(?:last|this|next|this past|this coming) )?(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (${YEAR})\\b)?`,
      'g',
    ),
    resolve: (m, ctx, start, end) => {
      const day = resolveDay(ctx, monthNumber(m[2]!)!, Number(m[3]), m[4], start, end);
      if (!day) return null;
      return { value: m[1]?.startsWith('the week') ? formatWeek(day) : formatDay(day), type: 'DATE' };
    },
  },
  {
    name: 'day-month',
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH})(?:,? (${YEAR})\\b)?`, 'g'),
    resolve: (m, ctx, start, end) => {
      const day = resolveDay(ctx, monthNumber(m[2]!)!, Number(m[1]), m[3], start, end);
      return day ? { value: formatDay(day), type: 'DATE' } : null;
    },
  },
  {
    name: 'month',
    pattern: new RegExp(
      `\\b(?:(${MOD_WORDS})[- ]?)?(?:(last|this|next|this past|this coming) )?(${MONTH})(?:,? (?:of )?(${YEAR})\\b| (this|last|next) year\\b)?`,
      'gi',
    ),
    resolve: (m, ctx, start, end) => {
      // The pattern is case-insensitive for the modifiers; the month itself must be capitalised.
      if (!/^[A-Z]/.test(m[3]!)) return null;
      const month = monthNumber(m[3]!)!;
      const [, modWord, rel, , year, yearRel] = m;
      if (
        month === 5 &&
        !modWord &&
        !rel &&
        !year &&
        !yearRel &&
        !TIME_PREPOSITION.test(ctx.text.slice(Math.max(0, start - 12), start))
      ) {
        return null;
      }
      const mod = modOf(modWord);
      if (year) return { value: formatMonth(Number(year), month), type: 'DATE', mod };
      const ref = ctx.ref;
      if (!ref) return null;
      let y: number;
      if (yearRel) y = ref.y + (yearRel.toLowerCase() === 'last' ? -1 : yearRel.toLowerCase() === 'next' ? 1 : 0);
      // "last February" written in March is a year back: the month just over would be "last month".
      else if (rel && /^last$/i.test(rel)) y = month < ref.m - 1 ? ref.y : ref.y - 1;
      else if (rel && /^this past$/i.test(rel)) y = month < ref.m ? ref.y : ref.y - 1;
      else if (rel && /^next|this coming/i.test(rel)) y = month > ref.m ? ref.y : ref.y + 1;
      else if (rel) y = ref.y;
      else y = yearOfMonth(ref, month, ctx.tense(start, end));
      return { value: formatMonth(y, month), type: 'DATE', mod };
    },
  },
  {
    name: 'year',
    pattern: new RegExp(
      `(?<![$£€#\\d.,/])(?<!(?<!\\b(?:pre|post))-)\\b(?:(${MOD_WORDS})[- ]?|fiscal (?:year )?)?(${YEAR})\\b(?![%\\d]|[.,]\\d|-\\d{3})`,
      'gi',
    ),
    resolve: (m, ctx, start) => {
      const before = ctx.text.slice(Math.max(0, start - 16), start);
      const after = ctx.text.slice(start + m[0].length, start + m[0].length + 24);
      // Counts, not years: "more than 2000 people", "No. 1999", "1998 votes".
      if (
        /\b(than|least|about|some|nearly|almost|over|no\.|number|of|up|down|to|from|by)\s+$/i.test(before) &&
        QUANTITY_NOUN.test(after)
      )
        return null;
      if (QUANTITY_NOUN.test(after)) return null;
      return { value: formatYear(Number(m[2])), type: 'DATE', mod: modOf(m[1]) };
    },
  },
  {
    name: 'spelled-year',
    pattern: new RegExp(
      `\\b(?:the year )?(nineteen|twenty)[- ](${SPELLED_BELOW_100}|hundred)\\b|\\b(?:the year )?two thousand(?:(?: and)? (${SPELLED_BELOW_100}))?\\b`,
      'gi',
    ),
    resolve: (m) => {
      if (m[1]) {
        const century = m[1].toLowerCase() === 'nineteen' ? 1900 : 2000;
        const rest = m[2]!.toLowerCase() === 'hundred' ? 0 : numberValue(m[2]!);
        // "nineteen five" is not how years are said; require a two-word tail ≥ 10.
        if (rest === null || (rest > 0 && rest < 10)) return null;
        return { value: formatYear(century + rest), type: 'DATE' };
      }
      if (!/year/i.test(m[0]) && !m[3]) return null;
      return { value: formatYear(2000 + (m[3] ? (numberValue(m[3]) ?? 0) : 0)), type: 'DATE' };
    },
  },
  {
    name: 'decade',
    pattern: /\b(?:the )?(?:(early|mid|late)[- ]?)?(?:(1[6-9]|20)(\d)0|['’](\d)0)['’]?s\b/gi,
    resolve: (m, ctx) => {
      let century = m[2];
      const digit = m[3] ?? m[4]!;
      // "the 1800s" is the century; "the 2000s" the decade its years are still counted in.
      if (century && digit === '0' && century !== '20') return { value: century, type: 'DATE', mod: modOf(m[1]) };
      if (!century) {
        if (!ctx.ref) return null;
        const c = Math.floor(ctx.ref.y / 100);
        // "the '90s" read in 2024 is the 1990s; "the '20s" is this century's.
        century = String(Number(digit) * 10 > ctx.ref.y % 100 ? c - 1 : c);
      }
      return { value: `${century}${digit}`, type: 'DATE', mod: modOf(m[1]) };
    },
  },
  {
    name: 'spelled-decade',
    pattern:
      /\b(?:the )?(?:(early|mid|late)[- ]?)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    resolve: (m, ctx, start) => {
      // "in her forties" is an age; decades come with "the".
      if (!/^the /i.test(m[0]) && !/\bthe\s+$/i.test(ctx.text.slice(Math.max(0, start - 5), start))) return null;
      const digit = ['tw', 'th', 'fo', 'fi', 'si', 'se', 'ei', 'ni'].indexOf(m[2]!.slice(0, 2).toLowerCase()) + 2;
      const ref = ctx.ref ?? { y: 1999, m: 1, d: 1 };
      const c = Math.floor(ref.y / 100);
      const century = digit * 10 > ref.y % 100 ? c - 1 : c;
      return { value: `${century}${digit}`, type: 'DATE', mod: modOf(m[1]) };
    },
  },
  {
    name: 'century',
    pattern: /\b(?:the )?(?:(early|mid|late)[- ]?)?(\d{1,2})(?:st|nd|rd|th) century\b/gi,
    resolve: (m) => ({ value: String(Number(m[2]) - 1).padStart(2, '0'), type: 'DATE', mod: modOf(m[1]) }),
  },
];

const QUANTITY_NOUN =
  /^[- ]?(people|persons|troops|soldiers|members|workers|employees|shares|cars|units|votes|miles|feet|meters|metres|kilometers|kilometres|tons|tonnes|barrels|acres|dollars|euros|pounds|yen|men|women|children|students|cases|deaths|points|jobs|homes|houses|rounds|delegates|refugees|civilians|prisoners|officers|police|pages|words|hours|minutes|seconds|days|weeks|months|years)\b/i;
