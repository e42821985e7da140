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
 * A person span without its leading title words ("Mr Mugabe" → "Mugabe"); a span that is all title is
 * no name at all. Other types keep their words: "President's Council" is an organisation's name.
 */
export function withoutTitles(span: TagSpan, tokens: readonly Token[]): TagSpan | null {
  if (span.type !== 'PER') return span;
  let from = span.from;
  while (from < span.to && TITLES.has(bare(tokens[from]!.text))) from++;
  return from === span.to ? null : { ...span, from };
}
