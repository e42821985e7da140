import type { Span } from '../../types';

/** A quotation: `start`/`end` include the marks; `closed` is false when it ran to the paragraph end. */
export interface QuoteSpan extends Span {
  closed: boolean;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '‘': '’', '„': '“' };

/** A ’ or ' between letters ("don’t") or after an s-plural ("voters’ ") is an apostrophe, not a quote. */
function isApostrophe(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  if (/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) return true;
  if (/s/i.test(before) && /\s/.test(after) && !/[.,!?]/.test(text[i - 2] ?? '')) {
    // "voters’ anger" vs "‘they lost’": only an apostrophe if no single opening quote is pending.
    return true;
  }
  // "’90s", "’em": elision before a word with no space.
  return /[\s(]/.test(before) && /\d/.test(after);
}

const opensHere = (text: string, i: number): boolean =>
  i === 0 || /[\s([\-—–:]/.test(text[i - 1]!) || /["“‘«]/.test(text[i - 1]!);

/**
 * Pair quotation marks paragraph by paragraph. Curly and guillemet pairs nest-free; straight double quotes
 * alternate; single quotes only count when they open at a word start and close where no letter follows.
 * An unclosed opener runs to the paragraph end, the news convention for multi-paragraph quotes.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const paragraphs = /[^\n]+/g;
  for (let p = paragraphs.exec(text); p; p = paragraphs.exec(text)) {
    const pStart = p.index;
    const pEnd = p.index + p[0].length;
    let i = pStart;
    while (i < pEnd) {
      const ch = text[i]!;
      let close = -1;
      if (ch === "'" && text[i + 1] === "'" && opensHere(text, i)) {
        // Typewriter doubled singles (''…''), the old wire-service convention.
        close = text.indexOf("''", i + 2);
        if (close >= 0) close += 1;
      } else if (ch === '"' && opensHere(text, i)) {
        close = text.indexOf('"', i + 1);
      } else if (ch === '“' || ch === '«' || ch === '„') {
        close = text.indexOf(PAIRS[ch]!, i + 1);
        if (ch === '“' && (close < 0 || close >= pEnd)) {
          // Some sites close with a straight quote or a second opener.
          const alt = text.slice(i + 1, pEnd).search(/["“]/);
          close = alt >= 0 ? i + 1 + alt : -1;
        }
      } else if ((ch === '‘' || ch === "'") && opensHere(text, i) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) {
        for (let j = i + 1; j < pEnd; j++) {
          const c = text[j]!;
          if ((c === '’' || c === "'") && !isApostrophe(text, j) && !/[\p{L}\p{N}]/u.test(text[j + 1] ?? ' ')) {
            close = j;
            break;
          }
        }
        if (close < 0) {
          i++;
          continue;
        }
      } else {
        i++;
        continue;
      }
      if (close < 0 || close >= pEnd) {
        if (ch === '“' || ch === '«' || ch === '"') out.push({ start: i, end: pEnd, closed: false });
        break;
      }
      out.push({ start: i, end: close + 1, closed: true });
      i = close + 1;
    }
  }
  return out;
}

/** Number of words inside a quote, to tell speech from scare quotes ("so-called “experts”"). */
export function quoteWordCount(text: string, q: Span): number {
  return (text.slice(q.start, q.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
