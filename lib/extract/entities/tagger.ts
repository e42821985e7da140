import {
  HISTORY_FEATURES,
  STATIC_FEATURES,
  WORD_FEATURES,
  historyFeatures,
  staticFeatures,
  wordShape,
} from './features';

/**
 * Greedy left-to-right BIO tagger over hashed features (an averaged perceptron's weights). Greedy with
 * two tags of history is within a hair of Viterbi on this task and several times faster.
 */

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Label = (typeof LABELS)[number];
export const NUM_LABELS = LABELS.length;

/** Weights laid out as `bucket * NUM_LABELS + label`. */
export type Weights = ArrayLike<number>;

/** Whether label `next` may follow `prev`: I-X only after B-X or I-X. */
export function allowed(prev: number, next: number): boolean {
  if (next === 0 || next % 2 === 1) return true;
  return prev === next || prev === next - 1;
}

/** Add the weights of `feats` into `scores` for every label. */
export function accumulate(
  weights: Weights,
  feats: ArrayLike<number>,
  from: number,
  count: number,
  scores: Float64Array,
): void {
  for (let k = from; k < from + count; k++) {
    const base = feats[k]! * NUM_LABELS;
    for (let c = 0; c < NUM_LABELS; c++) scores[c]! += weights[base + c]!;
  }
}

export interface TagOptions {
  /** Called per token with its features and the gold-free prediction; the trainer uses it to update. */
  onToken?: (i: number, feats: Uint32Array, predicted: number) => number;
}

/**
 * Label indexes for `words`. With `onToken`, the returned label of the callback is used as history
 * (the trainer passes the gold label back, or the prediction, as it chooses).
 */
export function tagWords(
  words: readonly string[],
  breaksBefore: readonly boolean[],
  weights: Weights,
  opts: TagOptions = {},
): number[] {
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(wordShape);
  const stat = staticFeatures(words, breaksBefore, lower, shapes);
  const feats = new Uint32Array(STATIC_FEATURES + HISTORY_FEATURES);
  const hist = feats.subarray(STATIC_FEATURES);
  const scores = new Float64Array(NUM_LABELS);
  const tags: number[] = [];
  // The first WORD_FEATURES slots depend on the word alone: news text repeats its words, so their summed
  // weights are looked up once per distinct word (the weight table is too big for the CPU cache).
  const byWord = new Map<string, Float64Array>();
  const wordScores = (word: string, i: number): Float64Array => {
    let s = byWord.get(word);
    if (!s) {
      s = new Float64Array(NUM_LABELS);
      accumulate(weights, stat, i * STATIC_FEATURES, WORD_FEATURES, s);
      byWord.set(word, s);
    }
    return s;
  };
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < words.length; i++) {
    if (breaksBefore[i]) prev = prev2 = 0;
    historyFeatures(prev, prev2, lower[i]!, shapes[i]!, hist);
    scores.set(wordScores(words[i]!, i));
    accumulate(weights, stat, i * STATIC_FEATURES + WORD_FEATURES, STATIC_FEATURES - WORD_FEATURES, scores);
    accumulate(weights, hist, 0, HISTORY_FEATURES, scores);
    if (opts.onToken) feats.set(stat.subarray(i * STATIC_FEATURES, (i + 1) * STATIC_FEATURES));
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < NUM_LABELS; c++) {
      if (!allowed(prev, c)) continue;
      if (scores[c]! > bestScore) {
        bestScore = scores[c]!;
        best = c;
      }
    }
    const used = opts.onToken ? opts.onToken(i, feats, best) : best;
    tags.push(used);
    prev2 = prev;
    prev = used;
  }
  return tags;
}

export interface TagSpan {
  /** Token range, end exclusive. */
  from: number;
  to: number;
  type: 'PER' | 'ORG' | 'LOC';
}

/** BIO label indexes → typed token spans. A stray I-X opens a span. */
export function labelsToSpans(tags: readonly number[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const label = i < tags.length ? LABELS[tags[i]!]! : 'O';
    const type = label.slice(2) as TagSpan['type'];
    const continues = open !== null && label.startsWith('I-') && open.type === type;
    if (continues) continue;
    if (open) {
      open.to = i;
      spans.push(open);
      open = null;
    }
    if (label !== 'O') open = { from: i, to: i + 1, type };
  }
  return spans;
}
