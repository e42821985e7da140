import type { DocumentFrequency } from './df';
import { idf } from './df';
import type { StoryItem, TermVector } from './features';
import { itemTerms, itemTime, normalise, titleTerms } from './features';

/**
 * What is persisted per story to compare new items against. Plain data (structured-clone-safe); bounded in
 * size whatever the story's length, so a 5,000-item story costs the same to score as a 5-item one.
 */
export interface StorySignature {
  /** Summed local weights of member terms: the heaviest `MAX_TERMS` by weight × idf at fold time. */
  terms: Record<string, number>;
  /** Members folded in. */
  count: number;
  /** Earliest and latest member time (ms since epoch), null until a dated member arrives. */
  firstTime: number | null;
  lastTime: number | null;
  /** Title terms of the first and the latest few members, for the "close to one member" test. */
  exemplars: string[][];
}

export const MAX_TERMS = 200;
/** The founding members are kept because they define the event; the latest because stories drift. */
const FIRST_EXEMPLARS = 4;
const RECENT_EXEMPLARS = 8;

/** Fold `item` into a story signature (create when null). Returns a new object; `sig` is not changed. */
export function updateSignature(sig: StorySignature | null, item: StoryItem, df: DocumentFrequency): StorySignature {
  const terms: Record<string, number> = { ...(sig?.terms ?? {}) };
  for (const [t, w] of itemTerms(item)) terms[t] = (terms[t] ?? 0) + w;
  const time = itemTime(item);
  const exemplars = [...(sig?.exemplars ?? [])];
  const own = titleTerms(item);
  if (own.length > 0) {
    exemplars.push(own);
    if (exemplars.length > FIRST_EXEMPLARS + RECENT_EXEMPLARS) exemplars.splice(FIRST_EXEMPLARS, 1);
  }
  return {
    terms: capTerms(terms, df),
    count: (sig?.count ?? 0) + 1,
    firstTime: minTime(sig?.firstTime ?? null, time),
    lastTime: maxTime(sig?.lastTime ?? null, time),
    exemplars,
  };
}

function capTerms(terms: Record<string, number>, df: DocumentFrequency): Record<string, number> {
  const entries = Object.entries(terms);
  if (entries.length <= MAX_TERMS) return terms;
  entries.sort((a, b) => b[1] * idf(df, b[0]) - a[1] * idf(df, a[0]) || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, MAX_TERMS));
}

function minTime(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function maxTime(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** The story's mean member vector under the current idf, unit length. */
export function centroidVector(sig: StorySignature, df: DocumentFrequency): TermVector {
  const v: TermVector = new Map();
  for (const [t, w] of Object.entries(sig.terms)) v.set(t, w * idf(df, t));
  return normalise(v);
}
