import type { TextPositionSelector, TextQuoteSelector } from '../types';

/** How much context a quote selector keeps on each side (Hypothesis keeps 32 too). */
export const CONTEXT_CHARS = 32;

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * The W3C selectors of `[start, end)` in the text model's text, trimmed of surrounding spaces (a selection
 * dragged past a word usually takes the space with it). Null when nothing but spaces is selected.
 */
export function describeRange(text: string, start: number, end: number): Selectors | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && text[s] === ' ') s++;
  while (e > s && text[e - 1] === ' ') e--;
  if (s === e) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT_CHARS), s),
      suffix: text.slice(e, e + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}
