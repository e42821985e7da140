import type { Day } from './calendar';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Where in a range an expression points: "early July" (START), "mid-July" (MID), "late July" (END). */
export type Mod = 'START' | 'MID' | 'END';

export type Tense = 'past' | 'future';

/** What a rule knows while resolving one match. */
export interface RuleContext {
  text: string;
  /** Publication day; null when unknown, so only absolute expressions resolve. */
  ref: Day | null;
  /** Tense of the clause around [start, end), guessed from nearby words; computed lazily. */
  tense(start: number, end: number): Tense | null;
}

/**
 * An expression whose value depends on a period named before it, filled in by `anaphora.ts`:
 * "the quarter" (`quarter`), "a year earlier" (`year-ago`), "the 1988 period" (`period`, with its year),
 * "that year" (`that-year`), "the next day" (`that-day`, with its shift). The resolution's `value` is the fallback when nothing fitting was named
 * ('' = drop the mention).
 */
export interface Anaphor {
  kind: 'quarter' | 'year-ago' | 'period' | 'that-year' | 'that-day';
  year?: number;
  /** Days from the day named before: "the next day" is +1, "that day" 0. */
  days?: number;
}

export interface Resolution {
  value: string;
  type: TimexType;
  mod?: Mod;
  anaphor?: Anaphor;
}

/** One recogniser: a global, case-aware pattern plus a resolver that may decline a match (return null). */
export interface Rule {
  name: string;
  pattern: RegExp;
  resolve(match: RegExpExecArray, ctx: RuleContext, start: number, end: number): Resolution | null;
}

export interface Candidate extends Resolution {
  start: number;
  end: number;
  rule: string;
}
