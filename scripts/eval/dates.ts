import { corpusDir } from './corpus';
/**
 * Date-extraction evaluation on TimeBank + AQUAINT (TimeML gold, see the corpus SOURCE.md).
 * A gold timex counts as found when a predicted mention overlapping its span has exactly its value.
 * Run: `npx tsx scripts/eval/dates.ts [corpusDir]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findTimexes, type TimexMention } from '../../lib/extract/dates';

interface GoldTimex {
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

const DEFAULT_CORPUS = join(corpusDir(), 'timebank-aquaint');
export const TARGET_EXACT_DATE = 0.85;

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export interface DateMiss {
  doc: string;
  gold: GoldTimex;
  predicted: TimexMention[];
}

/** Figures plus the misses, for tuning; `evalDates` returns the figures only. */
export function scoreDates(corpusDir: string): { figures: Record<string, number>; misses: DateMiss[] } {
  const docs = readJsonl<Document>(join(corpusDir, 'documents.jsonl'));
  const gold = readJsonl<GoldTimex>(join(corpusDir, 'timex3.jsonl'));
  const goldByDoc = new Map<string, GoldTimex[]>();
  for (const g of gold) goldByDoc.set(g.doc, [...(goldByDoc.get(g.doc) ?? []), g]);

  let dateGold = 0,
    dateHit = 0,
    allHit = 0,
    predDate = 0,
    predDateOk = 0,
    predAll = 0,
    predAllOk = 0;
  const misses: DateMiss[] = [];
  for (const d of docs) {
    const predicted = findTimexes(d.text, d.dct);
    const golds = goldByDoc.get(d.doc) ?? [];
    for (const g of golds) {
      const near = predicted.filter((p) => overlaps(p, g));
      const hit = near.some((p) => p.value === g.value);
      if (hit) allHit++;
      if (g.type === 'DATE') {
        dateGold++;
        if (hit) dateHit++;
        else misses.push({ doc: d.doc, gold: g, predicted: near });
      }
    }
    for (const p of predicted) {
      const ok = golds.some((g) => overlaps(p, g));
      predAll++;
      if (ok) predAllOk++;
      if (p.type === 'DATE') {
        predDate++;
        if (ok) predDateOk++;
      }
    }
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    figures: {
      'dates.exact_value_DATE': ratio(dateHit, dateGold),
      'dates.precision_DATE': ratio(predDateOk, predDate),
      'dates.exact_value_all': ratio(allHit, gold.length),
      'dates.precision_all': ratio(predAllOk, predAll),
      'dates.gold_DATE': dateGold,
      'dates.predicted_DATE': predDate,
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
    console.log(`${name} ${shown}${name === 'dates.exact_value_DATE' ? ` (target ≥ ${TARGET_EXACT_DATE})` : ''}`);
  }
  if (process.env.DATES_MISSES && existsSync(dir)) {
    for (const m of scoreDates(dir).misses) {
      console.log(
        `MISS ${m.gold.value}\t${m.gold.text}\t→ ${m.predicted.map((p) => `${p.text}=${p.value}`).join(' | ') || '-'}`,
      );
    }
  }
}
