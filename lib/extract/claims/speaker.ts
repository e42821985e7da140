import type { Span } from '../../types';
import { AUX_BEFORE_CUE, DETERMINERS, NP_BREAKERS, RELATIVE_PRONOUNS } from './lexicon';
import { isCapitalized, isWord, type Token } from './tokens';

/** A noun phrase found next to a cue: its token range [from, to) and character span. */
export interface Phrase extends Span {
  from: number;
  to: number;
}

const ABBREV = /^(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|rev|st|jr|sr|prof|pres|[a-z])$/i;
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'am']);
const LINKERS = new Set(['of', 'for', 'at', 'from', 'in', '&']);

const phrase = (tokens: readonly Token[], from: number, to: number): Phrase => ({
  from,
  to,
  start: tokens[from]!.start,
  end: tokens[to - 1]!.end,
});

/** Index of the first token left of `cue` that is not an auxiliary or adverb ("has also said"). */
export function skipAuxLeft(tokens: readonly Token[], cue: number): number {
  const progressive = /ing$/.test(tokens[cue]?.lower ?? '');
  let j = cue - 1;
  while (j >= 0) {
    const t = tokens[j]!;
    if (t.text === ')') {
      // A party-state tag or aside: "Rep. Gwen Moore (D-Wis.) said".
      let k = j - 1;
      while (k >= 0 && j - k < 12 && tokens[k]!.text !== '(') k--;
      if (k < 0 || tokens[k]!.text !== '(') break;
      j = k - 1;
    } else if (
      AUX_BEFORE_CUE.has(t.lower) ||
      t.lower === 'not' ||
      (/^[a-z]+ly$/.test(t.text) && t.lower !== 'only') ||
      (progressive && BE.has(t.lower))
    )
      j--;
    else break;
  }
  return j;
}

// -ing words that are nouns even without a determiner ("Polling shows", "Nothing suggests").
const ING_NOUNS = new Set([
  'nothing',
  'something',
  'everything',
  'anything',
  'polling',
  'reporting',
  'morning',
  'king',
]);

/**
 * A speaker is a noun phrase, never a verb: in "…had ended, raising fears that …" the word left of the
 * cue-like "fears" is a participle. A lowercase -ing head counts as a noun only after a determiner or an
 * adjective inside the phrase ("the ruling", "a closed-door briefing").
 */
function isVerbHead(tokens: readonly Token[], from: number, last: number): boolean {
  const head = tokens[last]!;
  if (from === last && PARTICLES.has(head.lower)) return true; // "…, dialing back plans": "back"
  return isGerund(head) && from === last;
}

const isGerund = (t: Token): boolean => /^\p{Ll}[\p{Ll}-]{2,}ing$/u.test(t.text) && !ING_NOUNS.has(t.lower);
const PARTICLES = new Set(['back', 'up', 'out', 'off', 'down', 'away', 'over', 'around', 'aside', 'ahead']);

