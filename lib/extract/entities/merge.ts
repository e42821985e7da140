import type { Entity } from '../../types';
import { countryByAlias } from './gazetteer';
import { entityKey, personWords } from './keys';
import type { RawMention, SpanType } from './mentions';

export interface KeyedMention extends RawMention {
  text: string;
  key: string;
}

function endsWith(full: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length >= full.length) return false;
  const off = full.length - part.length;
  return part.every((w, i) => full[off + i] === w);
}

/**
 * Keys for every mention of one text. Later partial person names take the key of the full name they end
 * ("Biden" → "Joe Biden", "Al Lami" → "Haider Al Lami"), preferring the nearest earlier full name; a
 * lone surname the tagger typed ORG or LOC is a person when it ends a known full name and is no place.
 */
export function keyMentions(text: string, raw: readonly RawMention[]): KeyedMention[] {
  const mentions = raw.map((m) => {
    const surface = text.slice(m.start, m.end);
    return { ...m, text: surface, key: entityKey(surface, m.type) };
  });
  // Full person names (two words or more), indexed by their last word.
  const byLast = new Map<string, Array<{ i: number; words: string[] }>>();
  mentions.forEach((m, i) => {
    const words = m.type === 'PER' ? personWords(m.text) : [];
    if (words.length < 2) return;
    const list = byLast.get(words[words.length - 1]!) ?? [];
    list.push({ i, words });
    byLast.set(words[words.length - 1]!, list);
  });
  // Per partial name, the indexes of the full names it ends, in text order (computed once per form).
  const fullsOf = new Map<string, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const words = personWords(m.text);
    if (m.type !== 'PER' && (words.length !== 1 || (m.key.startsWith('loc:') && countryByAlias.has(words[0]!))))
      continue;
    const form = words.join(' ');
    let fulls = fullsOf.get(form);
    if (!fulls) {
      fulls = (byLast.get(words[words.length - 1] ?? '') ?? []).filter((p) => endsWith(p.words, words)).map((p) => p.i);
      fullsOf.set(form, fulls);
    }
    if (fulls.length === 0) continue;
    // The nearest full name before this mention, else the first one after it.
    let lo = 0;
    let hi = fulls.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fulls[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    const full = mentions[fulls[lo > 0 ? lo - 1 : 0]!]!;
    mentions[i] = { ...m, type: 'PER' as SpanType, key: full.key };
  }
  return mentions;
}

/** Group keyed mentions into entities, most mentioned first (ties: first seen first). */
export function groupEntities(mentions: readonly KeyedMention[]): Entity[] {
  const groups = new Map<string, KeyedMention[]>();
  for (const m of mentions) {
    const list = groups.get(m.key) ?? [];
    list.push(m);
    groups.set(m.key, list);
  }
  const entities: Entity[] = [];
  for (const [key, list] of groups) {
    const country = key.startsWith('loc:') ? countryByAlias.get(key.slice(4)) : undefined;
    const forms = [...new Set(list.map((m) => m.text))];
    const best =
      country ?? [...forms].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0]!;
    entities.push({
      key,
      // The key's prefix, not the first mention's type: "US" may have been tagged ORG before the
      // country rule retyped its key.
      type:
        (key.slice(0, 3).toUpperCase() as SpanType | 'MIS') === 'MIS'
          ? 'MISC'
          : (key.slice(0, 3).toUpperCase() as SpanType),
      name: best,
      aliases: [best, ...forms.filter((f) => f !== best)],
      mentions: list.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    });
  }
  return entities
    .map((e, order) => ({ e, order }))
    .sort((a, b) => b.e.mentions.length - a.e.mentions.length || a.order - b.order)
    .map((x) => x.e);
}
