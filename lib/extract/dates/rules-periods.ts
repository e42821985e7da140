import { formatQuarter, formatYear } from './calendar';
import { yearOfQuarter } from './anchor';
import { ORDINALS } from './lexicon';
import { shiftUnit } from './rules-relative';
import type { Rule } from './types';

/**
 * Reporting periods: quarters, halves, fiscal years and the anaphors of earnings stories ("a year
 * earlier", "the latest period", "the 1988 quarter"), which `anaphora.ts` fills in.
 */

const YEAR = '(?:1[6-9]|2[01])\\d\\d';

export const periodRules: Rule[] = [
  {
    name: 'year-earlier',
    pattern:
      /\b(?:(?:the|a|its) )?(?:comparable |corresponding )?(?:year[- ]earlier|year[- ]ago|a year (?:earlier|before))(?: (?:first|second|third|fourth)?[- ]?(?:quarter|period|month|week))?\b|\bthe (?:quarter|period) a year (?:ago|earlier)\b|\bthe (?:corresponding|same) period (?:last|a) year\b|\blast year's (?:(?:fiscal )?(?:quarter|period))\b/gi,
    resolve: (_m, ctx) =>
      ctx.ref ? { value: formatYear(ctx.ref.y - 1), type: 'DATE', anaphor: { kind: 'year-ago' } } : null,
  },
  {
    name: 'quarter',
    pattern: new RegExp(
      `\\b(?:(?:the|its|this|last|next|a) )?(?:(this|last|next) year's |(${YEAR})(?:'s)? )?(?:fiscal[- ])?(first|second|third|fourth|1st|2nd|3rd|4th|last|final|(?:first|last) two)[- ](?:fiscal[- ])?(quarters?|half)(?: of (?:(${YEAR})|(this|last|next) year|fiscal (${YEAR})))?\\b`,
      'gi',
    ),
    resolve: (m, ctx, start, end) => {
      const word = m[3]!.toLowerCase();
      const unit = m[4]!.toLowerCase();
      // "the first two quarters" is the first half; otherwise one quarter or half.
      const two = /two$/.test(word);
      if (two !== (unit === 'quarters')) return null;
      const isHalf = two || unit === 'half';
      const explicit = m[2] ?? m[5] ?? m[7];
      const rel = (m[1] ?? m[6])?.toLowerCase();
      // "the last quarter" alone is the previous quarter (a relative rule); "the last quarter of 1989" its fourth.
      const isLast = /^(last|final)/.test(word);
      if (isLast && !explicit && !m[6]) return null;
      const n = isLast ? (isHalf ? 2 : 4) : two ? 1 : ORDINALS[word]!;
      if (isHalf && n > 2) return null;
      let y: number;
      if (explicit) y = Number(explicit);
      else if (!ctx.ref) return null;
      else if (rel) y = ctx.ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      else if (isHalf) y = n === 1 || ctx.ref.m > 6 ? ctx.ref.y : ctx.ref.y - 1;
      else y = yearOfQuarter(ctx.ref, n, ctx.tense(start, end));
      return { value: isHalf ? `${formatYear(y)}-H${n}` : formatQuarter(y, n), type: 'DATE' };
    },
  },
  {
    name: 'quarter-code',
    pattern: /\b(?:Q([1-4])|([1-4])Q)(?:[ '’]?(\d{4}|\d{2}))?\b/g,
    resolve: (m, ctx) => {
      const q = Number(m[1] ?? m[2]);
      const year = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : ctx.ref?.y;
      return year === undefined ? null : { value: formatQuarter(year, q), type: 'DATE' };
    },
  },
  {
    name: 'latest-period',
    pattern: /\bthe (?:latest|current|most recent) (?:fiscal )?period\b/gi,
    resolve: (_m, ctx) =>
      ctx.ref ? { value: shiftUnit(ctx.ref, 'quarter', -1)!, type: 'DATE', anaphor: { kind: 'quarter' } } : null,
  },
  {
    // "the 1988 period": the quarter in focus, in that year.
    name: 'year-period',
    pattern: new RegExp(`\\bthe (${YEAR}) (?:fiscal )?(?:period|quarter)\\b`, 'g'),
    resolve: (m) => ({ value: m[1]!, type: 'DATE', anaphor: { kind: 'period', year: Number(m[1]) } }),
  },
  {
    // "for the full year": the year being reported on.
    name: 'full-year',
    pattern: /\bthe full (?:fiscal )?year\b/gi,
    resolve: (_m, ctx) => (ctx.ref ? { value: formatYear(ctx.ref.y), type: 'DATE' } : null),
  },
];
