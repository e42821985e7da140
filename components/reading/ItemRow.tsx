import { useEffect, useState } from 'preact/hooks';
import type { SavedItem } from '@/lib/types';
import type { ItemPatch } from '@/lib/store/library/items';
import { parseTags } from '@/lib/library/list';
import { absoluteTime, safeHref } from '../format';

export interface ItemActions {
  open(id: string): void;
  update(id: string, patch: ItemPatch): void;
  remove(id: string): void;
}

/** One saved article on the list: open it, archive it, star it, tag it, note on it, remove it. */
export function ItemRow(props: { item: SavedItem; actions: ItemActions }) {
  const { item, actions } = props;
  const [tags, setTags] = useState(item.tags.join(', '));
  const [note, setNote] = useState(item.note);
  // Follow the stored tags and note when they change, but not on other updates (a star clicked while typing).
  const storedTags = item.tags.join(', ');
  useEffect(() => {
    setTags(storedTags);
    setNote(item.note);
  }, [storedTags, item.note]);
  const source = [item.publisher, item.publishedTime ? `published ${absoluteTime(item.publishedTime)}` : null];
  return (
    <li class="item" data-testid="item">
      <div class="item-head">
        <button class="item-title" data-testid="open-item" onClick={() => actions.open(item.id)}>
          {item.title}
        </button>
        <button
          class={`star${item.favourite ? ' on' : ''}`}
          data-testid="favourite"
          aria-pressed={item.favourite}
          title={item.favourite ? 'Remove from favourites' : 'Add to favourites'}
          onClick={() => actions.update(item.id, { favourite: !item.favourite })}
        >
          {item.favourite ? '★' : '☆'}
        </button>
      </div>
      <p class="muted item-meta">
        <a href={safeHref(item.url)} target="_blank" rel="noopener noreferrer">
          {safeHref(item.url) ? new URL(item.url).hostname : item.url}
        </a>
        {source.filter(Boolean).map((s) => ` · ${s}`)} · saved {absoluteTime(item.savedAt)}
      </p>
      {item.tags.length > 0 && (
        <ul class="tags" aria-label="Tags">
          {item.tags.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      {item.note && <p class="item-note">{item.note}</p>}
      <div class="item-actions">
        <button
          data-testid="toggle-archive"
          onClick={() => actions.update(item.id, { status: item.status === 'unread' ? 'archived' : 'unread' })}
        >
          {item.status === 'unread' ? 'Archive' : 'Move to unread'}
        </button>
        <details>
          <summary>Tags and note</summary>
          <form
            class="item-edit"
            onSubmit={(e) => {
              e.preventDefault();
              actions.update(item.id, { tags: parseTags(tags), note: note.slice(0, 50_000) });
            }}
          >
            <label>
              Tags (comma-separated)
              <input data-testid="edit-tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
            </label>
            <label>
              Note
              <textarea data-testid="edit-note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            </label>
            <button type="submit" data-testid="save-edit">
              Save
            </button>
          </form>
        </details>
        <button class="danger" data-testid="delete-item" onClick={() => actions.remove(item.id)}>
          Remove
        </button>
      </div>
    </li>
  );
}
