import type { DocumentFrequency } from '../stories/cluster';
import { requestAll } from './open';
import type { StoryTx } from './stories';

/**
 * Story grouping's document frequencies as seen inside one read-write transaction: each term read once from
 * the `terms` store, counted in memory as items are placed, written back once by `flush`. Exact, because
 * read-write transactions over `terms` run one at a time; and a feed poll's fifty headlines then cost one
 * read per distinct term instead of one per term per headline.
 */
export class TxTermCounts implements DocumentFrequency {
  private readonly counts = new Map<string, number>();
  private readonly changed = new Set<string>();
  private items: number | null = null;

  constructor(private readonly tx: StoryTx) {}

  get total(): number {
    return this.items ?? 0;
  }

  get(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /** Read the counts of the terms not known yet (and the item total, once). */
  async load(terms: Iterable<string>): Promise<void> {
    const need = [...new Set(terms)].filter((t) => !this.counts.has(t));
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
