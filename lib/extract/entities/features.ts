import { matchGazetteer } from './gazetteer';

/**
 * Hashed features of a token in context for the tagger. Strings are hashed straight into a bucket index
 * (no feature dictionary to ship); a few collisions cost less accuracy than a vocabulary costs bytes.
 */

export const HASH_BITS = 18;
export const HASH_MASK = (1 << HASH_BITS) - 1;

/** Bucket of feature `template` with value `value`: FNV-1a over both, then a murmur finaliser. */
export function hashFeature(template: number, value: string): number {
  return finish(fold(seed(template), value));
}

/**
 * The same bucket as `hashFeature(template, parts.join(''))` without building the joined string: FNV-1a is
 * sequential over characters, so folding the parts one after another gives the identical hash. The tagger
 * hashes ~28 joined strings per token; not allocating them halves its time.
 */
export function hashParts(template: number, a: string, b: string, c = '', d = '', e = ''): number {
  return finish(fold(fold(fold(fold(fold(seed(template), a), b), c), d), e));
}

function seed(template: number): number {
  return Math.imul(2166136261 ^ template, 16777619);
}

function fold(state: number, value: string): number {
  let h = state;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h;
}

function finish(state: number): number {
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
const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', '-', '—', '–', '•']);

/** Whether each token opens a sentence (after end punctuation, a line break, or opening quotes there). */
export function sentenceInitial(words: readonly string[], breaksBefore: readonly boolean[]): boolean[] {
  const out: boolean[] = [];
  let atStart = true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (breaksBefore[i]) atStart = true;
    out.push(atStart);
    if (SENTENCE_END.has(w)) {
      atStart = true;
    } else if (!(atStart && OPENERS.has(w))) {
      atStart = false;
    }
  }
  return out;
}

/** Leading static slots that depend on the token alone (bias, word, shape, affixes): slots 0-7. */
export const WORD_FEATURES = 8;

/** Number of static feature slots per token; the tagger adds tag-history features on top. */
export const STATIC_FEATURES = 24;

const enum T {
  Bias = 1,
  Lower,
  Shape,
  Pre2,
  Pre3,
  Suf2,
  Suf3,
  Suf4,
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
  ShapePrevLower,
  ShapeNextLower,
  PrevNextShape,
  HyphenHead,
  CapsRun,
}

/**
 * Static features for every token, flattened: `STATIC_FEATURES` bucket indexes per token.
 * `breaksBefore[i]` says a sentence/paragraph boundary precedes token i regardless of punctuation.
 */
export function staticFeatures(
  words: readonly string[],
  breaksBefore: readonly boolean[],
  lower: readonly string[] = words.map((w) => w.toLowerCase()),
  shapes: readonly string[] = words.map(wordShape),
): Uint32Array {
  const n = words.length;
  const first = sentenceInitial(words, breaksBefore);
  const gaz = matchGazetteer(words).map((g) => (g ? `${g.cat}${g.begin ? 'B' : 'I'}` : '-'));
  const isCap = words.map((w) => /^\p{Lu}/u.test(w));
  const out = new Uint32Array(n * STATIC_FEATURES);
  for (let i = 0; i < n; i++) {
    const w = lower[i]!;
    const s = shapes[i]!;
    const p = i > 0 ? lower[i - 1]! : '<s>';
    const q = i + 1 < n ? lower[i + 1]! : '</s>';
    const ps = i > 0 ? shapes[i - 1]! : '<s>';
    const qs = i + 1 < n ? shapes[i + 1]! : '</s>';
    const f = first[i] ? '1' : '0';
    // How many capitalised tokens touch this one: long runs are names, lone capitals often not.
    const run = (i > 0 && isCap[i - 1] ? 'L' : '-') + (isCap[i] ? 'C' : '-') + (i + 1 < n && isCap[i + 1] ? 'R' : '-');
    const dash = w.indexOf('-');
    const o = i * STATIC_FEATURES;
    out[o] = BIAS;
    out[o + 1] = hashFeature(T.Lower, w);
    out[o + 2] = hashFeature(T.Shape, s);
    out[o + 3] = hashFeature(T.Pre2, w.slice(0, 2));
    out[o + 4] = hashFeature(T.Pre3, w.slice(0, 3));
    out[o + 5] = hashFeature(T.Suf2, w.slice(-2));
    out[o + 6] = hashFeature(T.Suf3, w.slice(-3));
    out[o + 7] = hashFeature(T.Suf4, w.slice(-4));
    out[o + 8] = hashFeature(T.PrevLower, p);
    out[o + 9] = hashFeature(T.NextLower, q);
    out[o + 10] = hashFeature(T.Prev2Lower, i > 1 ? lower[i - 2]! : '<s>');
    out[o + 11] = hashFeature(T.Next2Lower, i + 2 < n ? lower[i + 2]! : '</s>');
    out[o + 12] = hashFeature(T.PrevShape, ps);
    out[o + 13] = hashFeature(T.NextShape, qs);
    out[o + 14] = hashParts(T.FirstLower, f, w);
    out[o + 15] = hashParts(T.FirstShape, f, s);
    out[o + 16] = hashFeature(T.Gaz, gaz[i]!);
    out[o + 17] = hashFeature(T.PrevGaz, i > 0 ? gaz[i - 1]! : '<s>');
    out[o + 18] = hashFeature(T.NextGaz, i + 1 < n ? gaz[i + 1]! : '</s>');
    out[o + 19] = hashParts(T.ShapePrevLower, s, '|', p);
    out[o + 20] = hashParts(T.ShapeNextLower, s, '|', q);
    out[o + 21] = hashParts(T.PrevNextShape, ps, '|', s, '|', qs);
    out[o + 22] = dash > 0 ? hashParts(T.HyphenHead, w.slice(0, dash), '|', f) : EMPTY_HYPHEN_HEAD;
    out[o + 23] = hashParts(T.CapsRun, run, f);
  }
  return out;
}

const BIAS = hashFeature(T.Bias, '');
const EMPTY_HYPHEN_HEAD = hashFeature(T.HyphenHead, '');

// The history templates over label indexes 0..9 (the tagger has 7 labels), hashed once.
const LABEL_DIGITS = Array.from({ length: 10 }, (_, i) => String(i));
const PREV = LABEL_DIGITS.map((d) => hashFeature(101, d));
const PREV_PREV2 = LABEL_DIGITS.flatMap((a) => LABEL_DIGITS.map((b) => hashFeature(102, `${a}|${b}`)));
const PREV_WORD_SEED = LABEL_DIGITS.map((d) => fold(seed(103), `${d}|`));
const PREV_SHAPE_SEED = LABEL_DIGITS.map((d) => fold(seed(104), `${d}|`));

/** Tag-history features of token i given the two previous tags (as label indexes). */
export function historyFeatures(prev: number, prev2: number, lowerWord: string, shape: string, out: Uint32Array): void {
  if (prev > 9 || prev2 > 9) throw new RangeError('history features cover label indexes 0-9');
  out[0] = PREV[prev]!;
  out[1] = PREV_PREV2[prev * 10 + prev2]!;
  out[2] = finish(fold(PREV_WORD_SEED[prev]!, lowerWord));
  out[3] = finish(fold(PREV_SHAPE_SEED[prev]!, shape));
}
export const HISTORY_FEATURES = 4;
