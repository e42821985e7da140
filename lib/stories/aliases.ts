import { matchGazetteer, orgByAlias } from '../extract/entities/gazetteer';
import { countryOf } from '../extract/entities/keys';
import { normalizeName } from '../extract/entities/normalize';
import { tokenize } from '../extract/entities/tokenize';

/**
 * Entity keys for the places and organisations a headline names, whatever the spelling: "Libyan
 * parliament" and "Libya PM", "Chinese data" and "China exports", "U.K." and "Britain", "EU" and
 * "European Union" share a key. Outlets pick different forms for one event; the plain tokens miss that.
 * The gazetteer is the entity extractor's (country names, demonyms, organisation acronyms), so the keys
 * are the same strings as the extractor's entity keys (`loc:libya`) and meet them when an article
 * brings its entities.
 */
export function aliasKeys(text: string): string[] {
  const words = tokenize(text).map((t) => t.text);
  const matches = matchGazetteer(words);
  const keys = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const m = matches[i];
    if (!m?.begin || (m.cat !== 'COUNTRY' && m.cat !== 'DEMONYM' && m.cat !== 'ORG')) continue;
    let end = i + 1;
    while (end < words.length && matches[end] && !matches[end]?.begin) end++;
    const phrase = words.slice(i, end).join(' ');
    if (m.cat === 'ORG') {
      // Only organisations with aliases (acronym ↔ full name); other names are plain tokens already.
      const org = orgByAlias.get(normalizeName(phrase));
      if (org) keys.add(`org:${org}`);
    } else {
      const country = countryOf(phrase);
      if (country) keys.add(`loc:${country.toLowerCase()}`);
    }
  }
  return [...keys];
}
