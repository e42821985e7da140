import { DETERMINERS, NP_BREAKERS } from './lexicon';
import { skipAuxLeft, type Phrase } from './speaker';
import { isQuoteMark, isWord, type Token } from './tokens';

// The subject of a whole clause, for cues whose own subject is not next to them: participles
// ("…, saying that …"), second verb phrases ("… and said …") and long appositives.

/** The subject at the start of a sentence, after a fronted adverbial ("On Tuesday, the mayor …"). */
export function sentenceSubject(tokens: readonly Token[], limit: number): Phrase | null {
  let from = 0;
  while (from < limit && (LEADING_CONNECTIVES.has(tokens[from]!.lower) || isQuoteMark(tokens[from]))) from++;
  if (from > 0 && tokens[from]?.text === ',') from++;
  const comma = tokens.findIndex((x, k) => k >= from && k < from + 6 && x.text === ',');
  if (opensWithAdverbial(tokens)) {
    // "Though she called …" with no comma in sight: the subject is inside the fronted clause.
    if (comma < 0 || comma >= limit) return null;
    from = comma + 1;
  }
  let to = from;
  while (to < limit && to - from < 8) {
    const x = tokens[to]!;
    if (x.text === '.' && to > from) {
      to++;
      continue;
    }
    const afterDeterminer =
      DETERMINERS.has(tokens[from]!.lower) && to - from <= 3 && !NP_BREAKERS.has(x.lower) && !/(ed|s)$/.test(x.lower);
    if (
      !isWord(x) ||
      (!/^\p{Lu}/u.test(x.text) &&
        !/^(the|a|an|of)$/.test(x.lower) &&
        !/['’]s$/.test(tokens[to - 1]?.text ?? '') &&
        tokens[to - 1]?.lower !== 'of' &&
        !afterDeterminer)
    )
      break;
    to++;
  }
  if (to === from || (!/^\p{Lu}/u.test(tokens[to - 1]!.text) && !/\p{Ll}/u.test(tokens[to - 1]!.text))) return null;
  return { from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

/**
 * The subject of a cue that has none next to it: "Cruz booed the plan and said …", "Jane Doe, 59, of
 * Springfield, who watched from the lawn, said …". It is the sentence's own subject, when one opens it.
 */
export function distantSubject(tokens: readonly Token[], cue: number): Phrase | null {
  const j = skipAuxLeft(tokens, cue);
  const joint = tokens[j];
  if (!joint || !/^(and|but|,|—|--|–)$/.test(joint.lower)) return null;
  const s = sentenceSubject(tokens, j);
  if (!s || s.to >= j) return null;
  // After a comma or dash the subject must open an appositive ("Jane Doe, 59, …, said"), else the comma
  // may end a quotation or a clause ("…, said Jane Doe").
  return joint.lower === 'and' || joint.lower === 'but' || tokens[s.to]?.text === joint.text ? s : null;
}

// Words that open a sentence before its subject: "But the mayor said …", "However, officials …".
const LEADING_CONNECTIVES = new Set([
  'and',
  'but',
  'so',
  'yet',
  'however',
  'still',
  'even',
  'also',
  'meanwhile',
  'now',
]);

const FRONTED = new Set([
  'when',
  'because',
  'unless',
  'like',
  'earlier',
  'later',
  'then',
  'during',
  'for',
  'in',
  'on',
  'at',
  'after',
  'when',
  'while',
  'since',
  'before',
  'although',
  'though',
  'if',
  'as',
  'too',
  'back',
  'over',
  'from',
  'with',
  'without',
  'until',
  'once',
  'by',
]);

/** Does the sentence open with a fronted adverbial ("But during the campaign, …")? */
export const opensWithAdverbial = (tokens: readonly Token[]): boolean => {
  const first = tokens.find((x) => isWord(x) && !/^(and|but|so|yet)$/i.test(x.text));
  return first !== undefined && (FRONTED.has(first.lower) || /^\p{Lu}\p{Ll}+ing$/u.test(first.text));
};
