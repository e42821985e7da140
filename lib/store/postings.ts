import { candidateKeys } from '../stories/cluster';
import { shortId } from './ids';
import type { StoryItem } from '../stories/cluster';

/**
 * The news base's look-up table: every (key, time) an item is posted under — a key being a title term or an
 * entity key of a stored article or headline — held in the item's one `itemPostings` record (schema v4) and
 * found through that store's multi-entry index `by-key`, whose primary keys name the item's story and the
 * item. Story grouping and related coverage read a key's entries within a time window ([key, from] …
 * [key, to]), so a look-up costs what that window holds, never what the key has gathered over years
 * ("loc:united states" at 100k articles). An item's record is written once, when it is placed in its story:
 * one write instead of one per key (v3 kept a row per key, ~50 writes per article).
 */
/** Entity keys of an article that related coverage looks up, most central first. */
export const RELATED_KEYS = 12;

type ItemKind = 'article' | 'headline';

/**
 * How an item is named in a posting (schema v7): its kind and a short hash of its id ("A…" an article, "H…" a
 * headline), found back through the `by-ref` index of its store, where the record holds it as `ref`. An
 * address there was repeated in every index entry of the posting (about 20 of them): with short refs and story
 * ids a posting's write took 0.8–1.2 ms instead of 1.4–1.7 (a micro-benchmark in Chromium; README). Items
 * posted before v7 keep their `legacyRef`.
 */
export function itemRef(kind: ItemKind, id: string): string {
  return `${kind === 'article' ? 'A' : 'H'}${shortId(id)}`;
}

/** How an item posted before schema v7 is named: kind and id in one string (ids are addresses, so no clash). */
export function legacyRef(kind: ItemKind, id: string): string {
  return `${kind === 'article' ? 'a' : 'h'}:${id}`;
}

/** The name an item's posting has: its record's `ref`, or for a record stored before v7 (none), its legacy ref. */
export function postedRef(kind: ItemKind, record: { id: string; ref?: string }): string {
  return record.ref ?? legacyRef(kind, record.id);
}

/** Both names an item may have in the postings: the one its posting was written with is one of them. */
export function refsOf(kind: ItemKind, id: string): [string, string] {
  return [itemRef(kind, id), legacyRef(kind, id)];
}

/** An item named in a posting: by its id (a legacy ref) or by its short ref, to find in the `by-ref` index. */
export type RefTarget =
  { kind: ItemKind; id: string; ref?: undefined } | { kind: ItemKind; ref: string; id?: undefined };

export function parseRef(ref: string): RefTarget {
  if (ref.startsWith('a:') || ref.startsWith('h:'))
    return { kind: ref[0] === 'a' ? 'article' : 'headline', id: ref.slice(2) };
  return { kind: ref[0] === 'A' ? 'article' : 'headline', ref };
}

/** The keys an item is posted under: what grouping looks it up by, plus the entity keys related coverage uses. */
export function postingKeys(item: StoryItem, relatedKeys: readonly string[] = []): string[] {
  return [...new Set([...candidateKeys(item), ...relatedKeys])];
}

/** An item's time as a sortable ISO string; an undated or unreadable time sorts first. */
export function postingTime(iso: string | null | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
}

/** A window's bound: a time (ms) as the sortable ISO string postings hold. */
export function postingBound(ms: number): string {
  return new Date(Math.max(0, Math.min(ms, 8.64e15))).toISOString();
}

/** All postings of `key` between two bounds (`postingBound`), both included. */
export function keyRange({ key, from, to }: { key: string; from: string; to: string }): IDBKeyRange {
  // '\uffff' after the upper time: every ref of that instant is inside.
  return IDBKeyRange.bound([key, from], [key, to, '\uffff']);
}

/** All postings of `key` between two times (ms), both included. */
export function postingRange(key: string, fromMs: number, toMs: number): IDBKeyRange {
  return keyRange({ key, from: postingBound(fromMs), to: postingBound(toMs) });
}
