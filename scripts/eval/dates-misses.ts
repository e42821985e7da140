import type { DateMiss } from './dates';

/**
 * The DATE misses of the date eval, grouped by what kind of expression the gold one is and whether the
 * extractor found nothing there or a wrong value, biggest group first, each miss in a little context.
 * For tuning only (run `DATES_MISSES=dev npx tsx scripts/eval/dates.ts`).
 */
const CLASSES: ReadonlyArray<readonly [string, RegExp]> = [
  ['vague-ref', /^(PRESENT|PAST|FUTURE)_REF$/],
  ['weekday', /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i],
  ['deictic-day', /\b(today|tonight|yesterday|tomorrow)\b/i],
  ['quarter', /\b(quarter|half|period)\b/i],
  ['year-ago', /\b(earlier|ago|before|later|from now)\b/i],
  ['relative-unit', /\b(this|last|next|past|previous|coming|current|recent|that|same)\b/i],
  ['month-day', /\b(jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z.]* \d/i],
  [
    'month',
    /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec)\b/i,
  ],
  ['season', /\b(spring|summer|fall|autumn|winter)\b/i],
  ['decade', /\d0'?s\b|\b(nineties|eighties|seventies|sixties)\b|century/i],
  ['year', /\b\d{4}\b/],
];

function classOf(m: DateMiss): string {
  const probe = /_REF$/.test(m.gold.value) ? m.gold.value : m.gold.text;
  const cls = CLASSES.find(([, re]) => re.test(probe))?.[0] ?? 'other';
  return `${m.predicted.length ? 'wrong' : 'missing'} ${cls}`;
}

export function printMisses(misses: readonly DateMiss[]): void {
  const groups = new Map<string, DateMiss[]>();
  for (const m of misses) {
    const key = classOf(m);
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length);
  console.log(`\n${misses.length} DATE misses`);
  for (const [key, list] of ordered) console.log(`${String(list.length).padStart(4)}  ${key}`);
  for (const [key, list] of ordered) {
    console.log(`\n== ${key} (${list.length})`);
    for (const m of list) {
      const { start, end } = m.gold;
      const context = `${m.text.slice(Math.max(0, start - 70), start)}[${m.text.slice(start, end)}]${m.text.slice(end, end + 50)}`;
      const got = m.predicted.map((p) => `${p.text}=${p.value}`).join(' | ') || '-';
      console.log(`${m.gold.value}\t← ${got}\tdct ${m.dct}\t${m.doc}\n    ${context.replace(/\s+/g, ' ')}`);
    }
  }
}
