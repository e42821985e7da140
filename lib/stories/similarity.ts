import type { DocumentFrequency } from './df';
import type { TermVector } from './features';
import { dot, itemTerms, normalise, weightVector } from './features';

/**
 * Similarity of two titles, 0..1, for ranking related coverage: cosine of their term vectors (tokens and
 * joined pairs), idf-weighted when document frequencies are given, else every term weighs its local weight.
 * Why not plain Jaccard: "Fed" shared matters less than "Plosser" shared once a collection exists.
 */
export function titleSimilarity(a: string, b: string, df?: DocumentFrequency): number {
  return vectorSimilarity(titleVector(a, df), titleVector(b, df));
}

/** `titleSimilarity` of two titles' vectors: a caller comparing one title with many computes its vector once. */
export function vectorSimilarity(va: TermVector, vb: TermVector): number {
  if (va.size === 0 || vb.size === 0) return 0;
  return Math.min(1, Math.max(0, dot(va, vb)));
}

/** A title's term vector, as `titleSimilarity` compares it. */
export function titleVector(title: string, df?: DocumentFrequency): TermVector {
  const terms = itemTerms({ id: '', title });
  return df ? weightVector(terms, df) : normalise(new Map(terms));
}
