import { candidateRuns, type Run } from './candidates';
import {
  HISTORY_FEATURES,
  STATIC_FEATURES,
  WORD_FEATURES,
  contextFeatures,
  historyFeatures,
  markCities,
  shapeAt,
  textContext,
  wordFeatures,
  type TextContext,
} from './features';

/**
 * BIO tagging of the candidate runs (see candidates.ts) with first-order Viterbi over averaged-perceptron
 * weights. Tokens outside runs are O. Runs are short, so exact decoding costs little, and it never
 * produces an I-X that does not continue an X.
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

/** The features of one run: static slots per token, and transition slots per token and previous label. */
export interface RunFeatures {
  run: Run;
  /** `STATIC_FEATURES` buckets per token. */
  feats: Uint32Array;
  /** `HISTORY_FEATURES` buckets per token and previous label: `((t * NUM_LABELS) + prev) * HISTORY_FEATURES`. */
  hist: Uint32Array;
}

export function runFeatures(ctx: TextContext, run: Run): RunFeatures {
  const n = run.to - run.from;
  const feats = new Uint32Array(n * STATIC_FEATURES);
  const hist = new Uint32Array(n * NUM_LABELS * HISTORY_FEATURES);
  for (let t = 0; t < n; t++) {
    const i = run.from + t;
    wordFeatures(ctx, i, feats, t * STATIC_FEATURES);
    contextFeatures(ctx, run, i, feats, t * STATIC_FEATURES);
    for (let prev = 0; prev < NUM_LABELS; prev++)
      historyFeatures(prev, ctx.lower[i]!, shapeAt(ctx, i), hist, (t * NUM_LABELS + prev) * HISTORY_FEATURES);
  }
  return { run, feats, hist };
}

function addWeights(weights: Weights, buckets: Uint32Array, from: number, count: number, out: Float64Array): void {
  for (let k = from; k < from + count; k++) {
    const base = buckets[k]! * NUM_LABELS;
    for (let c = 0; c < NUM_LABELS; c++) out[c]! += weights[base + c]!;
  }
}

/**
 * Best label sequence of one run. `wordScores` caches, per distinct word, the summed weights of its
 * word-only slots and its transition slots (news repeats its words, and the weight table is too big for
 * the CPU cache, so the lookups are what costs).
 */
export function viterbi(
  weights: Weights,
  rf: RunFeatures,
  ctx: TextContext,
  cache?: Map<string, Float64Array>,
): Uint8Array {
  const n = rf.run.to - rf.run.from;
  const L = NUM_LABELS;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  const emit = new Float64Array(L);
  for (let t = 0; t < n; t++) {
    const word = ctx.words[rf.run.from + t]!;
    let cached = cache?.get(word);
    if (!cached) {
      cached = new Float64Array(L + L * L);
      const head = cached.subarray(0, L);
      addWeights(weights, rf.feats, t * STATIC_FEATURES, WORD_FEATURES, head);
      for (let prev = 0; prev < L; prev++)
        addWeights(weights, rf.hist, (t * L + prev) * HISTORY_FEATURES, HISTORY_FEATURES, cached.subarray(L + prev * L, L + prev * L + L));
      cache?.set(word, cached);
    }
    emit.set(cached.subarray(0, L));
    addWeights(weights, rf.feats, t * STATIC_FEATURES + WORD_FEATURES, STATIC_FEATURES - WORD_FEATURES, emit);
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      if (t === 0) {
        // A run starts after a token outside every name: the previous label is O.
        best = allowed(0, y) ? cached[L + y]! : -Infinity;
      } else {
        for (let prev = 0; prev < L; prev++) {
          if (!allowed(prev, y)) continue;
          const s = score[(t - 1) * L + prev]! + cached[L + prev * L + y]!;
          if (s > best) {
            best = s;
            arg = prev;
          }
        }
      }
      score[t * L + y] = best + emit[y]!;
      back[t * L + y] = arg;
    }
  }
  const labels = new Uint8Array(n);
  let y = 0;
  for (let c = 1; c < L; c++) if (score[(n - 1) * L + c]! > score[(n - 1) * L + y]!) y = c;
  for (let t = n - 1; t >= 0; t--) {
    labels[t] = y;
    y = back[t * L + y]!;
  }
  return labels;
}

/** Everything the tagger needs from a text before decoding: its context and the features of its runs. */
export function prepareText(
  words: readonly string[],
  breaksBefore: readonly boolean[],
): { ctx: TextContext; runs: RunFeatures[] } {
  const ctx = textContext(words, breaksBefore);
  const runs = candidateRuns(words, breaksBefore);
  for (const run of runs) markCities(ctx, run);
  return { ctx, runs: runs.map((run) => runFeatures(ctx, run)) };
}

/** Label index per token (O outside the candidate runs). */
export function tagWords(words: readonly string[], breaksBefore: readonly boolean[], weights: Weights): Uint8Array {
  const { ctx, runs } = prepareText(words, breaksBefore);
  const tags = new Uint8Array(words.length);
  const cache = new Map<string, Float64Array>();
  for (const rf of runs) tags.set(viterbi(weights, rf, ctx, cache), rf.run.from);
  return tags;
}

export interface TagSpan {
  /** Token range, end exclusive. */
  from: number;
  to: number;
  type: 'PER' | 'ORG' | 'LOC';
}

/** BIO label indexes → typed token spans. A stray I-X opens a span. */
export function labelsToSpans(tags: ArrayLike<number>): TagSpan[] {
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
