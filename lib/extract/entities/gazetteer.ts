import countriesData from './countries.json';
import { normalizeName } from './normalize';
import { EXTRA_COUNTRY_ALIASES, EXTRA_DEMONYMS, EXTRA_ORGS, EXTRA_PLACES, ORG_ALIASES } from './places';
import { tokenize } from './tokenize';

/**
 * Look-up tables built once at import: country aliases and demonyms (for merge keys) and a phrase index
 * over capitalised tokens (for tagger features). Everything is keyed by `normalizeName` forms.
 */

interface CountryRecord {
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

export type GazCategory = 'COUNTRY' | 'DEMONYM' | 'PLACE' | 'ORG';

/** Normalised alias → canonical country name in display case ("Iraq", "United States"). */
export const countryByAlias = new Map<string, string>();
/** Normalised demonym (singular and plural) → canonical country name. */
export const countryByDemonym = new Map<string, string>();
/** Normalised organisation alias → canonical lower-case full name. */
export const orgByAlias = new Map<string, string>();

interface Phrase {
  words: string[];
  cat: GazCategory;
}
const phrasesByFirst = new Map<string, Phrase[]>();

/** Token comparison form: lower-case without dots, so "U.S." and "US" match. */
export function tokenForm(token: string): string {
  return token.toLowerCase().replace(/\./g, '');
}

function addPhrase(phrase: string, cat: GazCategory): void {
  const words = tokenize(phrase)
    .map((t) => tokenForm(t.text))
    .filter((w) => w !== '');
  const first = words[0];
  if (first === undefined) return;
  const list = phrasesByFirst.get(first) ?? [];
  list.push({ words, cat });
  phrasesByFirst.set(first, list);
}

function pluralDemonyms(demonym: string): string[] {
  if (/(?:ese|ish|ch|sh|s|i|x|z)$/i.test(demonym)) return [demonym];
  return [demonym, `${demonym}s`];
}

function addCountry(name: string, aliases: string[], demonyms: string[], capitals: string[]): void {
  for (const alias of [name, ...aliases]) {
    countryByAlias.set(normalizeName(alias), name);
    addPhrase(alias, 'COUNTRY');
  }
  for (const demonym of demonyms) {
    for (const form of pluralDemonyms(demonym)) {
      const key = normalizeName(form);
      // A demonym that is also a country name ("Djibouti") stays a name.
      if (!countryByAlias.has(key)) countryByDemonym.set(key, name);
      addPhrase(form, 'DEMONYM');
    }
  }
  for (const capital of capitals) addPhrase(capital, 'PLACE');
}

for (const c of countriesData as CountryRecord[]) {
  const key = c.name.toLowerCase();
  addCountry(
    c.name,
    [...c.aliases, ...(EXTRA_COUNTRY_ALIASES[key] ?? [])],
    [...c.demonyms, ...(EXTRA_DEMONYMS[key] ?? [])],
    c.capitals,
  );
}
for (const place of EXTRA_PLACES) addPhrase(place, 'PLACE');
for (const [full, aliases] of Object.entries(ORG_ALIASES)) {
  for (const alias of [full, ...aliases]) {
    orgByAlias.set(normalizeName(alias), full);
    addPhrase(alias, 'ORG');
  }
}
for (const org of EXTRA_ORGS) addPhrase(org, 'ORG');

/**
 * Longest gazetteer phrase starting at each capitalised token, reported as (start, length, category).
 * Lower-case tokens never start a match ("us" is not "US"). Token forms are computed only where a match
 * could start or continue: most tokens of a text are never looked at.
 */
export function forEachGazetteerMatch(
  words: readonly string[],
  onMatch: (start: number, length: number, cat: GazCategory) => void,
): void {
  const forms: Array<string | undefined> = [];
  const formAt = (k: number): string | undefined =>
    k < words.length ? (forms[k] ??= tokenForm(words[k]!)) : undefined;
  for (let i = 0; i < words.length; i++) {
    const c = words[i]!.charCodeAt(0);
    // Capitalised: ASCII A-Z by code, anything else non-ASCII by property.
    if (!(c >= 65 && c <= 90) && !(c >= 192 && /^\p{Lu}/u.test(words[i]!))) continue;
    const candidates = phrasesByFirst.get(formAt(i)!);
    if (!candidates) continue;
    let best: Phrase | null = null;
    for (const p of candidates) {
      if (best && p.words.length <= best.words.length) continue;
      if (p.words.every((pw, k) => formAt(i + k) === pw)) best = p;
    }
    if (!best) continue;
    onMatch(i, best.words.length, best.cat);
    i += best.words.length - 1;
  }
}

/** Per token, the gazetteer category of the phrase it is in and whether it begins it (null outside). */
export function matchGazetteer(words: readonly string[]): Array<{ cat: GazCategory; begin: boolean } | null> {
  const out: Array<{ cat: GazCategory; begin: boolean } | null> = new Array<null>(words.length).fill(null);
  forEachGazetteerMatch(words, (start, length, cat) => {
    for (let k = 0; k < length; k++) out[start + k] = { cat, begin: k === 0 };
  });
  return out;
}
