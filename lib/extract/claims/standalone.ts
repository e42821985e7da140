import type { Span } from '../../types';
import type { Attribution } from './attribution';
import { quoteWordCount, type QuoteSpan } from './quotes';

const MIN_WORDS = 4;

/**
 * Quotations no cue claimed: a quote that continues a quoted speaker in the next sentence ("“A,” he said.
 * “B.”") joins that claim, as the corpus's discontinuous contents do; a quote that stands as its own
 * sentence right after an attributed one is given that speaker. Quotes inside narrative with no cue
 * (scare quotes, titles) are left alone.
 */
export function attachQuotes(
  text: string,
  sentences: readonly Span[],
  quotes: readonly QuoteSpan[],
  found: Attribution[],
): Attribution[] {
  const out = [...found].sort((a, b) => a.content.start - b.content.start);
  for (const q of quotes) {
    if (quoteWordCount(text, q) < MIN_WORDS) continue;
    if (out.some((a) => a.content.start < q.end && q.start < a.content.end)) continue;
    const signed = dashSignature(text, q);
    if (signed) {
      out.push({
        kind: 'quote',
        content: { start: q.start, end: q.end },
        speaker: signed.speaker,
        cue: signed.cue,
        sentence: { start: q.start, end: signed.speaker.end },
      });
      out.sort((a, b) => a.content.start - b.content.start);
      continue;
    }
    const sIdx = sentences.findIndex((s) => s.start <= q.start && q.start < s.end);
    const sentence = sentences[sIdx];
    if (!sentence || text.slice(sentence.start, q.start).trim() !== '') continue;
    const prevSentence = sentences[sIdx - 1];
    const prev = [...out].reverse().find((a) => a.content.end <= q.start);
    if (!prev || !prevSentence || prev.sentence.end < prevSentence.start) continue;
    const near = prev.sentence.start >= prevSentence.start || prev.content.end >= prevSentence.start;
    if (!near) continue;
    const tailAfterContent = prev.cue !== null && prev.cue.start >= prev.content.end;
    // One content span cannot skip the tail, so join only when the tail is short next to the quotes.
    const gap = q.start - prev.content.end;
    const short = gap <= 0.9 * (prev.content.end - prev.content.start + q.end - q.start);
    if (prev.kind === 'quote' && tailAfterContent && short && !text.slice(prev.content.end, q.start).includes('\n')) {
      prev.content = { start: prev.content.start, end: q.end };
      continue;
    }
    const claim: Attribution = {
      kind: 'quote',
      content: { start: q.start, end: q.end },
      speaker: prev.speaker,
      cue: null,
      sentence,
    };
    out.push(claim);
    out.sort((a, b) => a.content.start - b.content.start);
  }
  return out;
}

const SIGNATURE = /^\s*([―—–]|--)\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})/u;

/** A quote signed with a dash: "“We are ashamed.” ― Jane Doe", the vox-pop layout. */
function dashSignature(text: string, q: Span): { speaker: Span; cue: Span } | null {
  const m = SIGNATURE.exec(text.slice(q.end, q.end + 80));
  if (!m) return null;
  const cueStart = q.end + m[0].indexOf(m[1]!);
  const nameStart = q.end + m[0].length - m[2]!.length;
  return {
    cue: { start: cueStart, end: cueStart + m[1]!.length },
    speaker: { start: nameStart, end: q.end + m[0].length },
  };
}
