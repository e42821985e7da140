import { corpusDir } from './corpus';
/**
 * Date-extraction evaluation on TimeBank + AQUAINT (TimeML gold, see the corpus SOURCE.md).
 * A gold timex counts as found when a predicted mention overlapping its span has exactly its value.
 * Documents are split half/half into dev and test by a hash of their id: tune on dev misses only,
 * report test as the held-out figure.
 * Run: `npx tsx scripts/eval/dates.ts [corpusDir]`; `DATES_MISSES=dev` (or `test`, `all`) also lists the
 * DATE misses of that split, grouped by class (see `dates-misses.ts`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findTimexes, type TimexMention } from '../../lib/extract/dates';
import { printMisses } from './dates-misses';

export interface GoldTimex {
  doc: string;
  type: string;
  value: string;
  start: number;
  end: number;
  text: string;
}

interface Document {
  doc: string;
  dct: string;
  text: string;
}

export type Split = 'dev' | 'test';

const DEFAULT_CORPUS = join(corpusDir(), 'timebank-aquaint');
export const TARGET_EXACT_DATE = 0.85;

/** Stable half/half document split: the first byte of the id's SHA-1, even = dev. */
export function splitOf(doc: string): Split {
  return createHash('sha1').update(doc).digest()[0]! % 2 === 0 ? 'dev' : 'test';
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export interface DateMiss {
  doc: string;
  split: Split;
  /** The document text and its publication date, for showing a miss in context. */
  text: string;
  dct: string;
  gold: GoldTimex;
  predicted: TimexMention[];
}

class Tally {
  dateGold = 0;
  dateHit = 0;
  gold = 0;
  allHit = 0;
  predDate = 0;
  predDateOk = 0;
  predAll = 0;
  predAllOk = 0;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Figures plus the misses, for tuning; `evalDates` returns the figures only. */
export function scoreDates(corpusDir: string): { figures: Record<string, number>; misses: DateMiss[] } {
  const docs = readJsonl<Document>(join(corpusDir, 'documents.jsonl'));
  const gold = readJsonl<GoldTimex>(join(corpusDir, 'timex3.jsonl'));
  const goldByDoc = new Map<string, GoldTimex[]>();
  for (const g of gold) goldByDoc.set(g.doc, [...(goldByDoc.get(g.doc) ?? []), g]);

  const tallies = { all: new Tally(), dev: new Tally(), test: new Tally() };
  const misses: DateMiss[] = [];
  for (const d of docs) {
    const split = splitOf(d.doc);
    const counted = [tallies.all, tallies[split]];
    const add = (field: keyof Tally): void => counted.forEach((t) => t[field]++);
    const predicted = findTimexes(d.text, d.dct);
    const golds = goldByDoc.get(d.doc) ?? [];
    for (const g of golds) {
      const near = predicted.filter((p) => overlaps(p, g));
      const hit = near.some((p) => p.value === g.value);
      add('gold');
      if (hit) add('allHit');
      if (g.type === 'DATE') {
        add('dateGold');
        if (hit) add('dateHit');
        else misses.push({ doc: d.doc, split, text: d.text, dct: d.dct, gold: g, predicted: near });
      }
    }
    for (const p of predicted) {
      const ok = golds.some((g) => overlaps(p, g));
      add('predAll');
      if (ok) add('predAllOk');
      if (p.type === 'DATE') {
        add('predDate');
        if (ok) add('predDateOk');
      }
    }
  }
  const { all, dev, test } = tallies;
  return {
    figures: {
      'dates.exact_value_DATE': ratio(all.dateHit, all.dateGold),
      'dates.exact_value_DATE.dev': ratio(dev.dateHit, dev.dateGold),
      'dates.exact_value_DATE.test': ratio(test.dateHit, test.dateGold),
      'dates.precision_DATE': ratio(all.predDateOk, all.predDate),
      'dates.precision_DATE.dev': ratio(dev.predDateOk, dev.predDate),
      'dates.precision_DATE.test': ratio(test.predDateOk, test.predDate),
      'dates.exact_value_all': ratio(all.allHit, all.gold),
      'dates.precision_all': ratio(all.predAllOk, all.predAll),
      'dates.gold_DATE': all.dateGold,
      'dates.gold_DATE.dev': dev.dateGold,
      'dates.gold_DATE.test': test.dateGold,
      'dates.predicted_DATE': all.predDate,
    },
    misses,
  };
}

export async function evalDates(corpusDir: string): Promise<Record<string, number>> {
  if (!existsSync(join(corpusDir, 'timex3.jsonl'))) {
    console.log(`dates: corpus not found at ${corpusDir}, skipped`);
    return {};
  }
  return scoreDates(corpusDir).figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? DEFAULT_CORPUS;
  const figures = await evalDates(dir);
  for (const [name, value] of Object.entries(figures)) {
    const shown = Number.isInteger(value) ? String(value) : value.toFixed(3);
    const target = name.startsWith('dates.exact_value_DATE') ? ` (target ≥ ${TARGET_EXACT_DATE})` : '';
    console.log(`${name} ${shown}${target}`);
  }
  const which = process.env.DATES_MISSES;
  if (which && existsSync(dir)) {
    printMisses(scoreDates(dir).misses.filter((m) => which === 'all' || m.split === which));
  }
}
