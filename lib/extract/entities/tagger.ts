import { candidateRuns, type Run } from './candidates';
import { ROW_STRIDE, type CompactWeights } from './codec';
import {
  HISTORY_FEATURES,
  STATIC_FEATURES,
  WORD_FEATURES,
  contextFeatures,
  historyFeatures,
  lowerAt,
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

/** The features of one run, kept for training: static slots per token, transition slots per token and previous label. */
export interface RunFeatures {
  run: Run;
  /** `STATIC_FEATURES` buckets per token. */
  feats: Uint32Array;
  /** `HISTORY_FEATURES` buckets per token and previous label, at `((t * NUM_LABELS) + prev) * HISTORY_FEATURES`. */
  hist: Uint32Array;
}

function tokenHistory(ctx: TextContext, i: number, out: Uint32Array, o: number): void {
  for (let prev = 0; prev < NUM_LABELS; prev++)
    historyFeatures(prev, lowerAt(ctx, i), shapeAt(ctx, i), out, o + prev * HISTORY_FEATURES);
}

export function runFeatures(ctx: TextContext, run: Run): RunFeatures {
  const n = run.to - run.from;
  const feats = new Uint32Array(n * STATIC_FEATURES);
  const hist = new Uint32Array(n * NUM_LABELS * HISTORY_FEATURES);
  for (let t = 0; t < n; t++) {
    const i = run.from + t;
    wordFeatures(ctx, i, feats, t * STATIC_FEATURES);
    contextFeatures(ctx, run, i, feats, t * STATIC_FEATURES);
    tokenHistory(ctx, i, hist, t * NUM_LABELS * HISTORY_FEATURES);
  }
  return { run, feats, hist };
}

function addWeights(
  weights: Weights,
  buckets: Uint32Array,
  from: number,
  count: number,
  out: Float64Array,
  o = 0,
): void {
  for (let k = from; k < from + count; k++) {
    const base = buckets[k]! * NUM_LABELS;
    for (let c = 0; c < NUM_LABELS; c++) out[o + c]! += weights[base + c]!;
  }
}

/** Like `addWeights`, from the shipped compact table; an empty slot costs no row lookup. */
function addCompact(
  cw: CompactWeights,
  buckets: Uint32Array,
  from: number,
  count: number,
  out: Float64Array,
  o: number,
): void {
  const { slots, rows } = cw;
  for (let k = from; k < from + count; k++) {
    const slot = slots[buckets[k]!]!;
    if (slot === 0) continue;
    const base = slot * ROW_STRIDE;
    for (let c = 0; c < NUM_LABELS; c++) out[o + c]! += rows[base + c]!;
  }
}

const L = NUM_LABELS;
/** Per token: emission scores (L), then transition scores from each previous label (L × L). */
const STEP = L + L * L;

/** Best label sequence given per-token scores laid out as `STEP` floats per token. */
let scoreBuf = new Float64Array(64 * L);
let backBuf = new Uint8Array(64 * L);

function bestPath(steps: Float64Array, n: number, out: Uint8Array, at: number): void {
  if (scoreBuf.length < n * L) {
    scoreBuf = new Float64Array(n * L * 2);
    backBuf = new Uint8Array(n * L * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let t = 0; t < n; t++) {
    const o = t * STEP;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      if (t === 0) {
        // A run starts after a token outside every name: the previous label is O.
        best = allowed(0, y) ? steps[o + L + y]! : -Infinity;
      } else {
        for (let prev = 0; prev < L; prev++) {
          if (!allowed(prev, y)) continue;
          const s = score[(t - 1) * L + prev]! + steps[o + L + prev * L + y]!;
          if (s > best) {
            best = s;
            arg = prev;
          }
        }
      }
      score[t * L + y] = best + steps[o + y]!;
      back[t * L + y] = arg;
    }
  }
  let y = 0;
  for (let c = 1; c < L; c++) if (score[(n - 1) * L + c]! > score[(n - 1) * L + y]!) y = c;
  for (let t = n - 1; t >= 0; t--) {
    out[at + t] = y;
    y = back[t * L + y]!;
  }
}

/** Best labels of one run from its kept features (the trainer's path: weights change between calls). */
export function viterbi(weights: Weights, rf: RunFeatures): Uint8Array {
  const n = rf.run.to - rf.run.from;
  const steps = new Float64Array(n * STEP);
  for (let t = 0; t < n; t++) {
    addWeights(weights, rf.feats, t * STATIC_FEATURES, STATIC_FEATURES, steps, t * STEP);
    for (let prev = 0; prev < L; prev++)
      addWeights(weights, rf.hist, (t * L + prev) * HISTORY_FEATURES, HISTORY_FEATURES, steps, t * STEP + L + prev * L);
  }
  const labels = new Uint8Array(n);
  bestPath(steps, n, labels, 0);
  return labels;
}

/** Everything the tagger needs from a text before decoding: its context and candidate runs. */
export function prepareText(
  words: readonly string[],
  breaksBefore: readonly boolean[],
): { ctx: TextContext; runs: Run[] } {
  const ctx = textContext(words, breaksBefore);
  const runs = candidateRuns(words, breaksBefore);
  for (const run of runs) markCities(ctx, run);
  return { ctx, runs };
}

/**
 * Label index per token (O outside the candidate runs). The word-only slots and the transition slots
 * depend on the word alone, so their summed weights are computed once per distinct word of the text
 * (news repeats its words, and the weight table is too big for the CPU cache: the lookups are the cost).
 */
export function tagWords(
  words: readonly string[],
  breaksBefore: readonly boolean[],
  weights: CompactWeights,
): Uint8Array {
  const { ctx, runs } = prepareText(words, breaksBefore);
  const tags = new Uint8Array(words.length);
  const byWord = new Map<string, Float64Array>();
  const feats = new Uint32Array(STATIC_FEATURES);
  const hist = new Uint32Array(L * HISTORY_FEATURES);
  let steps = new Float64Array(8 * STEP);
  for (const run of runs) {
    const n = run.to - run.from;
    if (steps.length < n * STEP) steps = new Float64Array(n * STEP * 2);
    for (let t = 0; t < n; t++) {
      const i = run.from + t;
      let cached = byWord.get(words[i]!);
      if (!cached) {
        cached = new Float64Array(STEP);
        wordFeatures(ctx, i, feats, 0);
        addCompact(weights, feats, 0, WORD_FEATURES, cached, 0);
        tokenHistory(ctx, i, hist, 0);
        for (let prev = 0; prev < L; prev++)
          addCompact(weights, hist, prev * HISTORY_FEATURES, HISTORY_FEATURES, cached, L + prev * L);
        byWord.set(words[i]!, cached);
      }
      steps.set(cached, t * STEP);
      contextFeatures(ctx, run, i, feats, 0);
      addCompact(weights, feats, WORD_FEATURES, STATIC_FEATURES - WORD_FEATURES, steps, t * STEP);
    }
    bestPath(steps, n, tags, run.from);
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
