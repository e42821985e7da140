/**
 * Document frequencies for idf weighting, kept incrementally: the background worker backs the same
 * interface with an IndexedDB store (one row per term), tests and the CLI use the in-memory one.
 */
export interface DocumentFrequency {
  /** Number of items counted so far. */
  readonly total: number;
  /** Number of counted items whose terms include `term` (0 when unseen). */
  get(term: string): number;
}

export interface MutableDocumentFrequency extends DocumentFrequency {
  /** Count one item with the given distinct terms. */
  add(terms: Iterable<string>): void;
}

export class MemoryDocumentFrequency implements MutableDocumentFrequency {
  private readonly counts = new Map<string, number>();
  private count = 0;

  get total(): number {
    return this.count;
  }

  get(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  add(terms: Iterable<string>): void {
    this.count++;
    for (const t of new Set(terms)) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
  }
}

/**
 * Smoothed inverse document frequency, always ≥ 1: a term unseen so far weighs most instead of dividing by
 * zero, and a term in every item still counts a little (headlines are short; no term may vanish).
 */
export function idf(df: DocumentFrequency, term: string): number {
  return Math.log((df.total + 1) / (df.get(term) + 1)) + 1;
}
