import type { Day } from './calendar';
import { shiftUnit } from './rules-relative';
import type { Candidate } from './types';

/**
 * "the quarter", "the latest period" and "a year earlier" point back at a period named before them.
 * Earnings reports are the typical case: "third-quarter profit rose to $5 million from $4 million a year
 * earlier" means the third quarter of the previous year. Resolved in text order so each anaphor sees the
 * periods named before it.
 */
const QUARTER = /^\d{4}-[QH]\d$/;
const CONCRETE = /^\d{4}(-\d\d(-\d\d)?|-[QH]\d|-W\d\d|-(SP|SU|FA|WI))?$/;
/** How far back a quarter keeps the focus of a story (about a paragraph or two). */
const QUARTER_REACH = 1200;

export function resolveAnaphora(
  mentions: Candidate[],
  ref: Day | null,
  sentenceOf: (offset: number) => number,
): Candidate[] {
  const out: Candidate[] = [];
  let lastQuarter: Candidate | null = null;
  for (const m of mentions) {
    let value = m.value;
    if (value === '@quarter') {
      value =
        lastQuarter && m.start - lastQuarter.end < QUARTER_REACH
          ? lastQuarter.value
          : ref
            ? (shiftUnit(ref, 'quarter', -1) ?? '')
            : '';
    } else if (value === '@year-ago') {
      value = yearBefore(m, out, lastQuarter, ref, sentenceOf);
    }
    if (!value) continue;
    const resolved = { ...m, value };
    if (QUARTER.test(value) && m.value !== '@year-ago') lastQuarter = resolved;
    out.push(resolved);
  }
  return out;
}

function yearBefore(
  m: Candidate,
  earlier: readonly Candidate[],
  lastQuarter: Candidate | null,
  ref: Day | null,
  sentenceOf: (offset: number) => number,
): string {
  const sentence = sentenceOf(m.start);
  const sameSentence = earlier.filter(
    (e) => sentenceOf(e.start) === sentence && CONCRETE.test(e.value) && e.type === 'DATE',
  );
  const antecedent =
    sameSentence.filter((e) => QUARTER.test(e.value)).at(-1) ??
    sameSentence.at(-1) ??
    (lastQuarter && m.start - lastQuarter.end < QUARTER_REACH ? lastQuarter : null);
  if (antecedent) return antecedent.value.replace(/^\d{4}/, (y) => String(Number(y) - 1).padStart(4, '0'));
  return ref ? String(ref.y - 1).padStart(4, '0') : '';
}
