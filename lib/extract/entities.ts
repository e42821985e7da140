/**
 * People, organisations and places in news text, with merge keys so that every spelling of one entity
 * ("US", "U.S.", "America", "American forces") lands on one `Entity`. See entities/README.md.
 */
import type { Entity } from '../types';
import { groupEntities, keyMentions } from './entities/merge';
import { mentionsWithDemonyms, rawMentions, type RawMention, type SpanType } from './entities/mentions';

export { entityKey } from './entities/keys';
export { headlineEntityKeys } from './entities/headline';

export interface EntitySpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC';
  text: string;
  key: string;
}

/**
 * One item per name mention, with `key` the merged entity key. Demonyms ("Iraqi") are not names and not
 * listed (the CoNLL convention); `extractEntities` still counts them for their country.
 */
export function findEntityMentions(text: string): EntitySpan[] {
  return keyMentions(text, cleanMentions(text, rawMentions(text))).map((m) => ({
    start: m.start,
    end: m.end,
    type: m.type,
    text: m.text,
    key: m.key,
  }));
}

/** Mentions grouped into merged entities, most mentioned first; demonyms count for their country. */
export function extractEntities(text: string): Entity[] {
  return groupEntities(keyMentions(text, cleanMentions(text, mentionsWithDemonyms(text))));
}

const TIE_ORDER: SpanType[] = ['LOC', 'PER', 'ORG'];

/**
 * One text names one thing one way: when the tagger types the same surface form differently in two
 * places ("Baghdad" as ORG and LOC), the majority wins (ties: place, person, organisation). Spans with no
 * letter ("30") are tagger noise, never names.
 */
function cleanMentions(text: string, mentions: readonly RawMention[]): RawMention[] {
  const raw = mentions.filter((m) => /\p{L}/u.test(text.slice(m.start, m.end)));
  const votes = new Map<string, Map<SpanType, number>>();
  for (const m of raw) {
    const surface = text.slice(m.start, m.end).toLowerCase();
    const v = votes.get(surface) ?? new Map<SpanType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    votes.set(surface, v);
  }
  return raw.map((m) => {
    const v = votes.get(text.slice(m.start, m.end).toLowerCase())!;
    if (v.size < 2) return m;
    const type = [...v.entries()].sort(
      (a, b) => b[1] - a[1] || TIE_ORDER.indexOf(a[0]) - TIE_ORDER.indexOf(b[0]),
    )[0]![0];
    return { ...m, type };
  });
}
