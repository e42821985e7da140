import * as chrono from 'chrono-node';
import { formatDay, formatTime, type Day } from './calendar';
import type { Candidate } from './types';
import type { Span } from '../../types';

/**
 * chrono-node catches explicit calendar formats the rules do not spell out ("3/19/2013", "19.03.2013",
 * "Tuesday, March 19th at 2pm"). Only results that state a month and a day are kept: chrono fills in
 * every missing component, so a weaker result would claim a precision the text never gave. A range
 * ("Sept. 14 to Thursday") is two TimeML expressions, so each side is read on its own.
 */
const RANGE_SEPARATOR = /\s+(?:to|through|until|till)\s+|\s*[-–]\s*/;
/**
 * What a paragraph must show for chrono to give a result `toCandidate` keeps (a digit, a certain month and
 * day, a clock when timed), so paragraphs without it skip chrono's dozens of patterns: a month name (its
 * dictionary: "Mar", "Sept."), a numeric date ("3/19", "19.03.2013", "2013-03-19"), a clock (every kept time
 * shows one, and a relative day merged with it, "tomorrow at 5pm", is only kept through it), or a counted
 * day or week ("2 weeks ago", "in 3w": the only relative units that make the day certain).
 */
const CHRONO_HINT =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])|\d\s*[/.-]\s*\d|\d:\d\d|\d\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b|\d\s*(?:d|days?|w|weeks?)\b/i;
const DIGIT = /\d/;
/** A time chrono reads must show a clock: "at 1,015 francs" is a price, not 1 a.m. */
const CLOCK = /\d:\d\d|\d\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b/i;

/**
 * The reference date chrono reads against: noon of the publication day, or of 2000-01-01 without one (then
 * only results that state their year are kept), and that too for a day no Date can hold. chrono-node 2.10
 * never returns from "1:39 PM ET" against an Invalid Date: a hung tab, not a wrong date.
 */
export function chronoReference(ref: Day | null): Date {
  const day = ref ? new Date(ref.y, ref.m - 1, ref.d, 12) : null;
  return day && !Number.isNaN(day.getTime()) ? day : new Date(2000, 0, 1, 12);
}

/** `sentences`: the text's sentence spans (`splitSentences`). */
export function chronoCandidates(text: string, ref: Day | null, sentences: readonly Span[]): Candidate[] {
  const refDate = chronoReference(ref);
  const out: Candidate[] = [];
  const read = (part: string, offset: number, splitRanges: boolean): void => {
    for (const r of chrono.casual.parse(part, refDate)) {
      if (r.end && splitRanges) {
        const cut = RANGE_SEPARATOR.exec(r.text);
        if (cut) {
          read(r.text.slice(0, cut.index), offset + r.index, false);
          read(r.text.slice(cut.index + cut[0].length), offset + r.index + cut.index + cut[0].length, false);
        }
        continue;
      }
      const candidate = toCandidate(r, offset, ref);
      if (candidate) out.push(candidate);
    }
  };
  // Sentence by sentence, and only those with a digit and a date hint: a kept result must show both, and
  // chrono's dozens of patterns over a whole article cost more than all the rules together (over whole
  // paragraphs, chrono took 70% of the dates' time on the readability pages).
  for (const { start, end } of sentences) {
    const part = text.slice(start, end);
    if (DIGIT.test(part) && CHRONO_HINT.test(part)) read(part, start, true);
  }
  return out;
}

function toCandidate(r: chrono.ParsedResult, offset: number, ref: Day | null): Candidate | null {
  const s = r.start;
  if (!s.isCertain('month') || !s.isCertain('day')) return null;
  // Fractions ("1/4") and counted days ("two days later") are not calendar dates.
  if (!/\d/.test(r.text) || /^\d{1,2}\/\d{1,2}$/.test(r.text.trim()) || /\bdays?\b/i.test(r.text)) return null;
  if (!ref && !s.isCertain('year')) return null;
  const timed = s.isCertain('hour');
  if (timed && !CLOCK.test(r.text)) return null;
  const day: Day = { y: s.get('year') ?? 0, m: s.get('month') ?? 0, d: s.get('day') ?? 0 };
  return {
    start: offset + r.index,
    end: offset + r.index + r.text.length,
    value: timed ? formatTime(day, s.get('hour') ?? 0, s.get('minute') ?? 0) : formatDay(day),
    type: timed ? 'TIME' : 'DATE',
    rule: 'chrono',
  };
}
