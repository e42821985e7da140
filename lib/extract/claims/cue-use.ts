import { ATTITUDE_CUES, BARE_CUES, DETERMINERS, STANCE_CUES } from './lexicon';
import type { Phrase } from './speaker';
import { isCapitalized, isQuoteMark, isWord, type Token } from './tokens';

// Is a cue-like word used as a cue here? Nouns ("his tweets"), naming ("a creek called …"), progressives
// ("is calling") and headline capitals are told apart from speech verbs by the words around them.

// Third-person forms that are as often plural nouns: "many of their calls", "unveil plans".
export const AMBIGUOUS_S = new Set([
  'calls',
  'attacks',
  'claims',
  'plans',
  'shows',
  'offers',
  'reports',
  'notes',
  'charges',
  'demands',
  'backs',
  'states',
  'wants',
  'hopes',
  'fears',
  'finds',
  'supports',
  'promises',
  'pledges',
  'vows',
  'warns',
  'urges',
  'cites',
  'blames',
  'praises',
  'tweets',
  'estimates',
  'suggests',
  'questions',
]);

/**
 * Does the phrase before a cue-like word make it a noun? "his early-morning tweets", "no immediate plans",
 * "an hourlong show": a possessive or quantifier opens a noun phrase that the word ends, and a bare
 * verb form cannot agree with a subject that opens with "a"/"an".
 */
export function isNounUse(tokens: readonly Token[], subject: Phrase, cue: number): boolean {
  const word = tokens[cue]!.lower;
  const first = tokens[subject.from]!.lower;
  if (subject.to !== cue) return false;
  if (AMBIGUOUS_S.has(word) && /^(his|her|its|their|our|my|your|no|some|several|few|these|those)$/.test(first))
    return true;
  // "a New York Times report that …" is still an attribution, by a noun.
  const after = tokens[cue + 2]?.lower ?? '';
  if (
    tokens[cue + 1]?.lower === 'that' &&
    !/^(is|was|were|are|has|have|had|will|would|can|could|[a-z]+ed)$/.test(after)
  )
    return false;
  return /^(a|an)$/.test(first) && !/(s|ed)$/.test(word) && !IRREGULAR_PAST.has(word);
}

/** "a stream called Miracle Run", "the group, called Save Our Parks, …": naming, not a statement. */
export function isNaming(tokens: readonly Token[], cue: number): boolean {
  if (!/^(called|named|dubbed)$/.test(tokens[cue]!.lower) || !isCapitalized(tokens[cue + 1])) return false;
  const prev = tokens[cue - 1];
  if (prev?.text === ',') return true;
  // An indefinite noun phrase right before: "a … stream called X".
  for (let k = cue - 1; k >= 0 && cue - k <= 4; k--) {
    const t = tokens[k]!;
    if (/^(a|an)$/.test(t.lower)) return true;
    if (!isWord(t) || isCapitalized(t)) return false;
  }
  return false;
}

const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'thought', 'knew', 'found', 'sought', 'shown']);

/** A word before which a cue-like word is a noun: a determiner or a verb that takes plans/calls as object. */
export const nounContext = (t: Token | undefined): boolean =>
  !!t &&
  (DETERMINERS.has(t.lower) ||
    /^(made|make|makes|making|unveil|unveiled|announce|announced|new|medical|such|these|those|of|for|with|about|to|and|or)$/.test(
      t.lower,
    ));

// Words before a participle cue that make it an attribution: "…, saying", "by accusing", "while insisting".
export const PARTICIPLE_LEADS = new Set([
  'by',
  'and',
  'while',
  'after',
  'before',
  'for',
  'from',
  'without',
  'when',
  '—',
  '–',
  'also',
  'even',
]);

/** "is calling", "has been saying", "’s claiming": a finite verb whose subject precedes the auxiliary. */
export function isProgressive(tokens: readonly Token[], cue: number): boolean {
  let j = cue - 1;
  while (j >= 0 && (/ly$/.test(tokens[j]!.lower) || /^(also|now|again|still|not|once|even)$/.test(tokens[j]!.lower)))
    j--;
  return /^(is|are|was|were|been|be|am)$|^(he|she|it|they|we|who|that)['’](s|re)$/.test(tokens[j]?.lower ?? '');
}

/** Is the content an object ("criticized the plan") rather than a clause ("said that …", "said it would")? */
export const isObject = (tokens: readonly Token[], cue: number, start: number): boolean =>
  !/^(say|says|said|tell|tells|told|add|adds|added|write|writes|wrote)$/.test(tokens[cue]!.lower) &&
  !/^(that|he|she|they|we|i|it)$/.test(tokens[start]?.lower ?? '') &&
  !isQuoteMark(tokens[start]);

export const isCueWord = (w: string): boolean => BARE_CUES.has(w) || STANCE_CUES.has(w) || ATTITUDE_CUES.has(w);

/** In a title-case headline ("Obama Says Museum Will Open", "…, Senator Says") cue words are capitalized. */
export function lowerHeadlineCues(tokens: Token[]): Token[] {
  const words = tokens.filter((t) => isWord(t) && t.text.length > 3);
  if (words.length < 4 || words.filter((t) => isCapitalized(t)).length < 0.8 * words.length) return tokens;
  return tokens.map((t, k) => (k > 0 && isCueWord(t.lower) && isCapitalized(t) ? { ...t, text: t.lower } : t));
}
