import type { DocumentFrequency } from './df';
import type { StoryItem } from './features';
import { itemTerms } from './features';
import { collectionLog, lengthAt, storyNormParts, unitNormParts } from './norm';
import type { StorySignature } from './signature';

interface ItemTerm {
  /** Local weight (1 for a title word, 1.5 for a name or pair, ...). */
  local: number;
  /** Items counted so far with this term, the item itself included. */
  count: number;
  /** Plain idf, and the unit-length idf-weighted weight it gives. */
  idf: number;
  weight: number;
}

/**
 * An item ready to be compared with many stories. Built once per item; then a story costs one look-up per
 * item term for the centroid and one per exemplar term for the members, never a pass over the story's own
 * terms or a read of their frequencies.
 */
export interface ItemVector {
  terms: ReadonlyMap<string, ItemTerm>;
  total: number;
}

export function itemVector(item: StoryItem, df: DocumentFrequency): ItemVector {
  const l = collectionLog(df.total);
  const terms = new Map<string, ItemTerm>();
  let sq = 0;
  for (const [t, local] of itemTerms(item)) {
    const count = df.get(t);
    const idf = l - Math.log(count + 1);
    terms.set(t, { local, count, idf, weight: local * idf });
    sq += (local * idf) ** 2;
  }
  const n = Math.sqrt(sq);
  for (const v of terms.values()) v.weight = n === 0 ? 0 : v.weight / n;
  return { terms, total: df.total };
}

/**
 * Cosine of the item with the story's summed term vector, each term weighted by how rare it is OUTSIDE the
 * story (its count less the story's own members with it). Why: a story's defining word is common because
 * the story is big — 300 items about one game launch make the game's name look as common as "US" — yet it
 * still tells that story from the others; and a word common outside the story ("US", "stocks") says little
 * about belonging to it, however often the story uses it. The story's own share is estimated from its
 * summed weight (÷ the item's weight for the term, at most one per member).
 */
export function centroidCosine(v: ItemVector, sig: StorySignature, df: DocumentFrequency): number {
  const l = collectionLog(v.total);
  let dot = 0;
  let sq = 0;
  for (const [t, { local, count }] of v.terms) {
    // Own properties only: "constructor" is a headline word too.
    const summed = Object.hasOwn(sig.terms, t) ? (sig.terms[t] ?? 0) : 0;
    const own = Math.min(sig.count, summed / local);
    const idf = l - Math.log(Math.max(0, count - own) + 1);
    sq += (local * idf) ** 2;
    dot += local * idf * summed * idf;
  }
  if (dot === 0) return 0;
  const parts = sig.norm ?? storyNormParts(sig, df);
  return dot / (Math.sqrt(sq) * lengthAt(parts, v.total));
}

/** Highest cosine of the item with one exemplar title (its terms weigh 1 × idf). */
export function memberCosine(v: ItemVector, sig: StorySignature, df: DocumentFrequency): number {
  let best = 0;
  for (let i = 0; i < sig.exemplars.length; i++) {
    const ex = sig.exemplars[i] ?? [];
    let s = 0;
    for (const t of ex) {
      const hit = v.terms.get(t);
      if (hit) s += hit.weight * hit.idf;
    }
    if (s > 0) best = Math.max(best, s / lengthAt(sig.exemplarNorms?.[i] ?? unitNormParts(ex, df), v.total));
  }
  return best;
}
