import type { DocumentFrequency, StorySignature } from '../stories/cluster';
import { requestAll } from './open';
import type { EntityRecord, StoryRecord } from './schema';
import type { StoryTx } from './stories';
import { WindowSet, type PostingWindow } from './windows';
import { TERM_FILTER_KEY, TermFilter } from './term-filter';

/**
 * The counts as of the last committed transaction on one connection, kept across transactions: placing an
 * item reads the counts of every candidate story's terms (hundreds), nearly all read by earlier saves.
 */
interface CommittedCounts {
  counts: Map<string, number>;
  items: number | null;
  /** The term log as committed, once read: what `terms` records lack of each count. */
  log: TermLog | null;
  /** The filter of the terms with a record, once read (null: the base has none; every term is read). */
  filter: TermFilter | null | undefined;
  /** Story records as committed (null: no such story), so candidates and chosen stories need no read. */
  stories: Map<string, StoryRecord | null>;
  /** Entity records as committed (null: none), so saving an article re-reads no known entity. */
  entities: Map<string, EntityRecord | null>;
  /** Story grouping's look-up windows as committed (lib/store/windows.ts). */
  windows: WindowSet;
  /** TxTermCounts created on this connection whose transaction has not finished. */
  inFlight: number;
}

/** The `termLog` store summed: term → change since the last compaction, and how many records that took. */
interface TermLog {
  sums: Map<string, number>;
  records: number;
}
const committed = new WeakMap<object, CommittedCounts>();
/** Terms whose counts are kept (a few MB at most); past it the least recently used quarter goes. */
const MAX_CACHED_TERMS = 200_000;
/** Story records kept (a signature is a few KB, its member lists about as much), least recently used out first. */
const MAX_CACHED_STORIES = 5_000;
/** Entity records kept, least recently used out first. */
const MAX_CACHED_ENTITIES = 100_000;
/** Past this many look-up windows the cache starts over (a window is at most 50 story ids). */
const MAX_CACHED_WINDOWS = 20_000;
/**
 * The term log is folded into `terms` when it holds this many records or distinct terms: rarely enough that
 * most saves write one log record instead of a record per term (a term common in the period is written
 * once per fold, not once per item), often enough that reading the whole log stays cheap.
 */
export const FOLD_RECORDS = 1024;
const FOLD_TERMS = 150_000;

function sharedOf(db: object): CommittedCounts {
  let shared = committed.get(db);
  if (!shared) {
    shared = {
      counts: new Map(),
      items: null,
      log: null,
      filter: undefined,
      stories: new Map(),
      entities: new Map(),
      windows: new WindowSet(),
      inFlight: 0,
    };
    committed.set(db, shared);
  }
  return shared;
}

/**
 * Put a transaction's entries into a connection cache as its most recent (a Map iterates in insertion
 * order), then, past `cap`, drop the least recent quarter: a cache that started over would make the next
 * saves read back everything at once — a fold, thousands of counts.
 */
function keepRecent<V>(cache: Map<string, V>, entries: ReadonlyMap<string, V>, cap: number): void {
  for (const [key, value] of entries) {
    cache.delete(key);
    cache.set(key, value);
  }
  if (cache.size <= cap) return;
  let drop = cache.size - Math.floor(cap * 0.75);
  for (const key of cache.keys()) {
    if (drop-- <= 0) break;
    cache.delete(key);
  }
}

async function readFilter(tx: StoryTx): Promise<TermFilter | null> {
  const bits = await tx.objectStore('termFilter').get(TERM_FILTER_KEY);
  return bits ? new TermFilter(bits) : null;
}

async function readLog(tx: StoryTx): Promise<TermLog> {
  const records = await tx.objectStore('termLog').getAll();
  const sums = new Map<string, number>();
  for (const r of records) for (const [t, n] of Object.entries(r.counts)) sums.set(t, (sums.get(t) ?? 0) + n);
  return { sums, records: records.length };
}

/** The look-up windows this connection holds as committed and current (for checks against fresh reads). */
export function committedWindows(db: object): PostingWindow[] {
  return [...(committed.get(db)?.windows.all() ?? [])].filter((w) => !w.stale);
}

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
 * leaves no trace. Only this class writes `terms` (and, with story placement, story records), so the
 * cache is exact on one connection; `begin` drops it when another connection placed items meanwhile, and
 * other writers of `stories` call `forgetCommitted`.
 */
export class TxTermCounts implements DocumentFrequency {
  private readonly counts = new Map<string, number>();
  private items: number | null = null;
  private readonly shared: CommittedCounts;
  private useCache: boolean;
  private begun: Promise<void> | null = null;
  /** Story records read or written in this transaction. */
  private readonly stories = new Map<string, StoryRecord | null>();

