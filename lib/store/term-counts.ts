import type { DocumentFrequency } from '../stories/cluster';
import { requestAll } from './open';
import type { StoryTx } from './stories';

/**
 * The counts as of the last committed transaction on one connection, kept across transactions: placing an
 * item reads the counts of every candidate story's terms (hundreds), nearly all read by earlier saves.
 */
interface CommittedCounts {
  counts: Map<string, number>;
  items: number | null;
  /** TxTermCounts created on this connection whose transaction has not finished. */
  inFlight: number;
}
const committed = new WeakMap<object, CommittedCounts>();
/** Past this many terms the cache starts over (a few MB at most). */
const MAX_CACHED_TERMS = 200_000;

/**
 * Story grouping's document frequencies as seen inside one read-write transaction: each term read once from
 * the `terms` store, counted in memory as items are placed, written back once by `flush`. Exact, because
 * read-write transactions over `terms` run one at a time; and a feed poll's fifty headlines then cost one
 * read per distinct term instead of one per term per headline.
 *
 * Across transactions, counts come from the connection's committed cache — but only for a transaction that
 * was alone when it began: one queued behind another reads the store, which IndexedDB orders after the
 * earlier commit. A transaction's counts join the cache when it commits, in commit order; an aborted one
 * leaves no trace. Only this class writes `terms`, so the cache is exact.
 */
export class TxTermCounts implements DocumentFrequency {
  private readonly counts = new Map<string, number>();
  private readonly changed = new Set<string>();
  private items: number | null = null;
  private readonly shared: CommittedCounts;
  private readonly useCache: boolean;

  constructor(private readonly tx: StoryTx) {
    let shared = committed.get(tx.db);
    if (!shared) committed.set(tx.db, (shared = { counts: new Map(), items: null, inFlight: 0 }));
    this.shared = shared;
    this.useCache = shared.inFlight === 0;
    shared.inFlight++;
    tx.done.then(
      () => {
        this.commit();
        shared.inFlight--;
      },
      () => void shared.inFlight--,
    );
  }

  private commit(): void {
    const { counts } = this.shared;
    if (counts.size + this.counts.size > MAX_CACHED_TERMS) counts.clear();
    for (const [term, count] of this.counts) counts.set(term, count);
    if (this.items !== null) this.shared.items = this.items;
  }

  get total(): number {
    return this.items ?? 0;
  }

  get(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /** Read the counts of the terms not known yet (and the item total, once). */
  async load(terms: Iterable<string>): Promise<void> {
    let need = [...new Set(terms)].filter((t) => !this.counts.has(t));
    if (this.useCache) {
      const cached = this.shared.counts;
      need = need.filter((t) => {
        const count = cached.get(t);
        if (count === undefined) return true;
        this.counts.set(t, count);
        return false;
      });
      if (this.items === null && this.shared.items !== null) this.items = this.shared.items;
    }
    const termStore = this.tx.objectStore('terms');
    const [records, total] = await Promise.all([
      requestAll(need, (t) => termStore.get(t)),
      this.items === null ? this.tx.objectStore('meta').get('items') : null,
    ]);
    need.forEach((t, i) => this.counts.set(t, records[i]?.count ?? 0));
    if (this.items === null) this.items = total?.value ?? 0;
  }

  /** Count one item with these distinct terms (loaded before). */
  add(terms: Iterable<string>): void {
    this.items = this.total + 1;
    for (const t of new Set(terms)) {
      this.counts.set(t, this.get(t) + 1);
      this.changed.add(t);
    }
  }

  /** Queue the writes of the counts changed since the last flush. */
  flush(): Promise<unknown>[] {
    const termStore = this.tx.objectStore('terms');
    const writes: Promise<unknown>[] = [];
    for (const t of this.changed) writes.push(termStore.put({ term: t, count: this.get(t) }));
    this.changed.clear();
    if (this.items !== null) writes.push(this.tx.objectStore('meta').put({ key: 'items', value: this.items }));
    return writes;
  }
}
