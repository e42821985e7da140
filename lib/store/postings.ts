import { candidateKeys } from '../stories/cluster';
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

/** How an item is named in a posting: kind and id in one string (ids are addresses, so no clash). */
export function itemRef(kind: 'article' | 'headline', id: string): string {
  return `${kind === 'article' ? 'a' : 'h'}:${id}`;
}

export function parseRef(ref: string): { kind: 'article' | 'headline'; id: string } {
  return { kind: ref.startsWith('a:') ? 'article' : 'headline', id: ref.slice(2) };
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
