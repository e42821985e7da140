import type { TagSpan } from './tagger';
import type { Token } from './tokenize';

/**
 * Words of a title before a name ("President", "Mr", "District Attorney"). Titles are not part of a
 * person's name (CoNLL's convention), and merge keys ignore them ("President Joe Biden" is "Joe Biden").
 */
export const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'president',
  'prime',
  'minister',
  'chancellor',
  'senator',
  'sen',
  'rep',
  'gov',
  'governor',
  'gen',
  'general',
  'col',
  'lt',
  'capt',
  'sgt',
  'adm',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'sheikh',
  'judge',
  'justice',
  'secretary',
  'ambassador',
  'mayor',
  'rev',
  'vice',
  'chief',
  'commander',
  'lord',
  'lady',
  'emir',
  'crown',
  'ayatollah',
  'cardinal',
  'district',
  'attorney',
  'deputy',
  'foreign',
  'defense',
  'defence',
  'commissioner',
  'superintendent',
  'inspector',
  'detective',
  'spokesman',
  'spokeswoman',
  'chairman',
  'chairwoman',
]);

const bare = (w: string): string => w.toLowerCase().replace(/\.$/, '');

/** Honorifics: only people carry them, so "Mr Mugabe" is a person whatever the tagger said. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'prof', 'rev']);

/**
 * A person span without its leading title words ("President Joe Biden" → "Joe Biden"); a span of any
 * type that starts with an honorific is a person without it ("Mr Mugabe" → "Mugabe"); a span that is
 * all title is no name at all. Other types keep their words: "President's Council" is an organisation.
 */
export function withoutTitles(span: TagSpan, tokens: readonly Token[]): TagSpan | null {
  const honorific = HONORIFICS.has(bare(tokens[span.from]!.text));
  if (span.type !== 'PER' && !honorific) return span;
  let from = span.from;
  while (from < span.to && TITLES.has(bare(tokens[from]!.text))) from++;
  return from === span.to ? null : { from, to: span.to, type: 'PER' };
}

/**
 * Spans of any type that are only title words right before a person ("[District] Attorney [Frank
 * Clark]"): the tagger's reading of a title as a place or an organisation. Dropped.
 */
export function withoutTitleSpans(spans: readonly TagSpan[], tokens: readonly Token[]): TagSpan[] {
  const isTitle = (k: number): boolean => TITLES.has(bare(tokens[k]!.text));
  return spans.filter((s, n) => {
    if (s.type === 'PER') return true;
    for (let k = s.from; k < s.to; k++) if (!isTitle(k)) return true;
    const next = spans[n + 1];
    if (!next || next.type !== 'PER') return true;
    for (let k = s.to; k < next.from; k++) if (!isTitle(k)) return true;
    return false;
  });
}
