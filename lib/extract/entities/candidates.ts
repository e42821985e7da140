/**
 * Where names can be. In edited news every PER/ORG/LOC name has a capital letter, so the tagger only
 * looks at runs of tokens that contain one ("Biden", "U.S.", "al-Asad", "eBay"), joined by the few
 * lower-case words that sit inside names ("Bank of England", "Rio Grande do Sul", "bin Salman"). Every
 * other token is O without being scored: about four tokens in five, which is most of the tagger's speed.
 */

/** Lower-case words (and "&", "'s") that may join two capitalised parts of one name. */
export const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
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
  'e',
  'es',
  '&',
  "'s",
  '’s',
]);

/** Whether a token has a capital letter anywhere: the cheap test that admits it to a run. */
export function hasCapital(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 192 && /\p{Lu}/u.test(word[i]!)) return true;
  }
  return false;
}

export interface Run {
  /** Token range, end exclusive. */
  from: number;
  to: number;
}

/**
 * Maximal runs of capitalised tokens, with up to two connectors between two capitalised tokens.
 * `breaksBefore[i]` (a line break) always ends a run.
 */
export function candidateRuns(words: readonly string[], breaksBefore: readonly boolean[]): Run[] {
  const runs: Run[] = [];
  const n = words.length;
  let i = 0;
  while (i < n) {
    if (!hasCapital(words[i]!)) {
      i++;
      continue;
    }
    const from = i;
    let to = i + 1;
    while (to < n && !breaksBefore[to]) {
      if (hasCapital(words[to]!)) {
        to++;
        continue;
      }
      // Connectors count only when a capitalised token follows them within the run.
      let k = to;
      while (k < n && k - to < 2 && !breaksBefore[k] && CONNECTORS.has(words[k]!)) k++;
      if (k > to && k < n && !breaksBefore[k] && hasCapital(words[k]!)) to = k + 1;
      else break;
    }
    runs.push({ from, to });
    i = to;
  }
  return runs;
}
