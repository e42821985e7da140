import type { DocumentFrequency } from './df';
import { MemoryDocumentFrequency } from './df';
import type { StoryItem } from './features';
import { itemTerms, itemTime, titleTerms } from './features';
import { centroidCosine, itemVector, memberCosine } from './score';
import type { StorySignature } from './signature';
import { updateSignature } from './signature';

export type { DocumentFrequency, MutableDocumentFrequency } from './df';
export { MemoryDocumentFrequency } from './df';
export type { StoryItem } from './features';
export type { StorySignature } from './signature';
export { signatureTerms, updateSignature } from './signature';
export { migrateSignature } from './migrate';

/** A story sharing keys with the new item, as fetched by the caller. */
export interface StoryCandidate {
  id: string;
  signature: StorySignature;
}

export interface StoryOptions {
  /** Join when the item's cosine with the story centroid reaches this. */
  centroidThreshold: number;
  /** ... or when its cosine with one member title reaches this (catches rewordings the centroid blurs). */
  memberThreshold: number;
  /** Stories quiet for longer than this are not candidates: a new Fed decision is a new story. */
  windowDays: number;
  /** Similarity halves per this many days between the item and the story's time range. */
  halfLifeDays: number;
}

export const DEFAULT_STORY_OPTIONS: Readonly<StoryOptions> = {
  centroidThreshold: 0.05,
  memberThreshold: 0.3,
  windowDays: 7,
  halfLifeDays: 3,
};

const DAY_MS = 86_400_000;

/**
 * The terms to count in the document frequencies for `item`, once per item, before assigning it (so its own
 * terms are known and `lookupKeys` can tell keys seen before from keys new with this item).
 */
export function frequencyTerms(item: StoryItem): string[] {
  return [...itemTerms(item).keys()];
}

/** Index keys under which an item is looked up (rare-ish tokens + entity keys); the store keeps a multi-entry index on them. */
export function candidateKeys(item: StoryItem): string[] {
  return titleTerms(item);
}

/**
 * The keys worth querying for `item` now: its rarest `limit` keys that some earlier item also has (`df`
 * already counts `item`, so those have df ≥ 2). Why: at 100k items a key like "apple" matches thousands of
 * stories, while a story about the same event shares at least one rare key.
 */
export function lookupKeys(item: StoryItem, df: DocumentFrequency, limit = 8): string[] {
  return candidateKeys(item)
    .map((k) => [k, df.get(k)] as const)
    .filter(([, n]) => n >= 2)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([k]) => k);
}

/** Gap between a time and a story's range (0 inside it, or when either is undated). */
function gapMs(time: number | null, sig: StorySignature): number {
  if (time === null || sig.firstTime === null || sig.lastTime === null) return 0;
  if (time < sig.firstTime) return sig.firstTime - time;
  return Math.max(0, time - sig.lastTime);
}

/** Whether a story is close enough in time to be a candidate at all; callers may pre-filter with it. */
export function inWindow(
  time: number | null,
  sig: StorySignature,
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
): boolean {
  return gapMs(time, sig) <= options.windowDays * DAY_MS;
}

/**
 * Decide the story of `item` among candidate stories (those sharing keys, fetched by the caller), given
 * document frequencies. Returns an existing story id or null for a new story. Reads the frequencies of the
 * item's terms only (and of a candidate's terms only when its signature predates stored lengths).
 */
export function assignStory(
  item: StoryItem,
  candidates: readonly StoryCandidate[],
  df: DocumentFrequency,
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
): string | null {
  const vec = itemVector(item, df);
  if (vec.terms.size === 0) return null;
  const time = itemTime(item);
  let best: string | null = null;
  let bestScore = 0;
  for (const { id, signature } of candidates) {
    const gap = gapMs(time, signature);
    if (gap > options.windowDays * DAY_MS) continue;
    const decay = Math.pow(0.5, gap / (options.halfLifeDays * DAY_MS));
    const centroid = centroidCosine(vec, signature, df) * decay;
    const member = memberCosine(vec, signature, df) * decay;
    // Both tests on one scale (1 = exactly at its threshold) so the strongest story wins.
    const score = Math.max(centroid / options.centroidThreshold, member / options.memberThreshold);
    if (score >= 1 && (score > bestScore || (score === bestScore && best !== null && id < best))) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

/** In-memory stand-in for the store: story signatures plus a key → story ids index. */
export class MemoryStoryIndex {
  readonly df = new MemoryDocumentFrequency();
  private readonly stories = new Map<string, StorySignature>();
  private readonly byKey = new Map<string, Set<string>>();
  /** Candidates scored so far, to show the look-ups stay selective. */
  candidatesScored = 0;

  constructor(private readonly options: StoryOptions = DEFAULT_STORY_OPTIONS) {}

  /** Assign `item` to a story (a new one is named after its first item) and fold it in. */
  add(item: StoryItem): string {
    this.df.add(frequencyTerms(item));
    const time = itemTime(item);
    const ids = new Set<string>();
    for (const k of lookupKeys(item, this.df)) for (const id of this.byKey.get(k) ?? []) ids.add(id);
    const candidates: StoryCandidate[] = [];
    for (const id of ids) {
      const signature = this.stories.get(id);
      if (signature && inWindow(time, signature, this.options)) candidates.push({ id, signature });
    }
    this.candidatesScored += candidates.length;
    const storyId = assignStory(item, candidates, this.df, this.options) ?? item.id;
    this.stories.set(storyId, updateSignature(this.stories.get(storyId) ?? null, item, this.df));
    for (const k of candidateKeys(item)) {
      let set = this.byKey.get(k);
      if (!set) this.byKey.set(k, (set = new Set()));
      set.add(storyId);
    }
    return storyId;
  }

  get storyCount(): number {
    return this.stories.size;
  }

  /** The stories' signatures as they would be stored (the eval reports their sizes). */
  signatures(): IterableIterator<StorySignature> {
    return this.stories.values();
  }
}

/** Batch helper used by the CLI and tests: runs the incremental algorithm over items in order with an in-memory index, returns item id → story id. */
export function groupStories(
  items: readonly StoryItem[],
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
): Map<string, string> {
  const index = new MemoryStoryIndex(options);
  const out = new Map<string, string>();
  for (const item of items) out.set(item.id, index.add(item));
  return out;
}
