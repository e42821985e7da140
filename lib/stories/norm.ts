import type { DocumentFrequency } from './df';
import type { StorySignature } from './signature';

/**
 * The idf-weighted length of a stored term vector, kept so that scoring a story never reads the document
 * frequencies of its terms (hundreds per candidate) — only those of the new item's.
 *
 * idf(t) = L − ℓ(t) with L = ln(total + 1) + 1 and ℓ(t) = ln(df(t) + 1). For weights w the squared length
 * is Σ w²(L − ℓ)² = L²·Σw² − 2L·Σw²ℓ + Σw²ℓ², so the three sums, taken when the vector was last written,
 * give its length exactly for any later collection size; only the drift of each term's own df since then
 * is not seen. That drift is second order: a story's rare terms are rare because few items share them.
 */
export type NormParts = [number, number, number];

/** Digits kept in stored sums: the length needs a few significant figures, JSON would print seventeen. */
const KEEP = 1e4;

/** ln(df + 1) of a term, less `own` of its items: the part of its idf that depends on the term. */
export function termLog(df: DocumentFrequency, term: string, own = 0): number {
  return Math.log(Math.max(0, df.get(term) - own) + 1);
}

/** The part of every idf that depends on the collection size only. */
export function collectionLog(total: number): number {
  return Math.log(total + 1) + 1;
}

/** `own(t, w)`: items of the vector's own story to leave out of the term's count (score.ts says why). */
export function normParts(
  weights: Iterable<readonly [string, number]>,
  df: DocumentFrequency,
  own: (term: string, weight: number) => number = () => 0,
): NormParts {
  const sums: NormParts = [0, 0, 0];
  for (const [t, w] of weights) addTerm(sums, w, termLog(df, t, own(t, w)));
  return rounded(sums);
}

function addTerm(sums: NormParts, w: number, l: number): void {
  const w2 = w * w;
  sums[0] += w2;
  sums[1] += w2 * l;
  sums[2] += w2 * l * l;
}

function rounded([a, b, c]: NormParts): NormParts {
  return [round(a), round(b), round(c)];
}

/**
 * Parts of a story's summed term vector, each term's count less the story's own members with it: estimated
 * as its summed weight, at most one per member (the item being scored is not known here).
 */
export function storyNormParts(sig: Pick<StorySignature, 'terms' | 'count'>, df: DocumentFrequency): NormParts {
  const sums: NormParts = [0, 0, 0];
  // A loop over the record's keys, not Object.entries: this runs at every fold over up to 240 terms.
  for (const t in sig.terms) {
    if (Object.hasOwn(sig.terms, t))
      addTerm(sums, sig.terms[t] ?? 0, termLog(df, t, Math.min(sig.count, sig.terms[t] ?? 0)));
  }
  return rounded(sums);
}

/** Parts of a vector whose weights are all 1 (an exemplar title's terms). */
export function unitNormParts(terms: readonly string[], df: DocumentFrequency): NormParts {
  return normParts(
    terms.map((t) => [t, 1] as const),
    df,
  );
}

/** The vector's length at collection size `total`; never 0 for a non-empty vector (idf ≥ 1). */
export function lengthAt(parts: Readonly<NormParts>, total: number): number {
  const [a, b, c] = parts;
  const l = collectionLog(total);
  // Rounded sums can make the difference a hair off; the true value is at least Σw² (every idf ≥ 1).
  return Math.sqrt(Math.max(a, l * l * a - 2 * l * b + c));
}

function round(x: number): number {
  return Math.round(x * KEEP) / KEEP;
}
