/**
 * Which terms have a record in the `terms` store, as a Bloom filter (schema v4): most of an article's terms
 * (lead bigrams, new names) were never counted, and the filter answers "no record" for them without a read.
 * It never says no for a stored term; it says yes wrongly for about 1% of the others at 800k stored terms
 * (1 MB, 7 probes), more beyond — costing a read each, never a wrong count. Written with each fold of the
 * term log, the only writer of `terms`.
 */
export const FILTER_BYTES = 1 << 20;
/** The filter's key in the `termFilter` store. */
export const TERM_FILTER_KEY = 'terms';
const PROBES = 7;
const BITS = FILTER_BYTES * 8;

export class TermFilter {
  constructor(readonly bits: Uint8Array = new Uint8Array(FILTER_BYTES)) {}

  add(term: string): void {
    for (const bit of probes(term)) this.bits[bit >>> 3]! |= 1 << (bit & 7);
  }

  mayHave(term: string): boolean {
    for (const bit of probes(term)) if ((this.bits[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
    return true;
  }
}

/** The filter's bit positions for a term: double hashing of two 32-bit FNV-1a variants. */
function probes(term: string): number[] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 >>>= 0;
  h2 = (h2 | 1) >>> 0;
  const out: number[] = [];
  for (let k = 0; k < PROBES; k++) out.push(((h1 + Math.imul(k, h2)) >>> 0) % BITS);
  return out;
}