  /** The log as of this transaction's start (the connection's, or read), and this transaction's changes. */
  private log: TermLog = { sums: new Map(), records: 0 };
  private filter: TermFilter | null = null;
  private readonly deltas = new Map<string, number>();
  private folded = false;
  private flushed = false;
  /** Entity records read or written in this transaction. */
  private readonly entities = new Map<string, EntityRecord | null>();
  /** Look-up windows read in this transaction, and the rows it posted (key → [time, story]). */
  private readonly windowsSeen: PostingWindow[] = [];
  private readonly posts = new Map<string, Array<[string, string]>>();

  constructor(private readonly tx: StoryTx) {
    const shared = sharedOf(tx.db);
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
    const { counts, stories, entities } = this.shared;
    keepRecent(counts, this.counts, MAX_CACHED_TERMS);
    if (this.items !== null) this.shared.items = this.items;
    keepRecent(stories, this.stories, MAX_CACHED_STORIES);
    keepRecent(entities, this.entities, MAX_CACHED_ENTITIES);
    // Rows posted here go into the committed windows holding them; windows read here (with those rows) join.
    const { windows } = this.shared;
    if (windows.size + this.windowsSeen.length > MAX_CACHED_WINDOWS) windows.clear();
    for (const [key, rows] of this.posts) for (const [time, story] of rows) windows.post(key, time, story);
    for (const w of this.windowsSeen) if (!w.stale) windows.set(w);
    // The log this transaction began from (possibly the connection's own object) plus its changes.
    if (this.begun) this.shared.filter = this.filter;
    if (this.folded) this.shared.log = { sums: new Map(), records: 0 };
    else if (this.begun) {
      if (this.deltas.size > 0) {
        for (const [t, n] of this.deltas) this.log.sums.set(t, (this.log.sums.get(t) ?? 0) + n);
        this.log.records++;
      }
      this.shared.log = this.log;
    }
  }

  /**
   * Read the item total, once per transaction. When it is not the total this connection last committed,
   * another connection placed items since: the cache is dropped and this transaction reads the store.
   */
  begin(): Promise<void> {
    this.begun ??= this.tx
      .objectStore('meta')
      .get('items')
      .then(async (record) => {
        this.items = record?.value ?? 0;
        if (this.useCache && this.shared.items !== this.items) {
          this.shared.counts.clear();
          this.shared.stories.clear();
          this.shared.entities.clear();
          this.shared.windows.clear();
          this.shared.log = null;
          this.shared.filter = undefined;
          this.useCache = false;
        }
        const { log, filter } = this.shared;
        [this.log, this.filter] = await Promise.all([
          this.useCache && log ? log : readLog(this.tx),
          this.useCache && filter !== undefined ? filter : readFilter(this.tx),
        ]);
      });
    return this.begun;
  }

  /**
   * The stored records of these entities (null for a new one), from this transaction, the connection's
   * committed cache, or one read each, issued together.
   */
  entityRecords(keys: readonly string[]): Promise<Map<string, EntityRecord | null>> {
    const store = this.tx.objectStore('entities');
    return this.throughCaches(keys, this.entities, this.shared.entities, async (key) => (await store.get(key)) ?? null);
  }

  /**
   * The values of these keys from this transaction's map, else the connection's committed one (when this
   * transaction may use it), else `read`, the reads issued together; what is read joins this transaction's map.
   */
  private async throughCaches<V>(
    keys: Iterable<string>,
    mine: Map<string, V>,
    committed: ReadonlyMap<string, V>,
    read: (key: string) => Promise<V>,
  ): Promise<Map<string, V>> {
    await this.begin();
    const out = new Map<string, V>();
    const need: string[] = [];
    for (const key of keys) {
      const known = mine.has(key) ? mine.get(key) : this.useCache ? committed.get(key) : undefined;
      if (known === undefined) need.push(key);
      else out.set(key, known);
    }
    const values = await requestAll(need, read);
    need.forEach((key, i) => {
      mine.set(key, values[i]!);
      out.set(key, values[i]!);
    });
    return out;
  }

  /**
   * A copy of the committed look-up window of that id (undefined when not known, or possibly stale), with
   * the rows this transaction posted added. Call after `begin`.
   */
  committedWindow(id: string): PostingWindow | undefined {
    const committed = this.useCache ? this.shared.windows.get(id) : undefined;
    if (!committed || committed.stale) return undefined;
    const copy = new WindowSet();
    copy.set({ ...committed, rows: [...committed.rows] });
    for (const [time, story] of this.posts.get(committed.key) ?? []) copy.post(committed.key, time, story);
    const w = copy.get(id)!;
    return w.stale ? undefined : w;
  }

