import { pathToFileURL } from 'node:url';
import { corpusDir } from './corpus';
/**
 * Entity extraction figures: micro P/R/F1 (exact span and type, PER/ORG/LOC) on the labelled real news
 * (dev and test halves, split by document), on WikiANN dev and on the project's own news sentences, plus
 * throughput.   npx tsx scripts/eval/entities.ts [wikiannDir] [--errors dev|test]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findEntityMentions } from '../../lib/extract/entities';
import { countryByDemonym } from '../../lib/extract/entities/gazetteer';
import { normalizeName } from '../../lib/extract/entities/normalize';
import {
  emptyCounts,
  loadRealNews,
  prf,
  realNewsPairs,
  score,
  wikiannDocs,
  type Gold,
  type RealNewsDoc,
} from './entities-score';

const NEWS = join(import.meta.dirname, '../../tests/fixtures/entities-news.jsonl');
const REAL_NEWS = join(import.meta.dirname, 'data/entities-real-news.jsonl');

function evalRealNews(docs: readonly RealNewsDoc[], out: Record<string, number>, errorsOf?: string): void {
  for (const split of ['dev', 'test'] as const) {
    const counts = emptyCounts();
    const withDemonyms = emptyCounts();
    for (const doc of docs.filter((d) => d.row.split === split)) {
      const mentions = findEntityMentions(doc.text);
      const { gold, predicted } = realNewsPairs(doc, mentions);
      const errors = score(predicted, gold, counts);
      const alt = realNewsPairs(doc, mentions, 'LOC');
      score(alt.predicted, alt.gold, withDemonyms);
      if (errorsOf === split) printErrors(doc, errors);
    }
    Object.assign(out, prf(`real-news-${split}`, counts));
    out[`real-news-${split}.f1_if_demonyms_were_loc`] = prf('x', withDemonyms)['x.f1']!;
  }
}

function printErrors(doc: RealNewsDoc, errors: { falsePositives: Gold[]; misses: Gold[] }): void {
  const show = (g: Gold): string =>
    `${g.type} "${doc.text.slice(g.start, g.end)}" in …${doc.text.slice(Math.max(0, g.start - 40), g.end + 40).replace(/\s+/g, ' ')}…`;
  for (const g of errors.falsePositives) console.log(`FP ${doc.row.doc} ${show(g)}`);
  for (const g of errors.misses) console.log(`FN ${doc.row.doc} ${show(g)}`);
}

export async function evalEntities(wikiannDir: string, errorsOf?: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const realNews = loadRealNews(dirname(wikiannDir), REAL_NEWS);
  if (realNews.length > 0) evalRealNews(realNews, out, errorsOf);
  const dev = join(wikiannDir, 'dev');
  if (existsSync(dev)) {
    const counts = emptyCounts();
    for (const d of wikiannDocs(dev)) score(findEntityMentions(d.text), d.gold, counts);
    Object.assign(out, prf('wikiann-dev', counts));
  } else {
    console.log(`skip: wikiann dev not found at ${dev}`);
  }
  const newsDocs = readFileSync(NEWS, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { text: string; entities: Gold[] });
  const counts = emptyCounts();
  const withoutDemonyms = emptyCounts();
  for (const d of newsDocs) {
    const predicted = findEntityMentions(d.text);
    score(predicted, d.entities, counts);
    // This older set labels demonyms ("Iraqi") as LOC; the product follows CoNLL and does not.
    const names = d.entities.filter((g) => !countryByDemonym.has(normalizeName(d.text.slice(g.start, g.end))));
    score(predicted, names, withoutDemonyms);
  }
  Object.assign(out, prf('news', counts));
  out['news.f1_without_demonym_labels'] = prf('x', withoutDemonyms)['x.f1']!;

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
  const args = process.argv.slice(2);
  const flag = args.indexOf('--errors');
  const errorsOf = flag >= 0 ? args.splice(flag, 2)[1] : undefined;
  const figures = await evalEntities(args[0] ?? join(corpusDir(), 'wikiann-en'), errorsOf);
  for (const [name, value] of Object.entries(figures))
    console.log(`${name} ${Number.isInteger(value) ? value : value.toFixed(4)}`);
}
