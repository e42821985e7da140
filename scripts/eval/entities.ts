import { pathToFileURL } from 'node:url';
import { corpusDir } from './corpus';
/**
 * Entity extraction figures: micro P/R/F1 (exact span and type) on WikiANN dev and on the hand-labelled
 * news set, plus throughput.   npx tsx scripts/eval/entities.ts [corpusDir]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEntityMentions } from '../../lib/extract/entities';
import { parseConll } from '../../lib/extract/entities/conll';

interface Gold {
  start: number;
  end: number;
  type: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(text: string, gold: readonly Gold[], counts: Counts): void {
  const predicted = findEntityMentions(text).map((m) => `${m.start}:${m.end}:${m.type}`);
  const expected = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
  for (const p of predicted) {
    if (expected.has(p)) {
      counts.tp++;
      expected.delete(p);
    } else counts.fp++;
  }
  counts.fn += expected.size;
}

function prf(prefix: string, c: Counts): Record<string, number> {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { [`${prefix}.precision`]: p, [`${prefix}.recall`]: r, [`${prefix}.f1`]: f };
}

/** WikiANN sentences → space-joined text with gold character spans. */
function wikiannDocs(path: string): Array<{ text: string; gold: Gold[] }> {
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

const NEWS = join(import.meta.dirname, '../../tests/fixtures/entities-news.jsonl');

export async function evalEntities(corpusDir: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const dev = join(corpusDir, 'dev');
  if (existsSync(dev)) {
    const counts = { tp: 0, fp: 0, fn: 0 };
    for (const d of wikiannDocs(dev)) score(d.text, d.gold, counts);
    Object.assign(out, prf('wikiann-dev', counts));
  } else {
    console.log(`wikiann dev not found at ${dev}: skipped`);
  }
  const newsDocs = readFileSync(NEWS, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { text: string; entities: Gold[] });
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const d of newsDocs) score(d.text, d.entities, counts);
  Object.assign(out, prf('news', counts));

  // Throughput over ~300 KB of news-like prose: the news set repeated as one long article.
  const article = newsDocs.map((d) => d.text).join('\n\n');
  const big = Array.from({ length: Math.ceil(300_000 / article.length) }, () => article).join('\n\n');
  const words = big.split(/\s+/).filter(Boolean).length;
  findEntityMentions(article); // warm-up: model decoding and JIT
  const t0 = performance.now();
  findEntityMentions(big);
  out['throughput.wordsPerSecond'] = Math.round(words / ((performance.now() - t0) / 1000));
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await evalEntities(process.argv[2] ?? join(corpusDir(), 'wikiann-en'));
  for (const [name, value] of Object.entries(figures))
    console.log(`${name} ${Number.isInteger(value) ? value : value.toFixed(4)}`);
}
