/**
 * Large word lists (given names, world cities) as one Bloom filter: 64 KB of bits instead of ~300 KB of
 * strings. A false hit (~2%) only sets a tagger feature, which the weights learned to trust as far as it
 * deserves. Built by scripts/train-entities.ts from npm packages; see README.md.
 */

export type LexiconCategory = 'given' | 'city';

export interface LexiconFile {
  bits: number;
  data: string;
}

const SALT: Record<LexiconCategory, number> = { given: 0x9e3779b1, city: 0x85ebca77 };

function hashes(cat: LexiconCategory, phrase: string, mask: number): [number, number] {
  let a = SALT[cat] ^ 2166136261;
  let b = SALT[cat] ^ 0x27d4eb2f;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 0x01000193 ^ 0x5bd1e995);
  }
  a ^= a >>> 15;
  b ^= b >>> 13;
  return [(a >>> 0) & mask, (Math.imul(b, 0xc2b2ae35) >>> 0) & mask];
}

/** Bit array with every (category, lower-case phrase) set. */
export function encodeLexicon(bits: number, items: ReadonlyArray<[LexiconCategory, string]>): LexiconFile {
  const mask = (1 << bits) - 1;
  const bytes = new Uint8Array(1 << (bits - 3));
  for (const [cat, phrase] of items) {
    for (const h of hashes(cat, phrase.toLowerCase(), mask)) bytes[h >>> 3]! |= 1 << (h & 7);
  }
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { bits, data: btoa(binary) };
}

export interface Lexicon {
  bytes: Uint8Array;
  mask: number;
}

export function decodeLexicon(file: LexiconFile): Lexicon {
  const bin = atob(file.data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { bytes, mask: (1 << file.bits) - 1 };
}

/** Whether `phrase` (already lower case, words joined by one space) is in the list `cat`. */
export function lexiconHas(lex: Lexicon, cat: LexiconCategory, phrase: string): boolean {
  const [a, b] = hashes(cat, phrase, lex.mask);
  return (lex.bytes[a >>> 3]! & (1 << (a & 7))) !== 0 && (lex.bytes[b >>> 3]! & (1 << (b & 7))) !== 0;
}
