/**
 * Exact-span scoring for entity mentions, as the corpus README judges the product: a predicted mention
 * counts when its start, end and type all equal a gold one; micro-averaged over PER, ORG and LOC.
 */
import { readFileSync } from 'node:fs';
import { findEntityMentions, type EntitySpan } from '../../lib/extract/entities';
import { parseConll } from '../../lib/extract/entities/conll';
import { newsDocText, textHash } from './entities-news-docs';

export interface Gold {
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Add one text's true/false positives and misses; returns the unmatched spans for error listings. */
export function score(
  predicted: readonly Gold[],
  gold: readonly Gold[],
  counts: Counts,
): { falsePositives: Gold[]; misses: Gold[] } {
  const key = (g: Gold): string => `${g.start}:${g.end}:${g.type}`;
  const expected = new Map(gold.map((g) => [key(g), g]));
  const falsePositives: Gold[] = [];
  for (const p of predicted) {
    if (expected.delete(key(p))) counts.tp++;
    else {
      counts.fp++;
      falsePositives.push(p);
    }
  }
  counts.fn += expected.size;
  return { falsePositives, misses: [...expected.values()] };
}

export function prf(prefix: string, c: Counts): Record<string, number> {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { [`${prefix}.precision`]: p, [`${prefix}.recall`]: r, [`${prefix}.f1`]: f };
}

/** WikiANN sentences → space-joined text with gold character spans. */
export function wikiannDocs(path: string): Array<{ text: string; gold: Gold[] }> {
  return parseConll(readFileSync(path, 'utf8')).map((s) => {
    let text = '';
    const gold: Gold[] = [];
    s.words.forEach((w, i) => {
      if (i > 0) text += ' ';
      const tag = s.tags[i]!;
      const last = gold[gold.length - 1];
      if (tag.startsWith('I-') && last && last.type === tag.slice(2) && last.end === text.length - 1)
        last.end = text.length + w.length;
      else if (tag !== 'O') gold.push({ start: text.length, end: text.length + w.length, type: tag.slice(2) });
      text += w;
    });
    return { text, gold };
  });
}

/** One row of data/entities-real-news.jsonl: a labelled stretch of a corpus document, offsets only. */
export interface RealNewsRow {
  doc: string;
  split: 'dev' | 'test';
  length: number;
  hash: string;
  /** The labelled character range; mentions outside it are not scored. */
  region: [number, number];
  sentences: number;
  /** [start, end, type]; type DEM marks a demonym ("Iraqi"), which is not a PER/ORG/LOC mention. */
  entities: Array<[number, number, string]>;
}

export interface RealNewsDoc {
  row: RealNewsRow;
  text: string;
}

/** The labelled documents whose text is present and unchanged; the rest are reported and skipped. */
export function loadRealNews(corpus: string, path: string): RealNewsDoc[] {
  const out: RealNewsDoc[] = [];
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RealNewsRow);
  let missing = 0;
  for (const row of rows) {
    const text = newsDocText(corpus, row.doc);
    if (text === null) missing++;
    else if (text.length !== row.length || textHash(text) !== row.hash)
      console.log(`skip: ${row.doc} text changed since it was labelled`);
    else out.push({ row, text });
  }
  if (missing > 0) console.log(`skip: ${missing} of ${rows.length} labelled news documents are absent from ${corpus}`);
  return out;
}

/**
 * Gold and predicted mentions of one labelled document, inside its labelled region. The tagger runs over
 * the whole document (as the product does), so names introduced earlier count as context.
 * `demonymsAs` scores the other convention: demonyms as LOC mentions instead of no mention.
 */
export function realNewsPairs(
  doc: RealNewsDoc,
  mentions: readonly EntitySpan[] = findEntityMentions(doc.text),
  demonymsAs: 'none' | 'LOC' = 'none',
): { gold: Gold[]; predicted: Gold[] } {
  const [from, to] = doc.row.region;
  const gold = doc.row.entities
    .filter(([, , type]) => type !== 'DEM' || demonymsAs === 'LOC')
    .map(([start, end, type]) => ({ start, end, type: type === 'DEM' ? 'LOC' : type }));
  const predicted = mentions
    .filter((m) => m.start >= from && m.end <= to)
    .map((m) => ({ start: m.start, end: m.end, type: m.type }));
  return { gold, predicted };
}
