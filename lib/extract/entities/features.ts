import type { Run } from './candidates';
import { inLexicon } from './lexicon';
import { forEachGazetteerMatch, type GazCategory } from './gazetteer';

/**
 * Hashed features of a candidate token for the tagger. Strings are hashed straight into a bucket index
 * (no feature dictionary to ship); a few collisions cost less accuracy than a vocabulary costs bytes.
 */

export const HASH_BITS = 18;
export const HASH_MASK = (1 << HASH_BITS) - 1;

/** Bucket of feature `template` with value `value`: FNV-1a over both, then a murmur finaliser. */
export function hashFeature(template: number, value: string): number {
  return finish(fold(seed(template), value));
}

/**
 * The same bucket as `hashFeature(template, parts.join(''))` without building the joined string: FNV-1a
 * is sequential over characters, so folding the parts one after another gives the identical hash.
 */
export function hashParts(template: number, a: string, b: string, c = '', d = '', e = ''): number {
  return finish(fold(fold(fold(fold(fold(seed(template), a), b), c), d), e));
}

export function seed(template: number): number {
  return Math.imul(2166136261 ^ template, 16777619);
}

export function fold(state: number, value: string): number {
  let h = state;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h;
}

export function finish(state: number): number {
  let h = state;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & HASH_MASK;
}

/** Word shape with runs collapsed: "Biden" → "Xx", "U.S." → "X.X.", "1,000" → "d,d", "al-Asad" → "x-Xx". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = shapeClass(ch);
    if (c !== last || (c !== 'x' && c !== 'd')) out += c;
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

/** ASCII by code (most characters of news text), the rest by Unicode property. */
function shapeClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    if (code >= 48 && code <= 57) return 'd';
    return ch;
  }
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…']);
const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', '-', '—', '–', '•', '``', "''"]);

/** Whether each token opens a sentence (after end punctuation, a line break, or opening quotes there). */
export function sentenceInitial(words: readonly string[], breaksBefore: readonly boolean[]): boolean[] {
  const out: boolean[] = new Array<boolean>(words.length);
  let atStart = true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (breaksBefore[i]) atStart = true;
    out[i] = atStart;
    // Every end mark and opener is one or two characters: longer tokens skip the set look-ups.
    if (w.length <= 2 && SENTENCE_END.has(w)) atStart = true;
    else if (!(atStart && w.length <= 2 && OPENERS.has(w))) atStart = false;
  }
  return out;
}

/** Whether token i opens a sentence, looking back over opening quotes only (for the rare single question). */
export function opensSentence(words: readonly string[], breaksBefore: readonly boolean[], i: number): boolean {
  for (let k = i; k >= 0; k--) {
    if (breaksBefore[k]) return true;
    if (k === 0) return true;
    const prev = words[k - 1]!;
    if (SENTENCE_END.has(prev)) return true;
    if (!OPENERS.has(prev)) return false;
  }
  return true;
}

/** What the features of any token may look at: the whole text's tokens and a few facts about them. */
export interface TextContext {
  words: readonly string[];
  /** Lower-case forms, filled on first use by `lowerAt`. */
  lower: Array<string | undefined>;
  first: readonly boolean[];
  /** Phrase-gazetteer code per token ("COUNTRYB", "CITYI", "-"). */
  gaz: string[];
  /** Lower-case forms written in lower case somewhere in the text ("however" for "However"). */
  lowerSeen: ReadonlySet<string>;
  /** Lower-case forms of words written capitalised somewhere not at a sentence start. */
  capMidSeen: ReadonlySet<string>;
  shapes: Array<string | undefined>;
}

const GAZ_CODES: Record<GazCategory, [string, string]> = {
  COUNTRY: ['COUNTRYB', 'COUNTRYI'],
  DEMONYM: ['DEMONYMB', 'DEMONYMI'],
  PLACE: ['PLACEB', 'PLACEI'],
  ORG: ['ORGB', 'ORGI'],
};

export function textContext(words: readonly string[], breaksBefore: readonly boolean[]): TextContext {
  const lower: Array<string | undefined> = [];
  const first = sentenceInitial(words, breaksBefore);
  const lowerSeen = new Set<string>();
  const capMidSeen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122) lowerSeen.add(w);
    else if (!first[i] && ((c >= 65 && c <= 90) || c >= 192)) capMidSeen.add((lower[i] = w.toLowerCase()));
  }
  const gaz: string[] = new Array<string>(words.length).fill('-');
  forEachGazetteerMatch(words, (start, length, cat) => {
    for (let k = 0; k < length; k++) gaz[start + k] = GAZ_CODES[cat][k === 0 ? 0 : 1];
  });
  return { words, lower, first, gaz, lowerSeen, capMidSeen, shapes: [] };
}

