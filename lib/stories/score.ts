import type { DocumentFrequency } from './df';
import { idf } from './df';
import type { StoryItem } from './features';
import { itemTerms } from './features';
import { lengthAt, normParts, unitNormParts } from './norm';
import type { StorySignature } from './signature';

/**
 * An item ready to be compared with many stories: per term, its unit-length idf-weighted weight and its
 * idf. Built once per item; then a story costs a look-up per item term for the centroid and one per
 * exemplar term for the members, never a pass over the story's own terms.
 */
export interface ItemVector {
  terms: ReadonlyMap<string, { weight: number; idf: number }>;
}

export function itemVector(item: StoryItem, df: DocumentFrequency): ItemVector {
  const raw: [string, number, number][] = [];
  let sq = 0;
  for (const [t, w] of itemTerms(item)) {
    const f = idf(df, t);
    raw.push([t, w * f, f]);
    sq += w * f * w * f;
  }
  const n = Math.sqrt(sq);
  return { terms: new Map(raw.map(([t, w, f]) => [t, { weight: n === 0 ? 0 : w / n, idf: f }])) };
}

/** Cosine of the item with the story's summed term vector, under the current idf. */
export function centroidCosine(v: ItemVector, sig: StorySignature, df: DocumentFrequency): number {
  let s = 0;
  for (const [t, { weight, idf }] of v.terms) {
    // Own properties only: "constructor" is a headline word too.
    if (Object.hasOwn(sig.terms, t)) s += weight * (sig.terms[t] ?? 0) * idf;
  }
  if (s === 0) return 0;
  return s / lengthAt(sig.norm ?? normParts(Object.entries(sig.terms), df), df.total);
}

/** Highest cosine of the item with one exemplar title (its terms weigh 1 × idf). */
export function memberCosine(v: ItemVector, sig: StorySignature, df: DocumentFrequency): number {
  let best = 0;
  sig.exemplars.forEach((ex, i) => {
    let s = 0;
    for (const t of ex) {
      const hit = v.terms.get(t);
      if (hit) s += hit.weight * hit.idf;
    }
    if (s > 0) best = Math.max(best, s / lengthAt(sig.exemplarNorms?.[i] ?? unitNormParts(ex, df), df.total));
  });
  return best;
}
