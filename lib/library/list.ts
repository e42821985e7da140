import type { SavedItem } from '../types';

export type ListView = 'unread' | 'archived' | 'favourites';
export type ListSort = 'saved' | 'published';

export interface ListQuery {
  view: ListView;
  /** Only items with this tag, when set. */
  tag: string | null;
  /** Search hits, best first: they decide order and membership when set. */
  hits: string[] | null;
  sort: ListSort;
}

export function inView(item: SavedItem, view: ListView): boolean {
  return view === 'favourites' ? item.favourite : item.status === view;
}

/** The items one view of the reading list shows, in the order it shows them. */
export function visibleItems(items: readonly SavedItem[], q: ListQuery): SavedItem[] {
  const shown = items.filter((i) => inView(i, q.view) && (!q.tag || i.tags.includes(q.tag)));
  if (q.hits) {
    const rank = new Map(q.hits.map((id, n) => [id, n]));
    return shown.filter((i) => rank.has(i.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  }
  // Newest first; items without a publication time go last when sorting by it.
  const key = (i: SavedItem) => (q.sort === 'published' ? (i.publishedTime ?? '') : i.savedAt);
  return shown.sort((a, b) => key(b).localeCompare(key(a)) || b.savedAt.localeCompare(a.savedAt));
}

/** Every tag in use, alphabetically, for the tag filter. */
export function allTags(items: readonly SavedItem[]): string[] {
  return [...new Set(items.flatMap((i) => i.tags))].sort((a, b) => a.localeCompare(b));
}

/** "iraq, security , iraq" → ["iraq", "security"]: tags as the reader types them. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim().slice(0, 100))
        .filter(Boolean),
    ),
  ];
}
