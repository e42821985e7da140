import type { Span } from '../../types';
import { quoteAt, trimEnd, type Attribution } from './content';
import { isCueWord } from './cue-use';
import { PARTICIPLE_CUES } from './lexicon';
import type { QuoteSpan } from './quotes';
import { isWord, type Token } from './tokens';

// After "…, he said," these start an adjunct of the saying, not the rest of the content.
const NOT_CONTINUATION = new Set([
  'as',
  'while',
  'before',
  'after',
  'when',
  'in',
  'on',
  'at',
  'with',
  'without',
  'of',
  'to',
  'then',
  'though',
  'although',
]);

const APPOSITIVE_START = new Set(['a', 'an', 'the', 'who', 'whose', 'which', 'one', 'its', 'his', 'her', 'their']);

/**
 * "“A,” he said, “B.”" and "A, he said, B.": the content continues after the tail, so it spans both
 * halves. After an inverted tail ("said Smith, a professor …") what follows is the speaker's appositive.
 */
export function withRest(
  text: string,
  quotes: readonly QuoteSpan[],
  tokens: Token[],
  stop: number,
  a: Attribution,
  inverted = false,
): Attribution {
  const comma = tokens[stop];
  const next = tokens[stop + 1];
  if (!comma || comma.text !== ',' || !next) return a;
  let q = quoteAt(quotes, next.start);
  let opensQuote = q !== undefined && q.start === next.start;
  if (!opensQuote && a.kind === 'quote') {
    // "“A,” he said during a rally in Ohio, “but B.”": the quotation resumes after a short adjunct.
    q = resumedQuote(quotes, tokens, stop + 1, a.sentence);
    opensQuote = q !== undefined;
  }
  const clause =
    !inverted &&
    a.kind !== 'quote' &&
    isWord(next) &&
    !APPOSITIVE_START.has(next.lower) &&
    !NOT_CONTINUATION.has(next.lower) &&
    !/ing$/u.test(next.text);
  if (!opensQuote && !clause) return a;
  const end = opensQuote && q ? q.end : a.sentence.end;
  return {
    ...a,
    content: { start: a.content.start, end: trimEnd(text, a.content.start, Math.max(end, a.content.end)) },
  };
}

/** A quotation opening within a few words after `from` in the same sentence, with no other cue between. */
function resumedQuote(
  quotes: readonly QuoteSpan[],
  tokens: Token[],
  from: number,
  sentence: Span,
): QuoteSpan | undefined {
  for (let k = from; k < tokens.length && k - from <= 15; k++) {
    const t = tokens[k]!;
    if (isCueWord(t.lower) || PARTICIPLE_CUES.has(t.lower)) return undefined;
    const q = quoteAt(quotes, t.start);
    if (q && q.start === t.start && q.end <= sentence.end + 1 && q.end - q.start > 2) return q;
  }
  return undefined;
}
