import approxSearch from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '../types';

/**
 * Re-anchoring a quote in a page's text (see README.md here). Three steps:
 *  1. the stored position, if the quote is still there and its context agrees;
 *  2. exact occurrences of the quote, scored by how well the text around each matches the stored prefix and
 *     suffix (a repeated phrase is told apart by its context, then by closeness to the old position);
 *  3. approximate occurrences (approx-string-match, Myers' bit-parallel algorithm, as Hypothesis uses) with
 *     at most 1 error per 5 characters, taken only with most of the context intact and no rival place
 *     scoring nearly as well.
 * Every step demands context agreement, so a quote whose text was deleted is an orphan rather than a guess:
 * a wrong highlight misleads a researcher, a missing one only asks them to look.
 */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface TextAnchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** Quote similarity (1 = exact). */
  quoteScore: number;
  /** Context similarity, 0..1. */
  contextScore: number;
}

/** Minimum context similarity (mean of prefix and suffix): one intact side gives about 0.65, none about 0.35. */
export const MIN_CONTEXT = 0.5;
/** Most errors a fuzzy match may have, per character of the quote. */
export const MAX_ERROR_RATE = 0.2;
/** A fuzzy match is taken only with most of its context intact... */
export const MIN_FUZZY_CONTEXT = 0.6;
/** ...and only when no other place in the text scores nearly as well (near-duplicate paragraphs). */
export const FUZZY_MARGIN = 0.1;
/** Quotes shorter than this are matched exactly or not at all: a few edits turn a short phrase into another. */
export const MIN_FUZZY_LENGTH = 12;
const MAX_CANDIDATES = 500;
/** Slack around the stored context when comparing it, for small shifts of the quote's boundaries. */
const CONTEXT_SLACK = 4;

export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector | null,
): TextAnchor | null {
  const { exact } = quote;
  if (!exact) return null;
  const hint = position?.start ?? null;

  if (position && text.slice(position.start, position.end) === exact) {
    const ctx = contextScoreAt(text, position.start, position.end, quote);
    if (ctx >= MIN_CONTEXT)
      return { start: position.start, end: position.end, method: 'position', quoteScore: 1, contextScore: ctx };
  }

  const exactHits = findExact(text, exact);
  if (exactHits.length) {
    const best = bestByContext(
      text,
      quote,
      hint,
      exactHits.map((start) => ({ start, end: start + exact.length, errors: 0 })),
    );
    return best && best.contextScore >= MIN_CONTEXT ? { ...withoutRanks(best), method: 'quote' } : null;
  }

  if (exact.length < MIN_FUZZY_LENGTH) return null;
  const maxErrors = Math.min(256, Math.floor(exact.length * MAX_ERROR_RATE));
  const matches = fuzzyCandidates(text, exact, maxErrors);
  if (!matches.length) return null;
  // Many end positions share one place; the fewest errors come first, and only a bounded number is scored.
  matches.sort((a, b) => a.errors - b.errors);
  const best = bestByContext(text, quote, hint, matches.slice(0, MAX_CANDIDATES));
  if (!best || best.contextScore < MIN_FUZZY_CONTEXT) return null;
  if (best.runnerUp !== null && best.rank - best.runnerUp < FUZZY_MARGIN) return null;
  return { ...withoutRanks(best), method: 'fuzzy' };
}

/** Search rounds for fuzzy candidates: approx-string-match returns only the places with the fewest errors. */
const FUZZY_ROUNDS = 3;

/**
 * Approximate occurrences, the best few places rather than only the best one: each round masks the places
 * found so far, so the next finds the next-best. A near-duplicate with one error must not hide the true place
 * with two (a typo fixed inside the quote), and the margin test needs to see the rivals.
 */
function fuzzyCandidates(text: string, exact: string, maxErrors: number): Candidate[] {
  const all: Candidate[] = [];
  let haystack = text;
  for (let round = 0; round < FUZZY_ROUNDS; round++) {
    const found = approxSearch(haystack, exact, maxErrors);
    if (!found.length) break;
    all.push(...found);
    haystack = mask(haystack, found);
  }
  return all;
}

/** The text with the given ranges replaced by NUL characters (which match nothing), offsets kept. */
function mask(text: string, ranges: readonly Candidate[]): string {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(at, r.start);
    if (r.end <= start) continue;
    out += text.slice(at, start) + '\0'.repeat(r.end - start);
    at = r.end;
  }
  return out + text.slice(at);
}

function findExact(text: string, exact: string): number[] {
  const hits: number[] = [];
  for (let at = text.indexOf(exact); at !== -1 && hits.length < MAX_CANDIDATES; at = text.indexOf(exact, at + 1))
    hits.push(at);
  return hits;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface Ranked extends Omit<TextAnchor, 'method'> {
  rank: number;
  /** The best rank among candidates that do not overlap this one, or null when there are none. */
  runnerUp: number | null;
}

function bestByContext(
  text: string,
  quote: TextQuoteSelector,
  hint: number | null,
  candidates: Candidate[],
): Ranked | null {
  const ranked = candidates.map((c) => {
    const contextScore = contextScoreAt(text, c.start, c.end, quote);
    const quoteScore = 1 - c.errors / quote.exact.length;
    // Closeness to the old position only breaks near-ties: it is worth at most 0.02 of context.
    const near = hint === null ? 0 : 1 - Math.abs(c.start - hint) / Math.max(1, text.length);
    return { start: c.start, end: c.end, quoteScore, contextScore, rank: contextScore + quoteScore + 0.02 * near };
  });
  let best: (typeof ranked)[number] | null = null;
  for (const r of ranked) if (!best || r.rank > best.rank) best = r;
  if (!best) return null;
  let runnerUp: number | null = null;
  for (const r of ranked)
    if ((r.end <= best.start || r.start >= best.end) && (runnerUp === null || r.rank > runnerUp)) runnerUp = r.rank;
  return { ...best, runnerUp };
}

function withoutRanks(r: Ranked): Omit<TextAnchor, 'method'> {
  const { rank: _rank, runnerUp: _runnerUp, ...anchor } = r;
  return anchor;
}

/** Mean similarity of the stored prefix and suffix to the text just before and after `[start, end)`. */
export function contextScoreAt(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const before = quote.prefix
    ? similarity(text.slice(Math.max(0, start - quote.prefix.length - CONTEXT_SLACK), start), quote.prefix)
    : start <= CONTEXT_SLACK
      ? 1
      : 0.5;
  const after = quote.suffix
    ? similarity(text.slice(end, end + quote.suffix.length + CONTEXT_SLACK), quote.suffix)
    : text.length - end <= CONTEXT_SLACK
      ? 1
      : 0.5;
  return (before + after) / 2;
}

/** 1 − (fewest edits to find `pattern` in `window`) / pattern length, 0..1. */
function similarity(window: string, pattern: string): number {
  if (!window) return 0;
  if (window.includes(pattern)) return 1;
  const matches = approxSearch(window, pattern, pattern.length);
  const errors = matches.length ? Math.min(...matches.map((m) => m.errors)) : pattern.length;
  return Math.max(0, 1 - errors / pattern.length);
}
