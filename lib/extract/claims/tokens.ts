import type { Span } from '../../types';
import { startsUpper, startsWordChar } from '../initial';

/** A word or punctuation mark with its offsets in the article text. */
export interface Token extends Span {
  text: string;
  lower: string;
}

// Words keep inner apostrophes, hyphens and dots ("Trump’s", "al-Sadr", "U.S") so a name stays one token.
const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokens of `text` between `start` and `end`, offsets relative to the whole text. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  // One shared pattern (this loop calls nothing that could use it meanwhile); a new RegExp per sentence was a
  // compile and an allocation each time.
  const re = TOKEN;
  re.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

export const isWord = (t: Token | undefined): boolean => !!t && startsWordChar(t.text);
export const isCapitalized = (t: Token | undefined): boolean => !!t && startsUpper(t.text);
export const isQuoteMark = (t: Token | undefined): boolean => !!t && /^["“”‘’'«»]$/.test(t.text);
