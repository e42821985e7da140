import { useState } from 'preact/hooks';
import type { Annotation } from '@/lib/types';

export interface CardActions {
  update(id: string, note: string, tags: string[]): Promise<string | null>;
  remove(id: string): Promise<string | null>;
}

/** One highlight: its quote (as text), note and tags, with edit and delete. Orphans say so. */
export function AnnotationCard(props: { annotation: Annotation; actions: CardActions }) {
  const a = props.annotation;
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(a.note);
  const [tags, setTags] = useState(a.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const orphan = a.anchor.state === 'orphan';

  const save = async (e: Event) => {
    e.preventDefault();
    const failed = await props.actions.update(a.id, note, tags.split(','));
    if (failed) setError(failed);
    else setEditing(false);
  };
  const remove = async () => {
    if (!confirm('Delete this highlight?')) return;
    const failed = await props.actions.remove(a.id);
    if (failed) setError(failed);
  };

  return (
    <li class={`annotation${orphan ? ' orphan' : ''}`} data-testid="annotation" data-id={a.id}>
      <blockquote>{a.quote.exact}</blockquote>
      {orphan && (
        <p class="orphan-note" data-testid="orphan">
          Orphan: this text was not found on the page at the last visit. The highlight is kept.
        </p>
      )}
      {editing ? (
        <form onSubmit={save}>
          <label>
            Note
            <textarea value={note} onInput={(e) => setNote(e.currentTarget.value)} data-testid="edit-note" />
          </label>
          <label>
            Tags (comma-separated)
            <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} data-testid="edit-tags" />
          </label>
          <div class="row">
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="submit" class="primary" data-testid="edit-save">
              Save
            </button>
          </div>
        </form>
      ) : (
        <>
          {a.note && <p class="note">{a.note}</p>}
          <div class="meta">
            {a.tags.map((t) => (
              <span class="tag" key={t}>
                {t}
              </span>
            ))}
            <time dateTime={a.created}>{a.created.slice(0, 10)}</time>
            <button type="button" class="link" onClick={() => setEditing(true)} data-testid="edit">
              Edit
            </button>
            <button type="button" class="link danger" onClick={() => void remove()} data-testid="delete">
              Delete
            </button>
          </div>
        </>
      )}
      {error && <p role="alert">{error}</p>}
    </li>
  );
}