/** The apostrophe of "farmers’ union", attached to a plural in -s. */
const isPluralPossessive = (tokens: readonly Token[], j: number): boolean =>
  /^['’]$/.test(tokens[j]!.text) && tokens[j - 1]?.end === tokens[j]!.start && /s$/i.test(tokens[j - 1]!.text);

/** "group in Iraq", "officials in the capital": a place phrase inside a speaker, after a plain noun. */
function isPlaceLink(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  return (
    tokens[j]!.lower === 'in' &&
    prev !== undefined &&
    /^\p{Ll}+$/u.test(prev.text) &&
    !NP_BREAKERS.has(prev.lower) &&
    !DETERMINERS.has(prev.lower) &&
    !/(ed|ing|ly)$/.test(prev.lower) &&
    (isCapitalized(next) || next?.lower === 'the')
  );
}

/**
 * The noun phrase ending at token `last` (inclusive), read leftwards: names, nouns, titles with dots,
 * determiners, "of"/"for" links. A determiner closes the phrase unless a link word precedes it.
 */
export function phraseEndingAt(tokens: readonly Token[], last: number, limit = 10): Phrase | null {
  let j = last;
  let from = last + 1;
  while (j >= 0 && last - j < limit) {
    const t = tokens[j]!;
    if (t.text === '.' && j > 0 && ABBREV.test(tokens[j - 1]!.text)) {
      j--;
      continue;
    }
    if (!isWord(t) && t.text !== '&' && t.text !== '-' && !isPluralPossessive(tokens, j)) break;
    // "aside from saying he": a gerund inside the phrase is a verb unless a determiner precedes it.
    if (j < last && isGerund(t) && !DETERMINERS.has(tokens[j - 1]?.lower ?? '')) break;
    // "It said" (the company, the letter): "it" right before the cue is a subject.
    const subjectIt = t.lower === 'it' && j === last;
    if (NP_BREAKERS.has(t.lower) && !(isCapitalized(t) && j < last && j > 0) && !isPlaceLink(tokens, j) && !subjectIt)
      break;
    from = j;
    // "a senior member", "the two leaders": a determiner may follow another one.
    const left = tokens[j - 1]?.lower ?? '';
    if (DETERMINERS.has(t.lower) && !LINKERS.has(left) && !DETERMINERS.has(left)) break;
    if (RELATIVE_PRONOUNS.has(t.lower)) break;
    j--;
  }
  while (from <= last && LINKERS.has(tokens[from]!.lower)) from++;
  if (from > last) return null;
  // A lone lowercase word that is not a noun-like head ("however") is not a speaker.
  const head = tokens[last]!;
  if (!isWord(head) || isVerbHead(tokens, from, last)) return null;
  return phrase(tokens, from, last + 1);
}

/**
 * The speaker left of a cue: "Sources said", "Flynn, a top surrogate, said" → "Flynn" (the head name,
 * skipping an appositive or relative clause between commas), "who said" → "who".
 */
export function subjectBefore(tokens: readonly Token[], cue: number): Phrase | null {
  const j = skipAuxLeft(tokens, cue);
  if (j < 0) return null;
  const t = tokens[j]!;
  if (t.text === ',') {
    // "Jane Doe, 64, of Dayton, Ohio, who …, said": a name opening the sentence owns the appositives.
    const opening = openingName(tokens, j);
    if (opening) return opening;
    // Appositive: look for "Name , … ," with the name right before the earlier comma.
    for (let k = j - 1; k > 0 && j - k < 25; k--) {
      if (tokens[k]!.text !== ',') continue;
      const opener = tokens[k + 1];
      const before = tokens[k - 1]!;
      // "The state's chairman, Phil Lovas, said": the name is the part between the commas.
      const inner = tokens.slice(k + 1, j);
      if (inner.length > 0 && inner.length <= 5 && inner.every((x) => isCapitalized(x) || x.text === '.')) {
        return { from: k + 1, to: j, start: tokens[k + 1]!.start, end: tokens[j - 1]!.end };
      }
      if (opener && isCapitalized(before)) return phraseEndingAt(tokens, k - 1, 6);
      if (opener) return phraseEndingAt(tokens, k - 1, 8);
      return null;
    }
    return null;
  }
  if (!isWord(t)) return null;
  // "He’s claiming", "They’re saying": the subject is the pronoun before the clitic.
  const clitic = /^(he|she|it|they|we|who|that)['’](s|re)$/i.exec(t.text);
  if (clitic) return { from: j, to: j + 1, start: t.start, end: t.start + clitic[1]!.length };
  return phraseEndingAt(tokens, j);
}

/** A capitalized name opening the sentence and followed by a comma before token `limit`. */
function openingName(tokens: readonly Token[], limit: number): Phrase | null {
  let from = 0;
  while (tokens[from] && /^(and|but|so|yet)$/i.test(tokens[from]!.text)) from++;
  let to = from;
  while (to < limit && to - from < 6 && (isCapitalized(tokens[to]) || tokens[to]!.text === '.')) to++;
  if (to === from || tokens[to]?.text !== ',' || to >= limit || !isWord(tokens[from])) return null;
  if (NP_BREAKERS.has(tokens[from]!.lower) || OPENERS.has(tokens[from]!.lower)) return null;
  return phrase(tokens, from, to);
}

// Capitalized sentence openers that are not names: "In Ohio, …", "Meanwhile, …".
const OPENERS = new Set([
  'in',
  'on',
  'at',
  'for',
  'from',
  'after',
  'before',
  'during',
  'since',
  'meanwhile',
  'however',
  'still',
  'now',
  'today',
  'yesterday',
  'earlier',
  'later',
  'instead',
  'indeed',
  'also',
  'like',
  'unlike',
  'under',
  'with',
  'without',
  'as',
  'asked',
  'here',
  'there',
  'last',
  'this',
  'next',
]);

/** The speaker right of an inverted cue: "…,” said Jane Doe, the spokeswoman." → "Jane Doe". */
export function subjectAfter(tokens: readonly Token[], cue: number, limit = 8): Phrase | null {
  let to = cue + 1;
  while (to < tokens.length && to - cue <= limit) {
    const t = tokens[to]!;
    if (t.text === '.' && ABBREV.test(tokens[to - 1]?.text ?? '')) {
      to++;
      continue;
    }
    if (!isWord(t) || (NP_BREAKERS.has(t.lower) && !isCapitalized(t))) break;
    to++;
  }
  if (to === cue + 1) return null;
  return phrase(tokens, cue + 1, to);
}
