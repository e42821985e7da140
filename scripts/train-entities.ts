/**
 * Trains the entity tagger: a structured averaged perceptron over hashed features, Viterbi over the
 * candidate runs of each text (lib/extract/entities/tagger.ts).
 *   npx tsx scripts/train-entities.ts [--epochs 10] [--corpus /work/shared/corpus] [--wiki 0.25] [--news 3]
 * Writes lib/extract/entities/{countries,lexicon,model}.json. Deterministic: seeded shuffling.
 * Training texts: WikiANN train (silver, Wikipedia fragments; `--wiki` is the share of it used per epoch),
 * the hand-written news-train.txt and the labelled corpus documents of corpus-train.jsonl (each repeated
 * `--news` times per epoch).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCountries, writeLexicon } from './train-entities/gazetteers';

const ROOT = join(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'lib/extract/entities');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** Seeded PRNG (mulberry32) so two runs give the same model. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(): Promise<void> {
  const corpus = arg('corpus', '/work/shared/corpus');
  const wikiTrain = join(corpus, 'wikiann-en/train');
  if (!existsSync(wikiTrain)) throw new Error(`no WikiANN training file at ${wikiTrain}`);
  writeCountries(OUT_DIR);
  const lexicon = writeLexicon(OUT_DIR, wikiTrain);
  console.log(`lexicon: ${lexicon.cities} cities, ${lexicon.given} given names`);
  // Imported after the gazetteer files are written: the feature code reads them at import.
  const { HASH_BITS, HISTORY_FEATURES, STATIC_FEATURES } = await import('../lib/extract/entities/features');
  const { LABELS, NUM_LABELS, prepareText, runFeatures, viterbi } = await import('../lib/extract/entities/tagger');
  const { MAX_ROWS, countRows, decodeWeights, encodeWeights } = await import('../lib/extract/entities/codec');
  const data = await import('./train-entities/data');

  const evalDocs = new Set(
    readFileSync(join(ROOT, 'scripts/eval/data/entities-real-news.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { doc: string }).doc),
  );
  const corpusRows = readFileSync(data.corpusTrainPath(ROOT), 'utf8').split('\n');
  for (const l of corpusRows) {
    if (l.trim() !== '' && evalDocs.has((JSON.parse(l) as { doc: string }).doc))
      throw new Error('a training document is also in the evaluation set');
  }
  const wiki = data.wikiannExamples(wikiTrain);
  const news = [
    ...data.newsExamples(join(OUT_DIR, 'news-train.txt')),
    ...data.corpusExamples(corpus, data.corpusTrainPath(ROOT)),
  ];
  const wikiShare = Number(arg('wiki', '0.25'));
  const newsRepeat = Number(arg('news', '3'));
  const epochs = Number(arg('epochs', '10'));
  console.log(`texts: wikiann ${wiki.length} (${wikiShare} per epoch), news ${news.length} x${newsRepeat}`);

  interface Prepared {
    runs: Array<ReturnType<typeof runFeatures>>;
    gold: Uint8Array[];
  }
  /** Features once per text; runs that cut a gold name, or lie outside the labelled range, are dropped. */
  const prepare = (ex: (typeof wiki)[number]): Prepared => {
    const prepared = prepareText(ex.words, ex.breaks);
    const runs = prepared.runs.map((run) => runFeatures(prepared.ctx, run));
    const kept: Prepared['runs'] = [];
    const gold: Uint8Array[] = [];
    for (const rf of runs) {
      const { from, to } = rf.run;
      if (from < ex.labelled[0] || to > ex.labelled[1]) continue;
      const g = ex.gold.slice(from, to);
      const cut = LABELS[g[0]!]!.startsWith('I-') || (to < ex.gold.length && LABELS[ex.gold[to]!]!.startsWith('I-'));
      if (cut) continue;
      kept.push(rf);
      gold.push(g);
    }
    return { runs: kept, gold };
  };
  const started = Date.now();
  const wikiPrepared = wiki.map(prepare);
  const newsPrepared = news.map(prepare);
  console.log(`features ready (${((Date.now() - started) / 1000).toFixed(1)}s)`);

  const size = (1 << HASH_BITS) * NUM_LABELS;
  const w = new Float32Array(size);
  const total = new Float64Array(size);
  const stamp = new Int32Array(size);
  let clock = 1;
  const bump = (index: number, delta: number): void => {
    total[index]! += (clock - stamp[index]!) * w[index]!;
    stamp[index] = clock;
    w[index]! += delta;
  };
  const L = NUM_LABELS;
  const update = (rf: Prepared['runs'][number], gold: Uint8Array, pred: Uint8Array): number => {
    let errors = 0;
    for (let t = 0; t < gold.length; t++) {
      const g = gold[t]!;
      const p = pred[t]!;
      const gp = t > 0 ? gold[t - 1]! : 0;
      const pp = t > 0 ? pred[t - 1]! : 0;
      if (g !== p) {
        errors++;
        for (let k = t * STATIC_FEATURES; k < (t + 1) * STATIC_FEATURES; k++) {
          bump(rf.feats[k]! * L + g, 1);
          bump(rf.feats[k]! * L + p, -1);
        }
      }
      if (g !== p || gp !== pp) {
        for (let k = 0; k < HISTORY_FEATURES; k++) {
          bump(rf.hist[(t * L + gp) * HISTORY_FEATURES + k]! * L + g, 1);
          bump(rf.hist[(t * L + pp) * HISTORY_FEATURES + k]! * L + p, -1);
        }
      }
    }
    return errors;
  };
  const random = rng(42);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const order: Prepared[] = wikiPrepared.filter(() => random() < wikiShare);
    for (let r = 0; r < newsRepeat; r++) order.push(...newsPrepared);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const ex of order) {
      ex.runs.forEach((rf, r) => {
        const gold = ex.gold[r]!;
        errors += update(rf, gold, viterbi(w, rf));
        tokens += gold.length;
        clock++;
      });
    }
    console.log(
      `epoch ${epoch}: candidate-token error ${(errors / tokens).toFixed(4)} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
    );
  }
  const averaged = new Float32Array(size);
  for (let i = 0; i < size; i++) averaged[i] = (total[i]! + (clock - stamp[i]!) * w[i]!) / clock;
  // Only differences between labels matter to the argmax: centring each bucket's label weights removes
  // the common part, which is large for frequent features and would swamp the quantisation steps.
  for (let b = 0; b < size; b += L) {
    let mean = 0;
    for (let c = 0; c < L; c++) mean += averaged[b + c]!;
    mean /= L;
    for (let c = 0; c < L; c++) averaged[b + c]! -= mean;
  }
  // The largest weights, as many as fit the size budget and the 16-bit row numbers of the compact table.
  let keep = Number(arg('keep', '200000'));
  let model = encodeWeights(averaged, HASH_BITS, [...LABELS], keep);
  while (countRows(decodeWeights(model), L) > MAX_ROWS) {
    keep = Math.floor(keep * 0.95);
    model = encodeWeights(averaged, HASH_BITS, [...LABELS], keep);
  }
  const json = JSON.stringify(model);
  writeFileSync(join(OUT_DIR, 'model.json'), json + '\n');
  console.log(
    `model: ${model.count} weights, ${json.length + 1} bytes, trained in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
}

await main();
