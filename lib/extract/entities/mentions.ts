import { countryByAlias, countryByDemonym } from './gazetteer';
import { normalizeName } from './normalize';
import { taggerWeights } from './model';
import { propagateNames, retypeByGivenName } from './names';
import { refineSpan } from './refine';
import { labelsToSpans, tagWords } from './tagger';
import { tokenize, type Token } from './tokenize';

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
  const breaks = tokens.map((t, i) => i === 0 || text.slice(tokens[i - 1]!.end, t.start).includes('\n'));
  const tags = tagWords(words, breaks, taggerWeights());
  const refined = labelsToSpans(tags)
    .flatMap((s) => refineSpan(s, tokens))
    .map((s) => retypeByGivenName(s, tokens));
  return propagateNames(refined, tokens).map((s) => {
    const start = tokens[s.from]!.start;
    const surface = text.slice(start, tokens[s.to - 1]!.end);
    // "Iranian-backed" names Iran by its first half only.
    const head = surface.split(/[-‐‑]/u)[0]!;
    const end =
      s.to - s.from === 1 && head !== surface && countryByDemonym.has(normalizeName(head))
        ? start + head.length
        : start + surface.length;
    return { start, end, type: s.type };
  });
}

/**
 * Capitalised demonyms outside tagged spans become country mentions ("Iraqi", the "Iranian" of
 * "Iranian-backed"); a span that is only a country name or demonym is a place whatever the tagger said.
 */
function addDemonyms(text: string, tokens: readonly Token[], spans: RawMention[]): RawMention[] {
  const out = spans.map((s) => {
    const n = normalizeName(text.slice(s.start, s.end)).replace(/^the /, '');
    return countryByAlias.has(n) || countryByDemonym.has(n) ? { ...s, type: 'LOC' as const } : s;
  });
  let k = 0;
  for (const t of tokens) {
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    const inside = k < spans.length && spans[k]!.start <= t.start;
    if (inside || !/^\p{Lu}/u.test(t.text)) continue;
    const head = t.text.split(/[-‐‑]/u)[0]!;
    if (countryByDemonym.has(normalizeName(head)))
      out.push({ start: t.start, end: t.start + head.length, type: 'LOC' });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function rawMentions(text: string): RawMention[] {
  const tokens = tokenize(text);
  return addDemonyms(text, tokens, taggedMentions(text, tokens));
}
