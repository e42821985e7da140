import { resolve } from 'node:path';
// `npm run eval`: every quality figure on ../shared/corpus (or BACKSTORY_CORPUS), one line each, with its
// target where the project has one. Parts of the corpus that are absent are skipped with a message.
import { corpusDir, line } from './corpus';
import { evalExtraction, TARGETS } from './extraction';
import { evalEntities } from './entities';
import { evalDates } from './dates';
import { evalClaims } from './claims';
import { evalStories } from './stories';

const dir = corpusDir();
const steps: Array<[string, () => Promise<Record<string, number>>]> = [
  ['extraction', () => evalExtraction(dir)],
  ['entities', () => evalEntities(resolve(dir, 'wikiann-en'))],
  ['dates', () => evalDates(resolve(dir, 'timebank-aquaint'))],
  ['claims', () => evalClaims(resolve(dir, 'polnear-dev'))],
  ['stories', () => evalStories(resolve(dir, 'uci-news-headlines'))],
];
for (const [name, run] of steps) {
  const started = performance.now();
  try {
    const figures = await run();
    for (const [k, v] of Object.entries(figures)) console.log(line(k, v, TARGETS[k]));
  } catch (error) {
    console.log(`${name}: error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
  console.error(`(${name} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