/** Lower-case form of token i, with sentinels outside the text. */
export function lowerAt(ctx: TextContext, i: number): string {
  if (i < 0) return '<s>';
  if (i >= ctx.words.length) return '</s>';
  let w = ctx.lower[i];
  if (w === undefined) ctx.lower[i] = w = ctx.words[i]!.toLowerCase();
  return w;
}

export function shapeAt(ctx: TextContext, i: number): string {
  if (i < 0) return '<s>';
  if (i >= ctx.words.length) return '</s>';
  let s = ctx.shapes[i];
  if (s === undefined) ctx.shapes[i] = s = wordShape(ctx.words[i]!);
  return s;
}

/** City names from the lexicon inside a run, longest first, as gazetteer codes where none is set yet. */
export function markCities(ctx: TextContext, run: Run): void {
  const { gaz } = ctx;
  for (let s = run.from; s < run.to; s++) {
    if (gaz[s] !== '-') continue;
    for (let len = Math.min(4, run.to - s); len >= 1; len--) {
      let phrase = lowerAt(ctx, s);
      for (let k = 1; k < len; k++) phrase += ' ' + lowerAt(ctx, s + k);
      if (!inLexicon('city', phrase)) continue;
      for (let k = 0; k < len; k++) if (gaz[s + k] === '-') gaz[s + k] = k === 0 ? 'CITYB' : 'CITYI';
      s += len - 1;
      break;
    }
  }
}

/** Leading slots that depend on the word alone (cached per distinct word by the tagger). */
export const WORD_FEATURES = 8;
/** Feature slots per candidate token. */
export const STATIC_FEATURES = 28;

const enum T {
  Bias = 1,
  Lower,
  Shape,
  Pre3,
  Suf2,
  Suf3,
  Suf4,
  Given,
  PrevLower,
  NextLower,
  Prev2Lower,
  Next2Lower,
  PrevShape,
  NextShape,
  FirstLower,
  FirstShape,
  Gaz,
  PrevGaz,
  NextGaz,
  PrevNextShape,
  HyphenHead,
  CapsRun,
  RunPos,
  DocLower,
  DocCapMid,
  NearGiven,
  RunLast,
  RunBefore,
}

const BIAS = hashFeature(T.Bias, '');
const NO_HYPHEN = hashFeature(T.HyphenHead, '');
// Features over a few values, hashed once: the tagger computes them for every candidate token.
const FLAGS = ['0', '1'];
const RUN_POS = Array.from({ length: 5 }, (_, p) =>
  Array.from({ length: 6 }, (_, n) => hashFeature(T.RunPos, `${p}/${n}`)),
);
const CAPS_RUN = ['---', '--R', '-C-', '-CR', 'L--', 'L-R', 'LC-', 'LCR'].map((r) =>
  FLAGS.map((f) => hashParts(T.CapsRun, r, f)),
);
const DOC_LOWER = ['-', 'l'].map((v) => FLAGS.map((f) => hashParts(T.DocLower, v, f)));
const DOC_CAP_MID = ['-', 'c'].map((v) => FLAGS.map((f) => hashParts(T.DocCapMid, v, f)));
const NEAR_GIVEN = ['--', '-G', 'G-', 'GG'].map((v) => hashParts(T.NearGiven, v[0]!, v[1]!));
const givenCache = new Map<string, boolean>();

/** Whether a lower-case word is a given name in the lexicon (cached: the filter costs two hashes). */
export function isGiven(lower: string): boolean {
  let g = givenCache.get(lower);
  if (g === undefined) {
    g = lower.length > 1 && inLexicon('given', lower);
    if (givenCache.size > 50_000) givenCache.clear();
    givenCache.set(lower, g);
  }
  return g;
}

function isCap(ctx: TextContext, i: number): boolean {
  if (i < 0 || i >= ctx.words.length) return false;
  const c = ctx.words[i]!.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 192 && lowerAt(ctx, i) !== ctx.words[i]);
}

function givenAt(ctx: TextContext, i: number): string {
  return isCap(ctx, i) && isGiven(lowerAt(ctx, i)) ? 'G' : '-';
}

const givenBit = (ctx: TextContext, i: number): number => (isCap(ctx, i) && isGiven(lowerAt(ctx, i)) ? 1 : 0);

function gazAt(ctx: TextContext, k: number): string {
  return k < 0 ? '<s>' : k >= ctx.words.length ? '</s>' : ctx.gaz[k]!;
}

