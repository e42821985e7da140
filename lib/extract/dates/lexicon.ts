/** Word lists and the regex fragments built from them, shared by the rule modules. */

const MONTHS: ReadonlyArray<readonly [number, string, readonly string[]]> = [
  [1, 'January', ['Jan']],
  [2, 'February', ['Feb']],
  [3, 'March', ['Mar']],
  [4, 'April', ['Apr']],
  [5, 'May', []],
  [6, 'June', ['Jun']],
  [7, 'July', ['Jul']],
  [8, 'August', ['Aug']],
  [9, 'September', ['Sept', 'Sep']],
  [10, 'October', ['Oct']],
  [11, 'November', ['Nov']],
  [12, 'December', ['Dec']],
];

/**
 * Capitalised month names and dotted abbreviations only: news capitalises months, and requiring it keeps
 * "march", "may" and "a dec" out. A bare "Mar" without the dot is too often something else.
 */
export const MONTH = `(?:${MONTHS.flatMap(([, full, abbrs]) => [full, ...abbrs.map((a) => `${a}\\.`)]).join('|')})`;

export function monthNumber(word: string): number | null {
  const w = word.replace(/\.$/, '').toLowerCase();
  for (const [n, full, abbrs] of MONTHS) {
    if (full.toLowerCase() === w || abbrs.some((a) => a.toLowerCase() === w)) return n;
  }
  return null;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** ISO weekday number (1 = Monday) of a weekday name. */
export function weekdayNumber(word: string): number | null {
  const i = WEEKDAYS.indexOf(word.toLowerCase());
  return i < 0 ? null : i + 1;
}

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const UNIT_WORDS = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const TEN_WORDS = Object.keys(TENS).join('|');

/** A cardinal as digits or words ("24", "twenty-four", "twenty four", "a", "a couple of", "a few"). */
export const NUMBER = `(?:\\d+(?:\\.\\d+)?|(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS}|a hundred|a couple of|a few|several|a|an)`;

/**
 * The value of a NUMBER match; `null` for vague amounts ("a few", "several"), which TimeML writes as X.
 */
export function numberValue(raw: string): number | null {
  const w = raw.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  if (w === 'a couple of') return 2;
  if (w === 'a hundred') return 100;
  if (w === 'a few' || w === 'several') return null;
  const [tens, units] = w.split(/[- ]/);
  if (tens !== undefined && tens in TENS) return TENS[tens]! + (units ? (UNITS[units] ?? 0) : 0);
  return UNITS[w] ?? null;
}

/** Spelled-out numbers below 100, for years said aloud ("nineteen ninety-six"). */
export const SPELLED_BELOW_100 = `(?:(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS})`;

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
