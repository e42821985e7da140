import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { decodeHtml } from '../../cli/analyze';

/** ../shared/corpus as seen from the project root, or BACKSTORY_CORPUS. */
export function corpusDir(): string {
  return resolve(process.env.BACKSTORY_CORPUS ?? '../shared/corpus');
}

export function hasCorpus(dir: string, part: string): boolean {
  const ok = existsSync(resolve(dir, part));
  if (!ok) console.log(`skip: ${resolve(dir, part)} is absent`);
  return ok;
}

/** A page from the corpus: gzipped or not, in whatever charset it declares. */
export function readCorpusPage(path: string): string {
  let bytes: Uint8Array = readFileSync(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  return decodeHtml(bytes);
}

/** Lower-cased `\w+` tokens as a multiset, as the corpus README scores bodies. */
export function tokenCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export function tokenPrf(predicted: string, gold: string): { p: number; r: number; f: number } {
  const a = tokenCounts(predicted);
  const b = tokenCounts(gold);
  let overlap = 0;
  let na = 0;
  let nb = 0;
  for (const n of a.values()) na += n;
  for (const n of b.values()) nb += n;
  for (const [t, n] of a) overlap += Math.min(n, b.get(t) ?? 0);
  const p = na ? overlap / na : nb ? 0 : 1;
  const r = nb ? overlap / nb : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

export function line(name: string, value: number, target?: string): string {
  return `${name} ${value.toFixed(3)}${target ? ` (target ${target})` : ''}`;
}
