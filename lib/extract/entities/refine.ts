import { countryByDemonym } from './gazetteer';
import { normalizeName } from './normalize';
import type { TagSpan } from './tagger';
import type { Token } from './tokenize';

/**
 * News-style clean-up of tagger spans. WikiANN, the training data, labels whole fragments ("Atlantic
 * City , New Jersey", titles inside names), so its spans run on into lower-case words and carry titles
 * and demonyms; news copy wants "President [Joe Biden]", "[German] Chancellor [Friedrich Merz]".
 */

/** Lower-case words that may sit inside a name: "Bank of England", "Rio Grande do Sul", "bin Farhan". */
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'des',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'bint',
  'ibn',
  'von',
  'van',
  'der',
  'den',
  'ter',
  'y',
  '&',
]);

/** Titles that head a title phrase, and words that may precede them in one ("Foreign Minister"). */
const HEAD_TITLES = new Set([
  'president',
  'minister',
  'chancellor',
  'secretary',
  'general',
  'gen',
  'governor',
  'gov',
  'senator',
  'sen',
  'rep',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'mr',
  'mrs',
  'ms',
  'dr',
  'judge',
  'ambassador',
  'mayor',
  'sheikh',
  'ayatollah',
  'emir',
  'premier',
  'commander',
  'spokesman',
  'spokeswoman',
  'chairman',
  'chairwoman',
  'ceo',
  'envoy',
  'lt',
  'col',
  'capt',
  'sgt',
  'adm',
  'prof',
]);
const TITLE_MODIFIERS = new Set([
  'prime',
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'health',
  'vice',
  'deputy',
  'crown',
  'former',
  'acting',
  'attorney',
  'home',
  'chief',
  'supreme',
  'leader',
  'state',
  'economy',
  'trade',
]);

/** Capitalised words that are dates, not names: "confirmed to The National on Tuesday". */
const DATE_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

const nameLike = (w: string): boolean =>
  (/^[\p{Lu}\p{N}]/u.test(w) && !DATE_WORDS.has(w.toLowerCase())) || CONNECTORS.has(w);
const bare = (w: string): string => w.toLowerCase().replace(/\.$/, '');

/** Length of a leading title phrase ("Foreign Minister"), 0 when there is none. */
function titleLength(words: readonly string[]): number {
  let head = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const w = bare(words[i]!);
    if (HEAD_TITLES.has(w)) head = i + 1;
    else if (!TITLE_MODIFIERS.has(w)) break;
  }
  return head;
}

function isDemonym(word: string): boolean {
  return countryByDemonym.has(normalizeName(word.split(/[-‐‑]/u)[0]!));
}

/** Split, trim and retype one tagger span; token indexes in, token indexes out. */
export function refineSpan(span: TagSpan, tokens: readonly Token[]): TagSpan[] {
  const out: TagSpan[] = [];
  let i = span.from;
  while (i < span.to) {
    // One run of name-like tokens; punctuation, "'s" and ordinary lower-case words end it.
    while (i < span.to && (!nameLike(tokens[i]!.text) || CONNECTORS.has(tokens[i]!.text))) i++;
    let j = i;
    while (j < span.to && nameLike(tokens[j]!.text)) j++;
    let end = j;
    while (end > i && CONNECTORS.has(tokens[end - 1]!.text)) end--;
    let start = i;
    let type = span.type;
    // A demonym is no name (CoNLL's convention): alone it is dropped, before a title it is cut off
    // ("German Chancellor [Merz]"); elsewhere it is part of the name ("Palestinian Health Ministry").
    if (start < end && isDemonym(tokens[start]!.text)) {
      const rest = tokens.slice(start + 1, end).map((t) => t.text);
      if (end - start === 1 || titleLength([...rest, '']) > 0) start++;
    }
    const title = titleLength(tokens.slice(start, end).map((t) => t.text));
    if (title > 0) {
      start += title;
      type = 'PER';
    }
    // "The Federal Reserve" → "Federal Reserve"; a one-word title keeps it ("The National").
    if (end - start > 2 && tokens[start]!.text === 'The') start++;
    if (start < end) out.push({ from: start, to: end, type });
    i = j;
  }
  return out;
}
