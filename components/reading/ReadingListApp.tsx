import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ReadingListApi } from '@/lib/library/page-api';
import { allTags, inView, visibleItems, type ListSort, type ListView } from '@/lib/library/list';
import type { OfflineCopy, SavedItem } from '@/lib/types';
import { ItemRow, type ItemActions } from './ItemRow';
import { ReaderView } from './ReaderView';
import { ImportExport } from './ImportExport';

const VIEWS: Array<[ListView, string]> = [
  ['unread', 'Unread'],
  ['archived', 'Archived'],
  ['favourites', 'Favourites'],
];

/** The Reading list page: the list with its views, tags, search and sort; the reader view; import and export. */
export function ReadingListApp(props: { api: ReadingListApi }) {
  const { api } = props;
  const [items, setItems] = useState<SavedItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<ListView>('unread');
  const [tag, setTag] = useState<string | null>(null);
  const [sort, setSort] = useState<ListSort>('saved');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<string[] | null>(null);
  const [reading, setReading] = useState<{ item: SavedItem; copy: OfflineCopy | undefined } | null>(null);

  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const reload = useCallback(() => api.list().then(setItems, fail), [api]);

  useEffect(() => {
    void reload();
    // Articles saved from a tab while this page was open appear when the reader comes back to it.
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  useEffect(() => {
    let current = true;
    if (!query.trim()) setHits(null);
    else void api.search(query).then((ids) => current && setHits(ids), fail);
    return () => {
      current = false;
    };
  }, [query, items]);

  const actions: ItemActions = {
    open: (id) => {
      const item = items?.find((i) => i.id === id);
      if (item) void api.copy(id).then((copy) => setReading({ item, copy }), fail);
    },
    update: (id, patch) => void api.update(id, patch).then(reload, fail),
    remove: (id) => void api.remove(id).then(reload, fail),
  };

  if (reading) return <ReaderView item={reading.item} copy={reading.copy} onBack={() => setReading(null)} />;

  const shown = items ? visibleItems(items, { view, tag, hits, sort }) : [];
  const tags = items ? allTags(items) : [];
  return (
    <main class="reading-list">
      <header class="page-head">
        <h1>Reading list</h1>
        <input
          type="search"
          data-testid="search"
          placeholder="Search titles and text"
          aria-label="Search titles and text"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </header>
      {error && (
        <p role="alert" class="error" data-testid="list-error">
          {error}
        </p>
      )}
      <nav class="views" aria-label="Views">
        {VIEWS.map(([key, label]) => (
          <button
            key={key}
            data-testid={`view-${key}`}
            aria-pressed={view === key}
            class={view === key ? 'active' : ''}
            onClick={() => setView(key)}
          >
            {label} <span class="count">{items?.filter((i) => inView(i, key)).length ?? 0}</span>
          </button>
        ))}
        <label>
          Tag{' '}
          <select data-testid="tag-filter" value={tag ?? ''} onChange={(e) => setTag(e.currentTarget.value || null)}>
            <option value="">All</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort{' '}
          <select
            data-testid="sort"
            value={sort}
            disabled={hits !== null}
            onChange={(e) => setSort(e.currentTarget.value as ListSort)}
          >
            <option value="saved">Newest saved</option>
            <option value="published">Newest published</option>
          </select>
        </label>
      </nav>
      {items === null ? (
        <p aria-busy="true">Loading…</p>
      ) : shown.length === 0 ? (
        <p class="muted" data-testid="empty">
          {hits
            ? 'No saved article matches this search here.'
            : 'Nothing here yet. Save articles from the Backstory popup, the page menu or Alt+Shift+S.'}
        </p>
      ) : (
        <ul class="items" data-testid="items">
          {shown.map((item) => (
            <ItemRow key={item.id} item={item} actions={actions} />
          ))}
        </ul>
      )}
      <ImportExport api={api} onImported={() => void reload()} />
    </main>
  );
}
