import type { ClaimKind, Span } from '../../types';
import type { QuoteSpan } from './quotes';
import type { Token } from './tokens';

/** An attribution before text is attached: spans only. */
export interface Attribution {
  kind: ClaimKind;
  content: Span;
  speaker: Span | null;
  cue: Span | null;
  sentence: Span;
}

export const trimEnd = (text: string, start: number, end: number): number => {
  while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
  // The corpus leaves the full stop out of paraphrase but keeps it inside a closing quote.
  if (end > start && /[.!?]/.test(text[end - 1]!) && !/[.!?]/.test(text[end - 2] ?? '')) end--;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
};

export const quoteAt = (quotes: readonly QuoteSpan[], offset: number): QuoteSpan | undefined =>
  quotes.find((q) => q.start <= offset && offset < q.end);

/**
 * Content running from `start` to the sentence end, or further when it opens a longer quotation; it stops
 * before material that is not the statement (see `statementEnd`). `object` marks the object of a stance
 * verb ("criticized the plan during a rally"), which also stops at adjuncts of time and occasion.
 */
export function contentFrom(
  text: string,
  quotes: readonly QuoteSpan[],
  start: number,
  sentence: Span,
  object = false,
): Span {
  const q = quoteAt(quotes, start);
  const end = q && q.start === start && q.end > sentence.end ? q.end : sentence.end;
  // A quote's own commas do not count.
  const from = q && q.start === start ? q.end : start;
  return { start, end: trimEnd(text, start, statementEnd(text, quotes, from, end, object)) };
}

// ", adding that …", "; …", ", but offered no proof", "…, according to Reuters": another statement of the
// main subject or a comment on the source; a trailing participle clause ("…, raising fears of …") is the
// reporter's gloss on the event, not part of the statement (the attribution corpus leaves it out).
const NEXT_STATEMENT =
  /,\s+(?:adding|arguing|noting|saying|insisting|claiming|warning|explaining|citing|calling|referring|according to)\b|,\s+(?:[a-z]+ly\s+)?(?!including\b|according\b|during\b|nothing\b|something\b|everything\b|(?:th|br|st|sw|cl|fl|sl)ing\b)[a-z]{2,}ing\b|;\s|,\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?:[a-z]+ed|said|says|told|made|gave|took|went|did|does|offers|offered|declined|refused)\b|\s(?:and|but)\s+(?:(?:also|then|later|has|have|had|repeatedly|quickly|even|still)\s+)*(?:said|says|added|adds|warned|warns|noted|notes|suggested|asserted|argued|insisted|claimed|called|urged|told|tells|blamed|accused|stopped|declined|refused|vowed|pledged|promised)\b/g;

// After the object of a stance verb: "… during the debate", "… in a statement on Thursday", "… when he ran".
const OBJECT_ADJUNCT =
  /\s(?:during|when|while|after|before|until|since|because|so that)\s|\s(?:in|on|at)\s+(?:a|an|the|his|her|their|its|last|this)?\s*(?:statement|interview|speech|tweets?|letter|rally|ruling|debate|appearance|forum|event|news conference|press conference|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|Twitter|Facebook)\b|\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\b|\s(?:and|but)\s+(?:(?:also|then|later|has|have|had)\s+)*[a-z]+ed\b/g;

/** Where the statement starting before `from` ends, at most `end`: the first boundary outside a quote. */
function statementEnd(text: string, quotes: readonly QuoteSpan[], from: number, end: number, object: boolean): number {
  const slice = text.slice(from, end);
  for (const re of object ? [NEXT_STATEMENT, OBJECT_ADJUNCT] : [NEXT_STATEMENT]) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const at = from + m.index;
      if (quoteAt(quotes, at + 1) === undefined) {
        end = Math.min(end, at);
        break;
      }
    }
  }
  return end;
}

/** Content ending at the comma before an attribution tail: the sentence head, or the whole quotation. */
export function contentBefore(text: string, quotes: readonly QuoteSpan[], endTok: Token, sentence: Span): Span | null {
  let end = endTok.start;
  while (end > sentence.start && /[\s,—–]/.test(text[end - 1]!)) end--;
  // A quotation closing at the comma ("…,” he said" or "…”, he said" or "…,'' he said").
  const q = quotes.find((x) => x.start < end && x.end >= end - 1 && x.end <= endTok.end + 2);
  const start = q && q.start < sentence.start ? q.start : sentence.start;
  if (end - start < 8) return null;
  return { start, end: q && q.end > end ? q.end : trimEnd(text, start, end) };
}

/**
 * The paragraph after a line that ends in a colon ("The governor added:"), and the paragraphs after it that
 * continue one quotation: news leaves a quote open at a paragraph end and reopens it on the next one.
 * Null when the colon does not end a paragraph.
 */
export function blockAfter(text: string, quotes: readonly QuoteSpan[], from: number): Span | null {
  const lineEnd = text.indexOf('\n', from);
  if (lineEnd < 0 || text.slice(from, lineEnd).trim() !== '') return null;
  let start = lineEnd;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  if (start >= text.length) return null;
  let end = paragraphEnd(text, start);
  for (;;) {
    const open = quotes.find((q) => q.end === end && !q.closed);
    let next = end;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (!open || !/["“]/.test(text[next] ?? '')) break;
    end = paragraphEnd(text, next);
  }
  return { start, end: trimEnd(text, start, end) };
}

const paragraphEnd = (text: string, from: number): number => {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
};
