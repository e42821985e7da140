import { addDays, formatDay, parseReference, quarterOf, type Day } from './calendar';
import type { Candidate } from './types';

/**
 * "the quarter", "the latest period", "the 1988 period", "a year earlier", "that year" and "the next day"
 * point back at a period named before them. Earnings reports are the typical case: "third-quarter profit rose to $5
 * million from $4 million a year earlier" means the third quarter of the previous year. Resolved in text
 * order so each anaphor sees the periods named before it.
 *
 * The focus of an earnings story is the quarter it reports: the latest quarter already over that it
 * names. A forecast for the current quarter ("a fourth-quarter charge") or a look back ("after a flat
 * second quarter", "the 1988 second quarter") does not move it; a fiscal quarter does, since fiscal
 * quarters are numbered on their own calendar. "The first nine months" makes the comparison a
 * year-to-date one: "the year-ago results" after it are last year's.
 */
const PERIOD = /^(\d{4})-([QH])(\d)$/;
const DAY = /^\d{4}-\d\d-\d\d$/;
const CONCRETE = /^\d{4}(-\d\d(-\d\d)?|-[QH]\d|-W\d\d|-(SP|SU|FA|WI))?$/;
const YEAR_TO_DATE = /\b(?:the|its) (?:first |latest )?(?:six|nine|6|9)[- ]months?$/i;
/** How far back a period keeps the focus of a story (about a paragraph or two). */
const REACH = 1200;

interface Focus {
  value: string;
  end: number;
}

/** Index of the quarter a quarter or half value ends in (halves end in Q2 / Q4). */
function endQuarterIndex(value: string): number | null {
  const m = PERIOD.exec(value);
  if (!m) return null;
  const n = Number(m[3]);
  return Number(m[1]) * 4 + (m[2] === 'Q' ? n : n * 2) - 1;
}

/** A quarter or half that ended within the year before the publication day: one a story can report. */
function isReportable(value: string, ref: Day | null): boolean {
  const index = endQuarterIndex(value);
  if (index === null || !ref) return index !== null;
  const lastDone = ref.y * 4 + quarterOf(ref.m) - 2;
  return index <= lastDone && index > lastDone - 4;
}

const within = (focus: Focus | null, m: Candidate): Focus | null =>
  focus && m.start - focus.end < REACH ? focus : null;

const yearBefore = (value: string): string => value.replace(/^\d{4}/, (y) => String(Number(y) - 1).padStart(4, '0'));

export function resolveAnaphora(
  text: string,
  mentions: Candidate[],
  ref: Day | null,
  sentenceOf: (offset: number) => number,
): Candidate[] {
  const out: Array<Candidate & { compares?: string }> = [];
  let quarter: Focus | null = null;
  /** What a comparison compares with when its sentence names nothing: the quarter or the year to date. */
  let compared: Focus | null = null;
  const currentYear = (): string => (quarter ? quarter.value.slice(0, 4) : ref ? String(ref.y).padStart(4, '0') : '');
  /** The period a comparison in `m`'s sentence is about: the last period named there, else the focus. */
  const comparedWith = (m: Candidate): string | null => {
    const sentence = sentenceOf(m.start);
    const before = out.filter((e) => sentenceOf(e.start) === sentence && (e.compares || CONCRETE.test(e.value)));
    const period = before.filter((e) => e.compares || PERIOD.test(e.value)).at(-1);
    const chosen = period ?? before.filter((e) => e.type === 'DATE').at(-1);
    if (chosen) return chosen.compares ?? chosen.value;
    return within(compared, m)?.value ?? null;
  };

  for (const m of mentions) {
    let value = m.value;
    const focus = within(quarter, m);
    switch (m.anaphor?.kind) {
      case 'quarter':
        value = focus?.value ?? m.value;
        break;
      case 'period': {
        const base = comparedWith(m);
        value = base && PERIOD.test(base) ? `${m.anaphor.year}${base.slice(4)}` : String(m.anaphor.year);
        break;
      }
      case 'year-ago': {
        const base = comparedWith(m);
        value = base ? yearBefore(base) : m.value;
        break;
      }
      case 'that-day': {
        const named = out.filter((e) => e.type === 'DATE' && DAY.test(e.value) && m.start - e.end < REACH).at(-1);
        value = named ? formatDay(addDays(parseReference(named.value)!, m.anaphor.days ?? 0)) : m.value;
        break;
      }
      case 'that-year': {
        const named = out.filter((e) => e.type === 'DATE' && CONCRETE.test(e.value) && m.start - e.end < REACH).at(-1);
        value = named ? named.value.slice(0, 4) : m.value;
        break;
      }
    }
    const compares = m.type === 'DURATION' && YEAR_TO_DATE.test(text.slice(m.start, m.end)) ? currentYear() : undefined;
    if (compares) compared = { value: compares, end: m.end };
    if (!value) continue;
    out.push({ ...m, value, ...(compares ? { compares } : {}) });
    if (m.type !== 'DATE' || !PERIOD.test(value) || m.anaphor?.kind === 'year-ago' || m.anaphor?.kind === 'period')
      continue;
    const fiscal = /fiscal/i.test(text.slice(m.start, m.end));
    const replaces =
      !focus ||
      focus.value === value ||
      fiscal ||
      (isReportable(value, ref) &&
        (!isReportable(focus.value, ref) || endQuarterIndex(value)! >= endQuarterIndex(focus.value)!));
    if (replaces) {
      quarter = { value, end: m.end };
      compared = quarter;
    }
  }
  return out.map(({ compares: _, ...m }) => m);
}
