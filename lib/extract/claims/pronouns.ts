import type { Span } from '../../types';
import type { Attribution } from './attribution';

const PRONOUN = /^(he|she|him|her)$/i;
const RELATIVE = /^(who)$/i;
// A person-like name: two or more capitalised words, optionally after a title ("Sen. Jane Doe", "Mr. Clarke").
const NAME_BEFORE_WHO =
  /((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Rev)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+))*)(?:\s*\([^)]*\))?,?\s*$/u;
const IS_NAME =
  /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Rev)\.\s+\p{Lu}|\p{Lu}[\p{L}'’-]+\s+\p{Lu})|^\p{Lu}[\p{L}'’-]{2,}$/u;
const NOT_NAMES =
  /^(The|A|An|It|This|That|They|We|I|He|She|But|And|In|On|At|Democrats|Republicans|Officials|Sources)\b/;

const OTHER_NAME = /[\p{Ll},]\s+\p{Lu}\p{Ll}+/u;

/** How far back (in characters) a pronoun may look for its antecedent speaker. */
const WINDOW = 600;

/**
 * Resolve "he"/"she" speakers to the nearest preceding named speaker of a claim nearby, and "who" to the
 * name it follows ("Smith, who said …"). Only these easy cases: anything else keeps the pronoun span,
 * since a wrong name is worse than an honest "he".
 */
export function resolvePronounSpeakers(text: string, found: Attribution[]): Attribution[] {
  let lastNamed: Span | null = null;
  const ordered = [...found].sort(
    (a, b) => (a.speaker?.start ?? a.content.start) - (b.speaker?.start ?? b.content.start),
  );
  for (const a of ordered) {
    const sp = a.speaker;
    if (!sp) continue;
    const word = text.slice(sp.start, sp.end);
    if (RELATIVE.test(word)) {
      const m = NAME_BEFORE_WHO.exec(text.slice(Math.max(0, sp.start - 80), sp.start));
      if (m && !NOT_NAMES.test(m[1]!)) {
        const start = sp.start - (text.slice(Math.max(0, sp.start - 80), sp.start).length - m.index);
        a.speaker = { start, end: start + m[1]!.length };
      }
    } else if (PRONOUN.test(word)) {
      // Another name mid-sentence in between ("Trump … Clinton … she") makes the antecedent a guess.
      const between = lastNamed ? text.slice(lastNamed.end, sp.start) : '';
      if (lastNamed && sp.start - lastNamed.end < WINDOW && !OTHER_NAME.test(between)) a.speaker = lastNamed;
    } else if (IS_NAME.test(word) && !NOT_NAMES.test(word)) {
      lastNamed = sp;
    }
  }
  return found;
}
