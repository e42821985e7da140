import { countryByAlias, countryByDemonym, matchGazetteer } from './gazetteer';
import { normalizeName } from './normalize';
import { taggerWeights } from './model';
import { inLexicon } from './lexicon';
import { propagateCompanies, propagateNames } from './names';
import { withoutTitleSpans, withoutTitles } from './titles';
import { opensSentence } from './features';
import { labelsToSpans, tagWords } from './tagger';
import { tokenize, type Token } from './tokenize';
import { startsUpper } from '../initial';

export type SpanType = 'PER' | 'ORG' | 'LOC';

/** A typed character span, before merge keys are assigned. */
export interface RawMention {
  start: number;
  end: number;
  type: SpanType;
}

/** Tagger spans over `text`, with exact offsets; a line break always starts a new sentence. */
export function taggedMentions(text: string, tokens: readonly Token[]): RawMention[] {
  if (tokens.length === 0) return [];
  const words = tokens.map((t) => t.text);
  const breaks = tokens.map((t, i) => {
    if (i === 0) return true;
    for (let k = tokens[i - 1]!.end; k < t.start; k++) if (text.charCodeAt(k) === 10) return true;
    return false;
  });
  const tags = tagWords(words, breaks, taggerWeights());
  const spans = withoutTitleSpans(labelsToSpans(tags), tokens).flatMap((s) => {
    const t = withoutTitles(s, tokens);
    // A sentence-initial "The" is the sentence's ("The White House said"), unless the name is one word
    // after it ("The Hague", "The National"); mid-sentence, a capital "The" is the name's own.
    return t && t.to - t.from > 2 && tokens[t.from]!.text === 'The' && opensSentence(words, breaks, t.from)
      ? { ...t, from: t.from + 1 }
      : (t ?? []);
  });
  const out: RawMention[] = [];
  for (const s of propagateCompanies(propagateNames(spans, tokens), tokens, isPlace)) {
    const start = tokens[s.from]!.start;
    const end = tokens[s.to - 1]!.end;
    const n = normalizeName(text.slice(start, end)).replace(/^the /, '');
    // A demonym alone is no name (CoNLL's convention); a country name is the place whatever the type.
    if (s.to - s.from === 1 && countryByDemonym.has(n)) continue;
    out.push({ start, end, type: countryByAlias.has(n) ? 'LOC' : s.type });
  }
  return out;
}

/** Whether one word names a place: a country, a demonym, a gazetteer place or a city of the lexicon. */
function isPlace(word: string): boolean {
  const n = normalizeName(word);
  if (countryByAlias.has(n) || countryByDemonym.has(n) || inLexicon('city', word.toLowerCase())) return true;
  const g = matchGazetteer([word])[0];
  return g !== null && g !== undefined && g.cat !== 'ORG';
}

/**
 * Capitalised demonyms outside names ("Iraqi", the "Iranian" of "Iranian-backed"): not names, so not
 * mentions (the CoNLL convention the product is judged by), but references to their country that the
 * merged entities count ("American forces" is news about the United States).
 */
export function demonymMentions(tokens: readonly Token[], names: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  let k = 0;
  for (const t of tokens) {
    while (k < names.length && names[k]!.end <= t.start) k++;
    const inside = k < names.length && names[k]!.start <= t.start;
    if (inside || !startsUpper(t.text)) continue;
    if (countryByDemonym.has(normalizeName(t.text))) out.push({ start: t.start, end: t.end, type: 'LOC' });
  }
  return out;
}

/** Names only: the spans `findEntityMentions` reports. */
export function rawMentions(text: string): RawMention[] {
  return taggedMentions(text, tokenize(text));
}

/** Names and demonym references, in text order: what `extractEntities` groups. */
export function mentionsWithDemonyms(text: string): RawMention[] {
  const tokens = tokenize(text);
  const names = taggedMentions(text, tokens);
  return [...names, ...demonymMentions(tokens, names)].sort((a, b) => a.start - b.start);
}
