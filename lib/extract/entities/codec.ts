/**
 * Compact weight file: the averaged weights pruned to the largest `keep`, log-quantised to int16, and
 * stored as a sparse list (varint index delta, two code bytes) in base64 inside JSON, so it imports
 * synchronously in Vite and tsx alike. Log steps matter: tag-history and bias weights are thousands of
 * times larger than most lexical weights, and linear steps would round the lexical ones to zero;
 * int8 log steps (~7% apart) were measured to cost several points of accuracy, int16 costs none.
 */

export interface ModelFile {
  version: 3;
  hashBits: number;
  labels: string[];
  /** Number of stored (non-zero) weights. */
  count: number;
  /** Magnitude of code 1 and the log step: |w| = floor * exp((|code| - 1) * step). */
  floor: number;
  step: number;
  data: string;
}

export function encodeWeights(
  weights: Float32Array | Float64Array,
  hashBits: number,
  labels: string[],
  keep: number,
): ModelFile {
  const mags = Array.from(weights, Math.abs)
    .filter((v) => v > 0)
    .sort((a, b) => b - a);
  const max = mags[0] ?? 1;
  const floor = mags[Math.min(keep, mags.length) - 1] ?? max;
  const step = Math.log(max / floor) / 32766 || 1;
  const bytes: number[] = [];
  let last = -1;
  let count = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (Math.abs(w) < floor) continue;
    const code = Math.min(32767, 1 + Math.round(Math.log(Math.abs(w) / floor) / step)) * Math.sign(w);
    let delta = i - last;
    last = i;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta, code & 0xff, (code >> 8) & 0xff);
    count++;
  }
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.slice(i, i + 0x8000));
  return { version: 3, hashBits, labels, count, floor, step, data: btoa(binary) };
}

/** Dense weights, `bucket * labels + label`. Float32: ~7 MB for 2^18 buckets and 7 labels. */
export function decodeWeights(file: ModelFile): Float32Array {
  const out = new Float32Array((1 << file.hashBits) * file.labels.length);
  const bin = atob(file.data);
  let index = -1;
  let pos = 0;
  while (pos < bin.length) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = bin.charCodeAt(pos++);
      delta |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    index += delta;
    const lo = bin.charCodeAt(pos++);
    const code = ((bin.charCodeAt(pos++) << 24) >> 16) | lo;
    out[index] = Math.sign(code) * file.floor * Math.exp((Math.abs(code) - 1) * file.step);
  }
  return out;
}

/**
 * The decoded weights as the tagger reads them: a 16-bit row number per bucket (0: every weight pruned)
 * and the rows, 8 floats apart so that no row straddles two cache lines. The dense table is 7 MB and
 * every lookup in it missed the CPU caches; most buckets are empty, and their lookups now stop at the
 * 512 KB slot table.
 */
export interface CompactWeights {
  slots: Uint16Array;
  rows: Float32Array;
}

export const ROW_STRIDE = 8;
export const MAX_ROWS = 0xffff;

/** Number of buckets with any non-zero weight. */
export function countRows(dense: ArrayLike<number>, labels: number): number {
  let rows = 0;
  for (let b = 0; b < dense.length; b += labels) {
    for (let c = 0; c < labels; c++) {
      if (dense[b + c] !== 0) {
        rows++;
        break;
      }
    }
  }
  return rows;
}

export function compactWeights(dense: Float32Array, labels: number): CompactWeights {
  const buckets = dense.length / labels;
  const rowCount = countRows(dense, labels);
  if (rowCount > MAX_ROWS) throw new Error(`entity model has ${rowCount} rows, more than ${MAX_ROWS}`);
  const slots = new Uint16Array(buckets);
  const rows = new Float32Array((rowCount + 1) * ROW_STRIDE);
  let next = 1;
  for (let b = 0; b < buckets; b++) {
    let any = false;
    for (let c = 0; c < labels; c++) if (dense[b * labels + c] !== 0) any = true;
    if (!any) continue;
    slots[b] = next;
    for (let c = 0; c < labels; c++) rows[next * ROW_STRIDE + c] = dense[b * labels + c]!;
    next++;
  }
  return { slots, rows };
}
