import type { EntityType } from '../../types';
import { countryByAlias, countryByDemonym, orgByAlias } from './gazetteer';
import { normalizeName } from './normalize';
import { TITLES } from './titles';

/**
 * Merge keys: one key per real-world entity whatever the spelling. Countries win over the tagger's
 * type ("US" tagged ORG is still the country), and demonym phrases ("American forces", "Iranian-backed")
 * resolve to their country, since news uses them as references to the state.
 */

const personMemo = new Map<string, string[]>();
const keyMemo = new Map<string, string>();

/** `fn(key)` remembered: a text names the same few things many times. */
function remembered<T>(memo: Map<string, T>, key: string, fn: () => T): T {
  let v = memo.get(key);
  if (v === undefined) {
    if (memo.size >= 20_000) memo.clear();
    memo.set(key, (v = fn()));
  }
  return v;
}

/** Name words without leading titles ("President Joe Biden" → ["joe", "biden"]). Do not mutate the result. */
export function personWords(name: string): string[] {
  return remembered(personMemo, name, () => personWordsOf(name));
}

function personWordsOf(name: string): string[] {
  const words = normalizeName(name)
    .split(' ')
    .filter((w) => w !== '');
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i]!)) i++;
  return words.slice(i);
}

/** Canonical country for a name or demonym phrase, or null. */
export function countryOf(name: string): string | null {
  const n = normalizeName(name).replace(/^the /, '');
  const direct = countryByAlias.get(n) ?? countryByDemonym.get(n);
  if (direct) return direct;
  // "American forces", "Iraqi government", "Iranian-backed": a demonym head then lower-case words.
  const parts = name.trim().split(/[\s\-‐‑]+/u);
  const head = parts[0] ?? '';
  const country = countryByDemonym.get(normalizeName(head));
  if (country && parts.length > 1 && parts.slice(1).every((p) => !/^\p{Lu}/u.test(p))) return country;
  return null;
}

/** A company's legal form at the end of its normalised name. */
const LEGAL_SUFFIX = /(?: (?:&|and|amp))? (?:inc|corp|corporation|co|cos|company|ltd|plc|ag|sa|nv|se|llc)$/u;

export function entityKey(name: string, type: EntityType): string {
  return remembered(keyMemo, `${type}|${name}`, () => keyOf(name, type));
}

function keyOf(name: string, type: EntityType): string {
  if (type !== 'PER') {
    const country = countryOf(name);
    if (country) return `loc:${country.toLowerCase()}`;
  }
  const n = normalizeName(name);
  if (type === 'PER') return `per:${personWords(name).join(' ') || n}`;
  const bare = n.replace(/^the /, '');
  if (type === 'ORG' || type === 'MISC') {
    const org = orgByAlias.get(bare);
    if (org) return `org:${org}`;
    // "Siemens AG" and "Siemens", "Timex Inc." and "Timex": one company.
    const company = bare.replace(LEGAL_SUFFIX, '');
    if (company !== '' && company !== bare) return `org:${company}`;
  }
  return `${type.toLowerCase()}:${bare}`;
}
