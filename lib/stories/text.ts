import { STOP_WORDS } from './stopwords';

/**
 * Turning headlines and article text into the tokens story grouping compares. Outlets word the same event
 * differently ("files for bankruptcy" / "filed for Chapter 11" / "bankruptcy filing"), so tokens are
 * stemmed lightly and boilerplate is dropped; numbers stay because "$21B loss" or "iOS 7.1" identify events.
 */

/** Wire-service and aggregator prefixes that carry no content ("UPDATE 2-", "VIDEO:", "GLOBAL MARKETS-"); 5+ capitals, so "NSA:" stays. */
const PREFIX = /^\s*(?:(?:UPDATE|REFILE|CORRECTED|WRAPUP)\s*\d*\s*[-:]|[A-Z][A-Z ]{4,24}\s*[-:](?=\s*\S))\s*/;

/**
 * Remove a trailing " - Outlet" / " | Outlet" credit when it names the publisher, and aggregator prefixes.
 * Why: syndicated headlines end with the outlet ("... - WBOC-TV 16, Delmarvas News"), which would make
 * one outlet's headlines look alike across stories.
 */
export function stripHeadlineNoise(title: string, publisher?: string | null): string {
  let t = title.replace(/\s*(?:\.\.\.|…)\s*$/, '');
  const prefix = PREFIX.exec(t);
  if (prefix && t.length - prefix[0].length > 10) t = t.slice(prefix[0].length);
  if (publisher) {
    const outlet = new Set(words(publisher));
    const parts = t.split(/\s+[-|–—]\s+/);
    const last = parts[parts.length - 1];
    if (parts.length > 1 && last !== undefined && words(last).some((w) => outlet.has(w))) {
      t = parts.slice(0, -1).join(' - ');
    }
  }
  return t;
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d\\d';
/**
 * Calendar dates and times of day in a title or lead: "March 10, 2014", "10 March 2014", "March 11th",
 * "Tuesday", "3/10/14", "09.03.2014", "2:02 am". A month name alone stays ("protesters march", "June" the name).
 */
const DATE = new RegExp(
  [
    `\\b${MONTH}\\s+${DAY}\\b(?:,?\\s+${YEAR}\\b)?`,
    `\\b${DAY}\\s+${MONTH}(?:,?\\s+${YEAR}\\b)?`,
    `\\b${MONTH}\\s+${YEAR}\\b`,
    "\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:'s)?\\b",
    // Slashed with a 2- or 4-digit year, dotted only with a 4-digit one: "7.1.10" is a version number.
    '\\b\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d\\d)\\b',
    '\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b',
    '\\b\\d{4}-\\d\\d-\\d\\d\\b',
    '\\b\\d{1,2}:\\d\\d\\s*(?:[ap]\\.?m\\b\\.?)?',
  ].join('|'),
  'gi',
);

/**
 * Remove dates and times of day. Why: they say when, not what — the item's time is compared on its own —
 * and they glue unrelated items of one day ("Stock Market News for March 10, 2014", "The Bachelor recap
 * for March 10, 2014", "Monday Evening Business Brief"). Wire leads open with them too ("LONDON, March 10").
 */
export function withoutDates(text: string): string {
  return text.replace(DATE, ' ');
}

/** Lower-cased word and number runs, accents removed, dotted acronyms joined ("U.S." → "us"). */
function words(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    // "U.S." and "U.S" are one token; written "US" it collides with the pronoun, so both become "usa".
    .replace(/\b(?:U\.S\.?A?|US|USA)\b/g, ' usa ')
    .replace(/\b((?:[A-Za-z]\.){2,})/g, (m) => m.replace(/\./g, ''))
    .toLowerCase();
  // Numbers keep inner separators ("7.1", "150,000"); possessive "'s" goes.
  return folded.match(/[a-z0-9]+(?:[.,'][a-z0-9]+)*/g)?.map((w) => w.replace(/'s$|'/g, '').replace(/,/g, '')) ?? [];
}

const KEEP_S = /(?:ss|us|is|ws|ous)$/;

/**
 * Light suffix stripping, consistent rather than linguistically right: inflections of one word collapse
 * ("merge", "merges", "merged", "merging" → "merg") while short words stay whole. A final "e" is always
 * dropped so that "file"/"filed" and "price"/"prices" meet.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (/ies$|ied$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|ch|sh|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !KEEP_S.test(w)) w = w.slice(0, -1);
  else if (/ing$/.test(w) && w.length - 3 >= 3 && /[aeiouy]/.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (/ed$/.test(w) && w.length - 2 >= 3 && /[aeiouy]/.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** "stopp" → "stop", but "fall", "pass" and "buzz" keep their doubled letters. */
function undouble(w: string): string {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && !/[lsz]/.test(w[n - 1] ?? '') ? w.slice(0, -1) : w;
}

/** Normalised content tokens of a title/text for similarity: lower-case, stop words removed, light stemming, numbers kept; also use for `keys`. */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOP_WORDS.has(w)) continue;
    // Lone digits and letters ("5 things", "part 2") are list numbering more often than facts.
    if (w.length < 2 && !/^\d$/.test(w)) continue;
    if (/^\d$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}

const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&']);

/**
 * Initials of capitalised names of 2–4 words, so "European Central Bank" meets "ECB", "General Motors"
 * meets "GM" and "Bank of England" meets "BoE". Both readings of connectors are given ("Securities and
 * Exchange Commission" → "sec", "saec") because usage differs. Longer runs are title-cased headlines, not
 * names, and are skipped.
 */
export function initialisms(text: string): string[] {
  const out = new Set<string>();
  const flush = (run: string[]): void => {
    const named = run.filter((w) => !CONNECTORS.has(w.toLowerCase()));
    if (named.length < 2 || named.length > 4) return;
    out.add(
      named
        .map((w) => w[0])
        .join('')
        .toLowerCase(),
    );
    out.add(
      run
        .map((w) => w[0])
        .join('')
        .toLowerCase(),
    );
  };
  let run: string[] = [];
  for (const w of text.split(/[^A-Za-z&]+/)) {
    if (/^[A-Z][a-z]/.test(w)) run.push(w);
    else if (run.length > 0 && CONNECTORS.has(w.toLowerCase())) run.push(w);
    else {
      while (run.length > 0 && CONNECTORS.has((run[run.length - 1] ?? '').toLowerCase())) run.pop();
      flush(run);
      run = [];
    }
  }
  while (run.length > 0 && CONNECTORS.has((run[run.length - 1] ?? '').toLowerCase())) run.pop();
  flush(run);
  return [...out];
}

/**
 * Tokens (as `contentTokens` gives them) that are written as names: acronyms anywhere ("NSA", "ECB"), and
 * capitalised words after the first in a sentence-case title. In a title-cased headline every word is
 * capitalised, so there capitals say nothing and only acronyms count.
 */
export function nameTokens(text: string): Set<string> {
  const raw = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  const capitalised = raw.filter((w) => /^[^A-Za-z]*[A-Z]/.test(w)).length;
  const sentenceCase = raw.length >= 4 && capitalised / raw.length < 0.5;
  const out = new Set<string>();
  raw.forEach((w, i) => {
    const acronym = /^[^A-Za-z]*[A-Z]{2,}\b/.test(w) && !/^[A-Z]+[-:]*$/.test(text.trim());
    if (acronym || (sentenceCase && i > 0 && /^[^A-Za-z]*[A-Z][a-z]/.test(w))) {
      for (const t of contentTokens(w)) out.add(t);
    }
  });
  return out;
}
