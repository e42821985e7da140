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

/**
 * Run `work` inside `tx` and wait for the commit; on any failure — a rejected request, a quota error at
 * commit, or an exception thrown by our own code between requests — abort, so none of it is stored. (A
 * transaction whose code throws is otherwise committed with whatever it had already queued.)
 */
export async function atomically<T>(tx: { done: Promise<void>; abort(): void }, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

export function abortQuietly(tx: { done: Promise<void>; abort(): void }): void {
  tx.done.catch(() => {});
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the failed request: the caller reports the error.
  }
}

/**
 * Requests queued in a transaction, awaited together at the end. Each is marked handled as it is queued:
 * when the transaction aborts (rejecting them all), `atomically` reports the cause once, and the requests
 * queued before a failure do not each raise an unhandled rejection.
 */
export class Queued<T = unknown> {
  private readonly requests: Promise<T>[] = [];

  add(...requests: Promise<T>[]): void {
    for (const r of requests) {
      r.catch(() => {});
      this.requests.push(r);
    }
  }

  all(): Promise<T[]> {
    return Promise.all(this.requests);
  }
}

/** One request per key, awaited together (`Promise.all(keys.map(request))`, safe when a request throws). */
export function requestAll<K, T>(keys: Iterable<K>, request: (key: K) => Promise<T>): Promise<T[]> {
  const queued = new Queued<T>();
  for (const key of keys) queued.add(request(key));
  return queued.all();
}
