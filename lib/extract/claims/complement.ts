import { ADDRESSEE_CUES, OCCASIONS, THAT_CUES, WEEKDAYS } from './lexicon';
import { isCapitalized, isQuoteMark, isWord, type Token } from './tokens';

const TIME_WORDS = new Set(['last', 'this', 'next', 'earlier', 'late', 'later', 'early', 'on', 'ago']);
// After these the cue is not reporting speech: "said to be", "told of", "says so", "thinks about".
const NOT_CONTENT = new Set([
  'to',
  'of',
  'about',
  'for',
  'so',
  'by',
  'as',
  'with',
  'nothing',
  'anything',
  'something',
  'yes',
  'no',
  'goodbye',
  'hello',
  'thanks',
  'out',
  'up',
  'off',
  'and',
  'or',
  'but',
  'what',
  '.',
  ')',
  'in',
  'at',
  'before',
  'after',
  'when',
  'while',
  'during',
  'since',
  'until',
  'because',
  'through',
  'last',
  'earlier',
]);

/** Skip "on Tuesday", "Thursday morning", "last week", "in a statement", "in an interview with CNN". */
function skipAdverbials(tokens: readonly Token[], i: number): number {
  for (;;) {
    const t = tokens[i];
    if (!t) return i;
    if (WEEKDAYS.has(t.lower)) {
      i++;
      continue;
    }
    if (TIME_WORDS.has(t.lower) && WEEKDAYS.has(tokens[i + 1]?.lower ?? '')) {
      i += 2;
      continue;
    }
    if (
      (t.lower === 'in' || t.lower === 'during' || t.lower === 'at' || t.lower === 'on' || t.lower === 'via') &&
      i + 1 < tokens.length
    ) {
      // A prepositional phrase naming the occasion or the medium ("on Twitter", "on CNN").
      let k = i + 1;
      while (
        k < tokens.length &&
        k - i <= 5 &&
        /^(a|an|the|his|her|their|its|recent|new|televised|joint|written|separate)$/i.test(tokens[k]!.text)
      )
        k++;
      let end = k;
      while (
        end < tokens.length &&
        end - k < 4 &&
        (OCCASIONS.has(tokens[end]!.lower) || (isCapitalized(tokens[end]) && isWord(tokens[end])))
      )
        end++;
      if (end === k) return i;
      // "in an interview with CNN", "at a rally in Ohio"
      if (/^(with|in|on|at)$/.test(tokens[end]?.lower ?? '') && isCapitalized(tokens[end + 1])) {
        end += 2;
        while (end < tokens.length && isCapitalized(tokens[end]) && isWord(tokens[end])) end++;
      }
      i = end;
      continue;
    }
    return i;
  }
}

/** Skip an addressee: "told reporters", "told The National", "told a crowd in Ohio". */
function skipAddressee(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < 7) {
    const t = tokens[k]!;
    if (!isWord(t) || t.lower === 'that' || WEEKDAYS.has(t.lower)) break;
    if (k > i && /^(on|in|at|during|last|this|earlier)$/.test(t.lower)) break;
    k++;
    // A lowercase plural ends a generic addressee: "told reporters the …".
    if (
      /^\p{Ll}/u.test(t.text) &&
      !/^(the|a|an|his|her|their|fellow|local|foreign|visiting)$/.test(t.lower) &&
      !isCapitalized(tokens[k])
    )
      break;
  }
  return k;
}

/**
 * "said at a stop in Toledo, Ohio, that …", "says of Clinton, “…”", "told his radio audience of Monday, “…”":
 * a phrase the adverbial rules do not know, then "that" or a quotation. Returns where the content starts,
 * or -1. The phrase must open with a preposition or a determiner and hold no other cue or clause break.
 */
function pastAdjunct(tokens: readonly Token[], i: number): number {
  if (
    !/^(at|in|on|of|to|during|before|after|from|via|with|for|his|her|their|its|the|a|an|,)$/.test(
      tokens[i]?.lower ?? '',
    )
  )
    return -1;
  for (let k = i + 1; k < tokens.length && k - i <= 12; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' && tokens[k - 1]?.text === ',') return k;
    if ((t.text === ',' || t.text === ':') && isQuoteMark(tokens[k + 1])) return k + 1;
    if (t.text === '.' || t.text === ';' || isQuoteMark(t)) return -1;
  }
  return -1;
}

/**
 * Where the reported content starts after a cue at token `cue`, or -1 when the cue takes no clause.
 * `bareOk` lets cues such as "found"/"shows" take a bare clause, for subjects that are studies or polls.
 * "that" is kept in the content (the corpus convention); a colon or comma before a quote is dropped.
 */
export function contentStartAfterCue(tokens: readonly Token[], cue: number, opts: { bareOk?: boolean } = {}): number {
  const cueWord = tokens[cue]!.lower;
  let i = cue + 1;
  if (cueWord === 'pointed' && tokens[i]?.lower === 'out') i++;
  if (ADDRESSEE_CUES.has(cueWord)) {
    if (/^(of|about|apart)$/.test(tokens[i]?.lower ?? '')) return -1; // "tell of", "told about": no statement
    const after = skipAddressee(tokens, i);
    if (after === i && cueWord !== 'warned' && cueWord !== 'urged') return -1;
    i = after;
  } else if (tokens[i]?.lower === 'to' && isCapitalized(tokens[i + 1])) {
    // "confirmed to The National", "said to reporters" (but not "said to be").
    i = skipAddressee(tokens, i + 1);
  }
  i = skipAdverbials(tokens, i);
  // "told them to leave", "urged voters to stay home": the directive is what was said.
  if (ADDRESSEE_CUES.has(cueWord) && tokens[i]?.lower === 'to') return i;
  const t = tokens[i];
  if (!t) return -1;
  if (t.lower === 'that') return i;
  if (t.text === ':' || t.text === ',' || t.text === '—' || t.text === '–') {
    const next = tokens[i + 1];
    if (!next) return -1;
    if (t.text === ',' && !isQuoteMark(next)) return pastAdjunct(tokens, i);
    return i + 1;
  }
  if (isQuoteMark(t)) return i;
  const past = pastAdjunct(tokens, i);
  if (past >= 0) return past;
  // A nominative pronoun cannot be an object, so "noted they were …" is a clause; so are wh-clauses.
  if (/^(he|she|they|we|i|whether|why|how|if)$/.test(t.lower)) return i;
  if (THAT_CUES.has(cueWord) && !opts.bareOk) return -1;
  if (NOT_CONTENT.has(t.lower) || !isWord(t)) return -1;
  return i;
}
