import { countryOf, entityKey } from './keys';
import { matchGazetteer } from './gazetteer';
import { rawMentions } from './mentions';
import { tokenize } from './tokenize';

/**
 * Entity keys for a short headline. Title-case headlines ("Iran-Backed Militias End Truce") defeat the
 * tagger, which leans on capitals, so for those only gazetteer hits and demonyms count; sentence-case
 * headlines also get the tagger's spans.
 */
export function headlineEntityKeys(title: string): string[] {
  const tokens = tokenize(title);
  const words = tokens.map((t) => t.text);
  const alpha = words.filter((w) => /^\p{L}{4,}/u.test(w));
  const titleCase = alpha.length >= 3 && alpha.filter((w) => /^\p{Lu}/u.test(w)).length / alpha.length >= 0.6;
  const keys = new Set<string>();
  const gaz = matchGazetteer(words);
  for (let i = 0; i < tokens.length; i++) {
    const g = gaz[i];
    if (!g || !g.begin) continue;
    let j = i + 1;
    while (j < tokens.length && gaz[j] && !gaz[j]!.begin) j++;
    const name = title.slice(tokens[i]!.start, tokens[j - 1]!.end);
    keys.add(entityKey(name, g.cat === 'ORG' ? 'ORG' : 'LOC'));
  }
  for (const t of tokens) {
    const country = /^\p{Lu}/u.test(t.text) ? countryOf(t.text.split(/[-‐‑]/u)[0]!) : null;
    if (country) keys.add(`loc:${country.toLowerCase()}`);
  }
  if (!titleCase) {
    for (const m of rawMentions(title)) keys.add(entityKey(title.slice(m.start, m.end), m.type));
  }
  return [...keys];
}
