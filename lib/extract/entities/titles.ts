import { countryByDemonym } from './gazetteer';
import { normalizeName } from './normalize';
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

/**
 * Whether token `k` is a title word, counting a demonym that opens a title ("German Chancellor", "French
 * President"): it says whose title, and is no more part of the name than the title is.
 */
function isTitleAt(tokens: readonly Token[], k: number, to: number): boolean {
  if (TITLES.has(bare(tokens[k]!.text))) return true;
  return k + 1 < to && TITLES.has(bare(tokens[k + 1]!.text)) && countryByDemonym.has(normalizeName(tokens[k]!.text));
}

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
  while (from < span.to && isTitleAt(tokens, from, span.to)) from++;
  return from === span.to ? null : { from, to: span.to, type: 'PER' };
}

/**
 * Spans of any type that are only title words right before a person ("[District] Attorney [Frank
 * Clark]"): the tagger's reading of a title as a place or an organisation. Dropped.
 */
export function withoutTitleSpans(spans: readonly TagSpan[], tokens: readonly Token[]): TagSpan[] {
  return spans.filter((s, n) => {
    if (s.type === 'PER') return true;
    const next = spans[n + 1];
    if (!next || next.type !== 'PER') return true;
    for (let k = s.from; k < next.from; k++) if (!isTitleAt(tokens, k, next.from)) return true;
    return false;
  });
}
