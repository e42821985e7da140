/**
 * Training texts for the entity tagger, each as tokens, line breaks and gold BIO labels, with the token
 * range that is labelled (corpus documents are labelled in their opening sentences only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll } from '../../lib/extract/entities/conll';
import { parseMarkup } from '../../lib/extract/entities/markup';
import { LABELS } from '../../lib/extract/entities/tagger';
import { tokenize } from '../../lib/extract/entities/tokenize';
import { newsDocText, textHash } from '../eval/entities-news-docs';
import type { RealNewsRow } from '../eval/entities-score';

export interface Example {
  source: 'wikiann' | 'news' | 'corpus';
  words: string[];
  breaks: boolean[];
  gold: Uint8Array;
  /** Labelled tokens: [from, to). Runs outside it are not trained on. */
  labelled: [number, number];
}

const labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));

export function wikiannExamples(path: string): Example[] {
  return parseConll(readFileSync(path, 'utf8')).map((s) => ({
    source: 'wikiann',
    words: s.words,
    breaks: s.words.map((_, i) => i === 0),
    gold: Uint8Array.from(s.tags, (t) => labelIndex.get(t) ?? 0),
    labelled: [0, s.words.length],
  }));
}

/** Tokens of `text` with BIO labels from character spans (a token inside a span takes its type). */
function labelText(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number; type: string }>,
): { words: string[]; breaks: boolean[]; gold: Uint8Array; starts: number[] } {
  const tokens = tokenize(text);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const gold = new Uint8Array(tokens.length);
  let k = 0;
  tokens.forEach((t, i) => {
    while (k < sorted.length && sorted[k]!.end <= t.start) k++;
    const s = sorted[k];
    if (s && t.start >= s.start && t.end <= s.end)
      gold[i] = labelIndex.get(`${t.start === s.start ? 'B' : 'I'}-${s.type}`)!;
  });
  return {
    words: tokens.map((t) => t.text),
    breaks: tokens.map((t, i) => i === 0 || text.slice(tokens[i - 1]!.end, t.start).includes('\n')),
    gold,
    starts: tokens.map((t) => t.start),
  };
}

/** The hand-written sentences of news-train.txt, one example each. */
export function newsExamples(path: string): Example[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((line) => {
      const { text, spans } = parseMarkup(line);
      const { words, breaks, gold } = labelText(text, spans);
      return { source: 'news', words, breaks, gold, labelled: [0, words.length] };
    });
}

/** Corpus documents labelled as offsets (corpus-train.jsonl); the whole text is context, the region is trained. */
export function corpusExamples(corpus: string, path: string): Example[] {
  if (!existsSync(path)) return [];
  const out: Example[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as RealNewsRow;
    const text = newsDocText(corpus, row.doc);
    if (text === null || text.length !== row.length || textHash(text) !== row.hash) continue;
    const spans = row.entities.filter((e) => e[2] !== 'DEM').map(([start, end, type]) => ({ start, end, type }));
    const { words, breaks, gold, starts } = labelText(text, spans);
    const from = starts.findIndex((s) => s >= row.region[0]);
    let to = starts.findIndex((s) => s >= row.region[1]);
    if (to < 0) to = words.length;
    out.push({ source: 'corpus', words, breaks, gold, labelled: [Math.max(0, from), to] });
  }
  return out;
}

export const corpusTrainPath = (root: string): string => join(root, 'lib/extract/entities/corpus-train.jsonl');
