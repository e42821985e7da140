/**
 * Trains the entity tagger: an averaged perceptron over hashed features, greedy BIO decoding.
 *   npx tsx scripts/train-entities.ts [--epochs 8] [--corpus /work/shared/corpus/wikiann-en]
 * Writes lib/extract/entities/countries.json (gazetteer, from the world-countries package) and
 * lib/extract/entities/model.json (quantised, pruned weights). Deterministic: seeded shuffling.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';

const ROOT = join(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'lib/extract/entities');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

// Latin-script, non-code aliases only; these few would collide with ordinary words or other places.
const ALIAS_DENY = new Set([
  'Island',
  'Timor',
  'Prathet',
  'Thai',
  'Lao',
  'Congo',
  'Saudi',
  'Viti',
  'Nihon',
  'Togolese',
  'Mexicanos',
  'Portuguesa',
]);

function writeCountries(): void {
  const rows = countries
    .filter((c) => c.independent || ['PS', 'XK', 'TW', 'HK', 'EH', 'GL', 'PR'].includes(c.cca2))
    .map((c) => {
      const name = c.cca2 === 'TR' ? 'Turkey' : c.cca2 === 'CG' ? 'Republic of the Congo' : c.name.common;
      const aliases = [c.name.official, ...c.altSpellings].filter(
        (a) => a !== name && /^[A-Za-z][A-Za-z .'-]+$/.test(a) && !ALIAS_DENY.has(a) && !/^[A-Z]{2}$/.test(a),
      );
      const dem = c.demonyms['eng']?.m ?? '';
      const demonyms = dem.split(/, | or /).filter((d) => d !== '' && d !== name);
      return { name, aliases: [...new Set(aliases)], demonyms, capitals: c.capital };
    });
  writeFileSync(join(OUT_DIR, 'countries.json'), JSON.stringify(rows) + '\n');
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
  writeCountries();
  // Imported after the gazetteer file is written: the feature code reads it at import.
  const { parseConll } = await import('../lib/extract/entities/conll');
  const { HASH_BITS } = await import('../lib/extract/entities/features');
  const { LABELS, NUM_LABELS, tagWords } = await import('../lib/extract/entities/tagger');
  const { encodeWeights, decodeWeights } = await import('../lib/extract/entities/codec');
  const { parseMarkup } = await import('../lib/extract/entities/markup');
  const { tokenize } = await import('../lib/extract/entities/tokenize');

  /** Hand-labelled news lines → words and BIO tags by token overlap with the gold spans. */
  const newsTrainingSentences = (): Array<{ words: string[]; tags: string[] }> =>
    readFileSync(join(OUT_DIR, 'news-train.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((line) => {
        const { text, spans } = parseMarkup(line);
        const tokens = tokenize(text);
        const tags = tokens.map((t) => {
          const span = spans.find((s) => t.start >= s.start && t.end <= s.end);
          if (!span) return 'O';
          return `${t.start === span.start ? 'B' : 'I'}-${span.type}`;
        });
        return { words: tokens.map((t) => t.text), tags };
      });

  const corpus = arg('corpus', '/work/shared/corpus/wikiann-en');
  const epochs = Number(arg('epochs', '10'));
  const newsRepeat = Number(arg('news-repeat', '4'));
  if (!existsSync(join(corpus, 'train'))) throw new Error(`no training corpus at ${corpus}`);

  interface Example {
    words: string[];
    breaks: boolean[];
    gold: number[];
  }
  const labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));
  const toExample = (words: string[], tags: string[]): Example => ({
    words,
    breaks: words.map((_, i) => i === 0),
    gold: tags.map((t) => labelIndex.get(t) ?? 0),
  });
  const wiki = parseConll(readFileSync(join(corpus, 'train'), 'utf8')).map((s) => toExample(s.words, s.tags));
  // WikiANN fragments rarely open with a capitalised common word, news sentences always do: copy
  // fragments that start with an untagged lower-case word with that word capitalised.
  const augmented = wiki
    .filter((e) => e.gold[0] === 0 && /^\p{Ll}/u.test(e.words[0]!) && e.words.length > 3)
    .map((e) => ({ ...e, words: [e.words[0]!.charAt(0).toUpperCase() + e.words[0]!.slice(1), ...e.words.slice(1)] }));
  const news = newsTrainingSentences().map((s) => toExample(s.words, s.tags));
  const data: Example[] = [...wiki, ...augmented];
  for (let r = 0; r < newsRepeat; r++) data.push(...news);
  console.log(`examples: wikiann ${wiki.length}, augmented ${augmented.length}, news ${news.length} x${newsRepeat}`);

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
  const random = rng(42);
  const started = Date.now();
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = data.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [data[i], data[j]] = [data[j]!, data[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const ex of data) {
      tagWords(ex.words, ex.breaks, w, {
        onToken: (i, feats, predicted) => {
          const gold = ex.gold[i]!;
          tokens++;
          if (predicted !== gold) {
            errors++;
            for (const f of feats) {
              bump(f * NUM_LABELS + gold, 1);
              bump(f * NUM_LABELS + predicted, -1);
            }
          }
          clock++;
          // Gold history (teacher forcing): with predicted history a gold I-X after a wrong O can never
          // win under the BIO constraint, and its endless updates blow the weights up.
          return gold;
        },
      });
    }
    console.log(
      `epoch ${epoch}: token error ${(errors / tokens).toFixed(4)} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
    );
  }
  const averaged = new Float32Array(size);
  for (let i = 0; i < size; i++) averaged[i] = (total[i]! + (clock - stamp[i]!) * w[i]!) / clock;
  // Only differences between labels matter to the argmax: centring each bucket's label weights removes
  // the common part, which is large for frequent features and would swamp the quantisation steps.
  for (let b = 0; b < size; b += NUM_LABELS) {
    let mean = 0;
    for (let c = 0; c < NUM_LABELS; c++) mean += averaged[b + c]!;
    mean /= NUM_LABELS;
    for (let c = 0; c < NUM_LABELS; c++) averaged[b + c]! -= mean;
  }
  const model = encodeWeights(averaged, HASH_BITS, [...LABELS], Number(arg('keep', '180000')));
  const devPath = join(corpus, 'dev');
  if (existsSync(devPath)) {
    // Token accuracy before and after quantisation, to see what the compact file costs.
    const dev = parseConll(readFileSync(devPath, 'utf8'))
      .slice(0, 3000)
      .map((s) => toExample(s.words, s.tags));
    const accuracy = (weights: ArrayLike<number>): string => {
      let ok = 0;
      let n = 0;
      for (const ex of dev) {
        tagWords(ex.words, ex.breaks, weights).forEach((t, i) => {
          n++;
          if (t === ex.gold[i]) ok++;
        });
      }
      return (ok / n).toFixed(4);
    };
    console.log(`dev token accuracy: float ${accuracy(averaged)}, quantised ${accuracy(decodeWeights(model))}`);
  }
  const json = JSON.stringify(model);
  writeFileSync(join(OUT_DIR, 'model.json'), json + '\n');
  console.log(
    `model: ${model.count} weights, ${json.length + 1} bytes, trained in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
}

await main();