  /** Windows read in this transaction: known to the connection once it commits. */
  windowsRead(windows: readonly PostingWindow[]): void {
    this.windowsSeen.push(...windows);
  }

  /** A row this transaction posted (see `WindowSet.post`). */
  posted(key: string, time: string, story: string): void {
    let rows = this.posts.get(key);
    if (!rows) this.posts.set(key, (rows = []));
    rows.push([time, story]);
  }

  /** An entity record as written in this transaction. */
  setEntity(record: EntityRecord): void {
    this.entities.set(record.key, record);
  }

  /**
   * The records of these stories (null for a missing one): from this transaction's writes, the
   * connection's committed cache, or one read each, all issued together. Records are never changed in
   * place: a changed story is a new record (`setStory`).
   */
  storyRecords(ids: Iterable<string>): Promise<Map<string, StoryRecord | null>> {
    const store = this.tx.objectStore('stories');
    return this.throughCaches(ids, this.stories, this.shared.stories, async (id) => (await store.get(id)) ?? null);
  }

  /** The signatures of these stories (null for a missing one), as `storyRecords` finds them. */
  async storySignatures(ids: Iterable<string>): Promise<Map<string, StorySignature | null>> {
    const records = await this.storyRecords(ids);
    return new Map([...records].map(([id, r]) => [id, r?.signature ?? null]));
  }

  /** A story's record as written in this transaction. */
  setStory(record: StoryRecord): void {
    this.stories.set(record.id, record);
  }

  /** A story's record as this transaction wrote it (see `setStory`). */
  writtenStory(id: string): StoryRecord | undefined {
    return this.stories.get(id) ?? undefined;
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
    const { sums } = this.log;
    const { filter } = this;
    // A term the filter has never seen has no record: its count is its changes in the log.
    if (filter) {
      need = need.filter((t) => {
        if (filter.mayHave(t)) return true;
        this.counts.set(t, sums.get(t) ?? 0);
        return false;
      });
    }
    if (need.length === 0) return;
    const termStore = this.tx.objectStore('terms');
    const records = await requestAll(need, (t) => termStore.get(t));
    need.forEach((t, i) => this.counts.set(t, (records[i]?.count ?? 0) + (sums.get(t) ?? 0)));
  }

  /** Count one item with these distinct terms (loaded before). */
  add(terms: Iterable<string>): void {
    this.items = this.total + 1;
    for (const t of new Set(terms)) {
      this.counts.set(t, this.get(t) + 1);
      this.deltas.set(t, (this.deltas.get(t) ?? 0) + 1);
    }
  }

  /**
   * Queue the writes of this transaction's counting: the item total and one log record of its changes — or,
   * when the log is due, the fold: every logged term's count written to `terms`, and the log cleared. Call
   * once, after the last `add`.
   */
  flush(): Promise<unknown>[] {
    // A second flush would log the same changes twice.
    if (this.flushed) throw new Error('TxTermCounts.flush called twice in one transaction');
    this.flushed = true;
    const writes: Promise<unknown>[] = [];
    if (this.items !== null) writes.push(this.tx.objectStore('meta').put({ key: 'items', value: this.items }));
    if (this.deltas.size === 0) return writes;
    const { sums, records } = this.log;
    let fresh = 0;
    for (const t of this.deltas.keys()) if (!sums.has(t)) fresh++;
    if (records + 1 < FOLD_RECORDS && sums.size + fresh < FOLD_TERMS) {
      writes.push(this.tx.objectStore('termLog').add({ counts: Object.fromEntries(this.deltas) }));
      return writes;
    }
    this.folded = true;
    writes.push(this.fold());
    return writes;
  }

  private async fold(): Promise<void> {
    await this.load(this.log.sums.keys());
    const termStore = this.tx.objectStore('terms');
    const terms = new Set([...this.log.sums.keys(), ...this.deltas.keys()]);
    // Bits added by a fold that then aborts only cost reads later, never a wrong count.
    for (const t of terms) this.filter?.add(t);
    await Promise.all([
      ...[...terms].map((t) => termStore.put({ term: t, count: this.get(t) })),
      this.tx.objectStore('termLog').clear(),
      this.filter ? this.tx.objectStore('termFilter').put(this.filter.bits, TERM_FILTER_KEY) : null,
    ]);
  }
}
