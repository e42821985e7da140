import type { Tense } from './types';

/**
 * A light tense guess for the clause around a date: the nearest tense cue wins. News is told in the
 * past, so the caller treats "no cue" as past for days and months; this only has to spot the future.
 */
const FUTURE =
  /^(will|won't|'ll|shall|would|going|plans?|scheduled|expected|expects?|due|upcoming|next|tomorrow|coming|intends?|hopes?|aims?|soon|by|payable|effective)$/i;
const PAST =
  /^(said|says|was|were|had|did|told|ago|last|earlier|yesterday|since|reported|announced|according|killed|died|began|came|went|took|made|held|met|gave|won|lost|fell|rose|\w{3,}ed)$/i;
const WINDOW = 100;
/** After the date, attribution ("…, police said") dates the report, not the event. */
const ATTRIBUTION = /^(said|says|told|according|reported|added|announced)$/i;

export function guessTense(text: string, start: number, end: number): Tense | null {
  const from = clauseStart(text, start, Math.max(0, start - WINDOW));
  const to = clauseEnd(text, end, Math.min(text.length, end + WINDOW));
  let best: { tense: Tense; distance: number } | null = null;
  const consider = (word: string, distance: number): void => {
    const tense: Tense | null = FUTURE.test(word) ? 'future' : PAST.test(word) ? 'past' : null;
    if (tense && (!best || distance < best.distance)) best = { tense, distance };
  };
  for (const m of text.slice(from, start).matchAll(/[\w']+/g)) {
    consider(m[0], start - (from + m.index + m[0].length));
  }
  for (const m of text.slice(end, to).matchAll(/[\w']+/g)) {
    if (ATTRIBUTION.test(m[0])) continue;
    // Words after the date weigh a little less: "on Tuesday" usually follows its verb.
    consider(m[0], m.index + 5);
  }
  return (best as { tense: Tense } | null)?.tense ?? null;
}

function clauseStart(text: string, start: number, limit: number): number {
  for (let i = start - 1; i >= limit; i--) if (/[.;!?\n]/.test(text[i]!)) return i + 1;
  return limit;
}

function clauseEnd(text: string, end: number, limit: number): number {
  for (let i = end; i < limit; i++) if (/[.;!?\n]/.test(text[i]!)) return i;
  return limit;
}
