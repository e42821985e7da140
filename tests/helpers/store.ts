import type { Db } from '../../lib/store/db';

/**
 * Every term's committed count — its `terms` record plus its changes in `termLog` — sorted by term: what two
 * bases must agree on when they counted the same items, however their transactions were cut (the log's
 * records, one per transaction, differ).
 */
export async function committedTermCounts(db: Db): Promise<Array<[string, number]>> {
  const counts = new Map<string, number>();
  for (const { term, count } of await db.getAll('terms')) counts.set(term, count);
  for (const { counts: changes } of await db.getAll('termLog')) {
    for (const [term, n] of Object.entries(changes)) counts.set(term, (counts.get(term) ?? 0) + n);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
