import type { Span } from '../../types';
import { contentBefore, contentFrom, trimEnd, type Attribution } from './content';
import type { QuoteSpan } from './quotes';
import { subjectAfter } from './speaker';
import { isWord, type Token } from './tokens';

// Attributions with a fixed phrase for a cue: "according to X" and the passive "it was reported that".

/** "according to X, …", "…, according to X" */
export function accordingTo(
  text: string,
  quotes: readonly QuoteSpan[],
  tokens: Token[],
  i: number,
  sentence: Span,
): Attribution | null {
  const cue = { start: tokens[i]!.start, end: tokens[i + 1]!.end };
  const before = tokens.slice(0, i).filter(isWord).length;
  const comma = tokens.findIndex((x, k) => k > i + 1 && x.text === ',');
  // Sentence-initial: the source is everything up to the comma ("According to a new report by Politico,").
  const speaker =
    before <= 1 && comma > i + 2 && comma - i < 18
      ? { from: i + 2, to: comma, start: tokens[i + 2]!.start, end: tokens[comma - 1]!.end }
      : subjectAfter(tokens, i + 1, 10);
  if (!speaker) return null;
  if (before <= 1) {
    const comma = tokens[speaker.to];
    if (comma?.text !== ',' || !tokens[speaker.to + 1]) return null;
    const content = contentFrom(text, quotes, tokens[speaker.to + 1]!.start, sentence);
    return { kind: 'reported', content, speaker, cue, sentence };
  }
  const content = contentBefore(text, quotes, tokens[i]!, sentence);
  if (!content) return null;
  // "A, according to X, B": the content is both halves.
  const rest =
    tokens[speaker.to]?.text === ',' && tokens[speaker.to + 2]
      ? trimEnd(text, content.start, sentence.end)
      : content.end;
  return {
    kind: 'reported',
    content: { start: content.start, end: Math.max(content.end, rest) },
    speaker,
    cue,
    sentence,
  };
}

const PASSIVE =
  /\b[Ii]t (?:is|was|has been|had been) (?:reported|alleged|claimed|said|announced|confirmed|understood|believed|rumou?red|expected|thought) (?=that\b)/g;

/** "it was reported that …": an attribution with no speaker. */
export function passiveAttributions(text: string, sentence: Span, quotes: readonly QuoteSpan[]): Attribution[] {
  const out: Attribution[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(PASSIVE)) {
    const cueStart = sentence.start + m.index + m[0].indexOf(' ', 3) + 1;
    const cue = { start: cueStart, end: sentence.start + m.index + m[0].length - 1 };
    const content = contentFrom(text, quotes, sentence.start + m.index + m[0].length, sentence);
    out.push({ kind: 'reported', content, speaker: null, cue, sentence });
  }
  return out;
}
