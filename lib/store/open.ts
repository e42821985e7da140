import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

export type UpgradeStep<S extends DBSchema> = (
  db: IDBPDatabase<S>,
  tx: IDBPTransaction<S, StoreNames<S>[], 'versionchange'>,
) => void;

/**
 * Open a database whose schema is a list of cumulative upgrades: step N-1 takes it from version N-1 to N, so an
 * older database reaches the current shape by running the steps after its version, in order.
 */
export async function openVersioned<S extends DBSchema>(
  name: string,
  version: number,
  upgrades: ReadonlyArray<UpgradeStep<S>>,
): Promise<IDBPDatabase<S>> {
  const db = await openDB<S>(name, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < version; v++) upgrades[v]!(db, tx);
    },
    // A newer version (an updated extension) wants to upgrade: step aside rather than block it.
    blocking() {
      db.close();
    },
  });
  return db;
}
