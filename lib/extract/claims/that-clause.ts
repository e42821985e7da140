import type { Span } from '../../types';
import { contentFrom, type Attribution } from './content';
import { BARE_CUES, DETERMINERS } from './lexicon';
import type { QuoteSpan } from './quotes';
import { subjectBefore } from './speaker';
import type { Token } from './tokens';

// Verbs that take a "that" clause without reporting anyone's view ("means that", "ensures that").
const NOT_REPORTING = new Set([
  'means',
  'meant',
  'ensures',
  'ensured',
  'is',
  'was',
  'has',
  'does',
  'seems',
  'appears',
  'happens',
  'happened',
  'given',
  'assumes',
  'requires',
  'required',
  'demands',
  'provided',
  'provides',
  'so',
  'such',
  'now',
  'except',
  'plus',
  'was',
  'proves',
  'suggests',
]);
const COGNITION = new Set([
  'know',
  'think',
  'feel',
  'believe',
  'hope',
  'fear',
  'expect',
  'agree',
  'argue',
  'worry',
  'understand',
  'doubt',
  'insist',
  'predict',
  'recognize',
  'realize',
  'conclude',
  'acknowledge',
  'admit',
  'contend',
  'assert',
  'say',
  'warn',
]);

// A relative clause starts with a verb ("the mines that were closed"); a complement clause with a subject.
const RELATIVE_VERB =
  /^(is|was|were|are|has|have|had|will|would|could|can|may|might|should|must|did|does|do|[a-z]+ed)$/;

// Nouns whose "that" clause is someone's statement or belief: "his claim that …", "reports that …".
const NOUN_CUES = new Set([
  'claim',
  'claims',
  'assertion',
  'allegation',
  'allegations',
  'argument',
  'belief',
  'view',
  'suggestion',
  'warning',
  'statement',
  'insistence',
  'contention',
  'accusation',
  'accusations',
  'charge',
  'charges',
  'reports',
  'rumors',
  'rumours',
  'fears',
  'notion',
  'promise',
  'pledge',
  'prediction',
  'admission',
  'announcement',
  'conclusion',
  'finding',
  'findings',
  'message',
  'argued',
]);

/** "Trump's claim that …": the content is the clause, the speaker the possessor when there is one. */
function nounComplement(
  text: string,
  quotes: readonly QuoteSpan[],
  tokens: Token[],
  i: number,
  sentence: Span,
): Attribution | null {
  const noun = tokens[i - 1]!;
  const next = tokens[i + 1];
  if (!next || RELATIVE_VERB.test(next.lower)) return null;
  const owner = tokens[i - 2];
  let speaker: Span | null = null;
  if (owner && /^(his|her|their|its)$/.test(owner.lower)) speaker = { start: owner.start, end: owner.end };
  else if (owner && /['’]s$/.test(owner.text) && /^\p{Lu}/u.test(owner.text))
    speaker = { start: owner.start, end: owner.end - 2 };
  const content = contentFrom(text, quotes, tokens[i]!.start, sentence);
  if (content.end - content.start < 12) return null;
  return { kind: 'reported', content, speaker, cue: { start: noun.start, end: noun.end }, sentence };
}

/** "Analysts expect that …", "The poll indicated that …": any verb with a subject and a that-clause. */
export function thatComplement(
  text: string,
  quotes: readonly QuoteSpan[],
  tokens: Token[],
  i: number,
  sentence: Span,
): Attribution | null {
  const verb = tokens[i - 1]!;
  if (NOUN_CUES.has(verb.lower)) return nounComplement(text, quotes, tokens, i, sentence);
  if (BARE_CUES.has(verb.lower) || NOT_REPORTING.has(verb.lower) || !/^\p{Ll}/u.test(verb.text)) return null;
  // A bare plural before "that" is more often a noun ("tactics that"), so -s forms need a name or pronoun subject.
  const before = tokens[i - 2];
  const namedSubject = before !== undefined && (/^\p{Lu}/u.test(before.text) || /^(he|she|it|who)$/.test(before.lower));
  if (!COGNITION.has(verb.lower) && !/[a-z]ed$/.test(verb.lower) && !(namedSubject && /[a-z]s$/.test(verb.lower)))
    return null;
  if (/(ss|us|is|ness|ment|tion|sion)$/.test(verb.lower)) return null; // nouns: "the claims that" passes below
  const next = tokens[i + 1];
  if (!next || RELATIVE_VERB.test(next.lower)) return null;
  const subject = subjectBefore(tokens, i - 1);
  if (!subject) return null;
  const head = tokens[subject.to - 1]!;
  if (DETERMINERS.has(head.lower) || subject.to !== i - 1) return null;
  const content = contentFrom(text, quotes, tokens[i]!.start, sentence);
  if (content.end - content.start < 12) return null;
  return {
    kind: 'reported',
    content,
    speaker: { start: subject.start, end: subject.end },
    cue: { start: verb.start, end: verb.end },
    sentence,
  };
}
