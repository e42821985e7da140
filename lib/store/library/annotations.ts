import { urlKey } from '../../url';
import type { LibraryDb } from '../library-db';
import type { Annotation, TextPositionSelector, TextQuoteSelector } from '../../types';

/** The annotations repository: highlights with their selectors, notes, tags and last anchoring outcome. */

export interface NewAnnotation {
  articleId: string;
  url: string;
  title: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  note?: string;
  tags?: string[];
}

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 60;

/** Tags as the reader typed them, trimmed, without '#', duplicates (case-insensitive) and empties. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/^#+/, '').trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}

export async function createAnnotation(
  db: LibraryDb,
  input: NewAnnotation,
  now = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<Annotation> {
  const at = now.toISOString();
  const annotation: Annotation = {
    id: newId(),
    articleId: input.articleId,
    url: urlKey(input.url) ?? input.url,
    title: input.title,
    quote: input.quote,
    position: input.position,
    note: input.note ?? '',
    tags: cleanTags(input.tags ?? []),
    created: at,
    updated: at,
    // Made from the live selection: placed by definition.
    anchor: { state: 'anchored', checked: at },
  };
  await db.add('annotations', annotation);
  return annotation;
}

/** Change a highlight's note and tags; null when it no longer exists. */
export async function updateAnnotation(
  db: LibraryDb,
  id: string,
  change: { note: string; tags: string[] },
  now = new Date(),
): Promise<Annotation | null> {
  const tx = db.transaction('annotations', 'readwrite');
  const found = await tx.store.get(id);
  if (!found) {
    await tx.done;
    return null;
  }
  const updated: Annotation = { ...found, note: change.note, tags: cleanTags(change.tags), updated: now.toISOString() };
  await tx.store.put(updated);
  await tx.done;
  return updated;
}

export async function deleteAnnotation(db: LibraryDb, id: string): Promise<boolean> {
  const tx = db.transaction('annotations', 'readwrite');
  const found = await tx.store.getKey(id);
  if (found !== undefined) await tx.store.delete(id);
  await tx.done;
  return found !== undefined;
}

/** The page's highlights, oldest first (one indexed look-up). */
export async function annotationsForUrl(db: LibraryDb, url: string): Promise<Annotation[]> {
  const key = urlKey(url);
  if (!key) return [];
  const found = await db.getAllFromIndex('annotations', 'by-url', key);
  return found.sort((a, b) => a.created.localeCompare(b.created));
}

/** Whether a page has highlights: a count on the URL index, no records read. */
export async function countForUrl(db: LibraryDb, url: string): Promise<number> {
  const key = urlKey(url);
  return key ? db.countFromIndex('annotations', 'by-url', key) : 0;
}

/** Every highlight, newest first. */
export async function listAnnotations(db: LibraryDb): Promise<Annotation[]> {
  return (await db.getAllFromIndex('annotations', 'by-created')).reverse();
}

/**
 * Record what the page's last visit could place. Only highlights of that page are touched, and an orphan
 * keeps everything it had: a later visit (the page fixed, or rendered in full) can place it again.
 */
export async function recordAnchoring(
  db: LibraryDb,
  url: string,
  outcome: { anchored: string[]; orphaned: string[] },
  now = new Date(),
): Promise<number> {
  const key = urlKey(url);
  if (!key) return 0;
  const states = new Map<string, 'anchored' | 'orphan'>([
    ...outcome.anchored.map((id) => [id, 'anchored'] as const),
    ...outcome.orphaned.map((id) => [id, 'orphan'] as const),
  ]);
  const tx = db.transaction('annotations', 'readwrite');
  let changed = 0;
  for (const a of await tx.store.index('by-url').getAll(key)) {
    const state = states.get(a.id);
    if (!state) continue;
    await tx.store.put({ ...a, anchor: { state, checked: now.toISOString() } });
    changed++;
  }
  await tx.done;
  return changed;
}