/** The word-only slots of token i, written at `out[o..o+WORD_FEATURES)`. */
export function wordFeatures(ctx: TextContext, i: number, out: Uint32Array, o: number): void {
  const w = lowerAt(ctx, i);
  out[o] = BIAS;
  out[o + 1] = hashFeature(T.Lower, w);
  out[o + 2] = hashFeature(T.Shape, shapeAt(ctx, i));
  out[o + 3] = hashFeature(T.Pre3, w.slice(0, 3));
  out[o + 4] = hashFeature(T.Suf2, w.slice(-2));
  out[o + 5] = hashFeature(T.Suf3, w.slice(-3));
  out[o + 6] = hashFeature(T.Suf4, w.slice(-4));
  out[o + 7] = hashFeature(T.Given, givenAt(ctx, i));
}

/** The context slots of token i in `run`, written at `out[o+WORD_FEATURES..o+STATIC_FEATURES)`. */
export function contextFeatures(ctx: TextContext, run: Run, i: number, out: Uint32Array, o: number): void {
  const w = lowerAt(ctx, i);
  const s = shapeAt(ctx, i);
  const p = lowerAt(ctx, i - 1);
  const q = lowerAt(ctx, i + 1);
  const ps = shapeAt(ctx, i - 1);
  const qs = shapeAt(ctx, i + 1);
  const fi = ctx.first[i] ? 1 : 0;
  const f = FLAGS[fi]!;
  const run3 = (isCap(ctx, i - 1) ? 4 : 0) + (isCap(ctx, i) ? 2 : 0) + (isCap(ctx, i + 1) ? 1 : 0);
  const dash = w.indexOf('-');
  out[o + 8] = hashFeature(T.PrevLower, p);
  out[o + 9] = hashFeature(T.NextLower, q);
  out[o + 10] = hashFeature(T.Prev2Lower, lowerAt(ctx, i - 2));
  out[o + 11] = hashFeature(T.Next2Lower, lowerAt(ctx, i + 2));
  out[o + 12] = hashFeature(T.PrevShape, ps);
  out[o + 13] = hashFeature(T.NextShape, qs);
  out[o + 14] = hashParts(T.FirstLower, f, w);
  out[o + 15] = hashParts(T.FirstShape, f, s);
  out[o + 16] = hashFeature(T.Gaz, gazAt(ctx, i));
  out[o + 17] = hashFeature(T.PrevGaz, gazAt(ctx, i - 1));
  out[o + 18] = hashFeature(T.NextGaz, gazAt(ctx, i + 1));
  out[o + 19] = hashParts(T.PrevNextShape, ps, '|', s, '|', qs);
  out[o + 20] = dash > 0 ? hashParts(T.HyphenHead, w.slice(0, dash), '|', f) : NO_HYPHEN;
  out[o + 21] = CAPS_RUN[run3]![fi]!;
  out[o + 22] = RUN_POS[Math.min(i - run.from, 4)]![Math.min(run.to - run.from, 5)]!;
  out[o + 23] = DOC_LOWER[ctx.lowerSeen.has(w) ? 1 : 0]![fi]!;
  out[o + 24] = DOC_CAP_MID[ctx.capMidSeen.has(w) ? 1 : 0]![fi]!;
  out[o + 25] = NEAR_GIVEN[givenBit(ctx, i - 1) * 2 + givenBit(ctx, i + 1)]!;
  out[o + 26] = hashFeature(T.RunLast, lowerAt(ctx, run.to - 1));
  out[o + 27] = hashFeature(T.RunBefore, lowerAt(ctx, run.from - 1));
}

// Tag-history templates over label indexes 0..9 (the tagger has 7 labels), hashed once.
const LABEL_DIGITS = Array.from({ length: 10 }, (_, i) => String(i));
export const PREV_LABEL = LABEL_DIGITS.map((d) => hashFeature(101, d));
const PREV_WORD_SEED = LABEL_DIGITS.map((d) => fold(seed(103), `${d}|`));
const PREV_SHAPE_SEED = LABEL_DIGITS.map((d) => fold(seed(104), `${d}|`));

/** Transition features of a token given the previous label: the label pair, and the pair with the word or shape. */
export function historyFeatures(prev: number, lowerWord: string, shape: string, out: Uint32Array, o: number): void {
  out[o] = PREV_LABEL[prev]!;
  out[o + 1] = finish(fold(PREV_WORD_SEED[prev]!, lowerWord));
  out[o + 2] = finish(fold(PREV_SHAPE_SEED[prev]!, shape));
}
export const HISTORY_FEATURES = 3;
