import { readFileSync } from 'node:fs';
import { unwrap, type IDBPDatabase } from 'idb';
import { openBackstoryDb, upgrades } from '../../lib/store/db';
import { openVersioned } from '../../lib/store/open';

export type Saved = Record<string, unknown>;
/** The news base as schema v3 wrote it (tests/fixtures/store/news-v3.json), with its claims and events. */
export const savedV3 = JSON.parse(
  readFileSync(new URL('../fixtures/store/news-v3.json', import.meta.url), 'utf8'),
) as Saved;

/** The v3 fixture stored at v3, then opened at `version` (4 or later) and closed: a base as that version left it. */
export async function v3FixtureAt(version: number): Promise<void> {
  const v3 = (await openVersioned('backstory', 3, upgrades)) as unknown as IDBPDatabase;
  const names = Object.keys(savedV3).filter((k) => Array.isArray(savedV3[k]) && k !== 'postings');
  const tx = v3.transaction(names, 'readwrite');
  for (const name of names) for (const value of savedV3[name] as unknown[]) void tx.objectStore(name).put(value);
  await tx.done;
  v3.close();
  (await openBackstoryDb('backstory', version)).close();
}

/** A database's stores with their index names: an upgraded base must have the shape of a new one. */
export function schemaShape(db: object): Array<[string, string[]]> {
  const raw = unwrap(db as IDBPDatabase);
  return [...raw.objectStoreNames].map((name) => [
    name,
    [...raw.transaction(name).objectStore(name).indexNames].sort(),
  ]);
}
