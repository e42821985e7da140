import type { Span } from '../types';

/**
 * Sentence boundaries for news prose. Rules rather than Intl.Segmenter because Segmenter splits after
 * "U.S." and "Gen.", which news text is full of, and is missing in some Node builds.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'supt',
  'insp',
  'maj',
  'brig',
  'cpl',
  'pvt',
  'messrs',
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'vs',
  'etc',
  'no',
  'nos',
  'vol',
  'approx',
  'dept',
  'est',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'a.m',
  'p.m',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'd.c',
  'ph.d',
  'al',
]);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("John F. Kennedy") and dotted acronyms ("U.S.", "U.N.").
  if (/^[a-z]$/.test(word)) return true;
  if (/^([a-z]\.)+[a-z]$/.test(word)) return true;
  return false;
}

/** Split `text` into sentence spans (trimmed, end exclusive). Paragraph breaks always end a sentence. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && (text[i + 1] === '\n' || /^\n\s*\n/.test(text.slice(i, i + 4)))) {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k >= text.length) continue;
    const next = text[k]!;
    // A new sentence starts with a capital, a digit, or an opening quote/bracket.
    if (!/[\p{Lu}\d"“'‘([«¿¡]/u.test(next)) continue;
    if (ch === '.' && j === i + 1 && isAbbreviationBefore(text, i)) {
      // "in the U.S. The" is still a boundary when the next word is a common sentence opener.
      if (!/^(The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|These|Those)\b/.test(text.slice(k))) continue;
      const word = text.slice(Math.max(0, text.lastIndexOf(' ', i) + 1), i).toLowerCase();
      if (!/^([a-z]\.)+[a-z]$/.test(word)) continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return spans;
}

/** The span of the sentence containing `offset`, or null when it falls between sentences. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
