import type { DocumentFrequency, StorySignature } from '../stories/cluster';
import { requestAll } from './open';
import type { StoryTx } from './stories';

/**
 * The counts as of the last committed transaction on one connection, kept across transactions: placing an
 * item reads the counts of every candidate story's terms (hundreds), nearly all read by earlier saves.
 */
interface CommittedCounts {
  counts: Map<string, number>;
  items: number | null;
  /** Story signatures as committed (null: no such story), so candidates need no record read. */
  signatures: Map<string, StorySignature | null>;
  /** TxTermCounts created on this connection whose transaction has not finished. */
  inFlight: number;
}
const committed = new WeakMap<object, CommittedCounts>();
/** Past this many terms the cache starts over (a few MB at most). */
const MAX_CACHED_TERMS = 200_000;
/** Past this many story signatures the cache starts over (a signature is a few KB). */
const MAX_CACHED_SIGNATURES = 5_000;

/**
 * Forget what this connection remembers of the committed base: for writers of `stories` or `terms` other
 * than story placement (retention deleting stories).
 */
export function forgetCommitted(db: object): void {
  committed.delete(db);
}

/**
 * Story grouping's document frequencies as seen inside one read-write transaction: each term read once from
 * the `terms` store, counted in memory as items are placed, written back once by `flush`. Exact, because
 * read-write transactions over `terms` run one at a time; and a feed poll's fifty headlines then cost one
 * read per distinct term instead of one per term per headline.
 *
 * Across transactions, counts come from the connection's committed cache — but only for a transaction that
 * was alone when it began: one queued behind another reads the store, which IndexedDB orders after the
 * earlier commit. A transaction's counts join the cache when it commits, in commit order; an aborted one
 * leaves no trace. Only this class writes `terms` (and, with story placement, story signatures), so the
 * cache is exact on one connection; `begin` drops it when another connection placed items meanwhile, and
 * other writers of `stories` call `forgetCommitted`.
 */
export class TxTermCounts implements DocumentFrequency {
  private readonly counts = new Map<string, number>();
  private readonly changed = new Set<string>();
  private items: number | null = null;
  private readonly shared: CommittedCounts;
  private useCache: boolean;
  private begun: Promise<void> | null = null;
  /** Signatures read or written in this transaction. */
  private readonly signatures = new Map<string, StorySignature | null>();

  constructor(private readonly tx: StoryTx) {
    let shared = committed.get(tx.db);
    if (!shared)
      committed.set(tx.db, (shared = { counts: new Map(), items: null, signatures: new Map(), inFlight: 0 }));
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
    const { counts, signatures } = this.shared;
    if (counts.size + this.counts.size > MAX_CACHED_TERMS) counts.clear();
    for (const [term, count] of this.counts) counts.set(term, count);
    if (this.items !== null) this.shared.items = this.items;
    if (signatures.size + this.signatures.size > MAX_CACHED_SIGNATURES) signatures.clear();
    for (const [id, sig] of this.signatures) signatures.set(id, sig);
  }

  /**
   * Read the item total, once per transaction. When it is not the total this connection last committed,
   * another connection placed items since: the cache is dropped and this transaction reads the store.
   */
  begin(): Promise<void> {
    this.begun ??= this.tx
      .objectStore('meta')
      .get('items')
      .then((record) => {
        this.items = record?.value ?? 0;
        if (this.useCache && this.shared.items !== this.items) {
          this.shared.counts.clear();
          this.shared.signatures.clear();
          this.useCache = false;
        }
      });
    return this.begun;
  }

  /**
   * The signatures of these stories (null for a missing one): from this transaction's writes, the
   * connection's committed cache, or one read of the records, all issued together.
   */
  async storySignatures(ids: Iterable<string>): Promise<Map<string, StorySignature | null>> {
    await this.begin();
    const out = new Map<string, StorySignature | null>();
    const need: string[] = [];
    for (const id of ids) {
      const sig = this.signatures.has(id)
        ? this.signatures.get(id)
        : this.useCache
          ? this.shared.signatures.get(id)
          : undefined;
      if (sig === undefined) need.push(id);
      else out.set(id, sig);
    }
    const store = this.tx.objectStore('stories');
    const records = await requestAll(need, (id) => store.get(id));
    need.forEach((id, i) => {
      const sig = records[i]?.signature ?? null;
      this.signatures.set(id, sig);
      out.set(id, sig);
    });
    return out;
  }

  /** A story's signature as written in this transaction. */
  setSignature(id: string, sig: StorySignature | null): void {
    this.signatures.set(id, sig);
  }

  get total(): number {
    return this.items ?? 0;
  }

  get(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /** Read the counts of the terms not known yet (and the item total, once). */
  async load(terms: Iterable<string>): Promise<void> {
    await this.begin();
    let need = [...new Set(terms)].filter((t) => !this.counts.has(t));
    if (this.useCache) {
      const cached = this.shared.counts;
      need = need.filter((t) => {
        const count = cached.get(t);
        if (count === undefined) return true;
        this.counts.set(t, count);
        return false;
      });
    }
    if (need.length === 0) return;
    const termStore = this.tx.objectStore('terms');
    const records = await requestAll(need, (t) => termStore.get(t));
    need.forEach((t, i) => this.counts.set(t, records[i]?.count ?? 0));
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
