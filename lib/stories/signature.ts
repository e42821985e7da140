import type { DocumentFrequency } from './df';
import { idf } from './df';
import type { StoryItem } from './features';
import { itemTerms, itemTime, titleTerms } from './features';
import type { NormParts } from './norm';
import { storyNormParts, unitNormParts } from './norm';

/**
 * What is persisted per story to compare new items against. Plain data (structured-clone-safe); bounded in
 * size whatever the story's length, so a 5,000-item story costs the same to store and score as a 5-item one.
 */
export interface StorySignature {
  /** Summed local weights of member terms: at most `TERM_LIMIT`, cut to the heaviest `MAX_TERMS` by weight × idf. */
  terms: Record<string, number>;
  /** Members folded in. */
  count: number;
  /** Earliest and latest member time (ms since epoch), null until a dated member arrives. */
  firstTime: number | null;
  lastTime: number | null;
  /** Title terms of the first and the latest few members, for the "close to one member" test. */
  exemplars: string[][];
  /**
   * Length parts (norm.ts) of `terms` and of each exemplar, as of the last fold. Absent in signatures
   * stored before they existed: scoring then computes them from the document frequencies of every term.
   */
  norm?: NormParts;
  exemplarNorms?: NormParts[];
}

export const MAX_TERMS = 200;
/** Terms may run this far past `MAX_TERMS` before the cut, so the sort is paid once per dozens of folds. */
export const TERM_LIMIT = MAX_TERMS + 40;
/**
 * The founding members are kept because they define the event; the latest because stories drift. Six, not
 * the twelve kept before: on the UCI headlines the member test decides almost nothing beside the centroid
 * (F1 the same with 6, 12 or none), and each exemplar costs ~100 bytes per story and a pass per candidate.
 */
export const FIRST_EXEMPLARS = 2;
const RECENT_EXEMPLARS = 4;
export const MAX_EXEMPLARS = FIRST_EXEMPLARS + RECENT_EXEMPLARS;

/**
 * Fold `item` into a story signature (create when null). Returns a new object; `sig` is not changed.
 * Reads the document frequencies of the signature's terms (`signatureTerms`) and the item's.
 */
export function updateSignature(sig: StorySignature | null, item: StoryItem, df: DocumentFrequency): StorySignature {
  const terms: Record<string, number> = { ...(sig?.terms ?? {}) };
  let size = sig ? Object.keys(sig.terms).length : 0;
  for (const [t, w] of itemTerms(item)) {
    if (Object.hasOwn(terms, t)) terms[t] = (terms[t] ?? 0) + w;
    else {
      terms[t] = w;
      size++;
    }
  }
  const time = itemTime(item);
  const exemplars = [...(sig?.exemplars ?? [])];
  const own = titleTerms(item);
  if (own.length > 0) {
    exemplars.push(own);
    if (exemplars.length > MAX_EXEMPLARS) exemplars.splice(FIRST_EXEMPLARS, 1);
  }
  const kept = size > TERM_LIMIT ? cutTerms(terms, df) : terms;
  const count = (sig?.count ?? 0) + 1;
  return {
    terms: kept,
    count,
    firstTime: minTime(sig?.firstTime ?? null, time),
    lastTime: maxTime(sig?.lastTime ?? null, time),
    exemplars,
    // Recomputed at every fold, so an active story's lengths follow the current frequencies.
    norm: storyNormParts({ terms: kept, count }, df),
    exemplarNorms: exemplars.map((ex) => unitNormParts(ex, df)),
  };
}

/** The terms whose document frequencies `updateSignature` reads for `sig` (scoring reads only the item's). */
export function signatureTerms(sig: StorySignature): string[] {
  return [...new Set([...Object.keys(sig.terms), ...sig.exemplars.flat()])];
}

function cutTerms(terms: Record<string, number>, df: DocumentFrequency): Record<string, number> {
  const ranked = Object.entries(terms).map(([t, w]) => [t, w, w * idf(df, t)] as const);
  ranked.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(ranked.slice(0, MAX_TERMS).map(([t, w]) => [t, w]));
}

function minTime(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function maxTime(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}
