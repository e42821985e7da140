import { useEffect, useState } from 'preact/hooks';
import type { Result } from '@/lib/messaging';
import type { ReadingStatus } from '@/lib/library/status';
import type { SavedItem } from '@/lib/types';
import { ChangeNotice } from './ChangeNotice';

/** What the popup's reading-list panel asks of the extension, injected so tests can fake it. */
export interface ReadingPopupApi {
  status(tabId: number): Promise<Result<ReadingStatus>>;
  save(tabId: number): Promise<Result<{ item: SavedItem }>>;
  openReadingList(): void;
}

/** The popup's reading-list strip: save the article (or see that it is saved) and whether it changed since. */
export function SavePanel(props: { tabId: number; api: ReadingPopupApi }) {
  const [status, setStatus] = useState<ReadingStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void props.api.status(props.tabId).then((r) => {
      if (cancelled) return;
      if (r.ok) setStatus(r.value);
      else setError(r.error);
    });
    return () => {
      cancelled = true;
    };
  }, [props.tabId]);

  const save = async () => {
    setBusy(true);
    setError(null);
    const r = await props.api.save(props.tabId);
    setBusy(false);
    if (r.ok) setStatus((s) => ({ saved: r.value.item, change: s?.change ?? null }));
    else setError(r.error);
  };

  return (
    <section class="reading" aria-label="Reading list">
      <div class="reading-bar">
        {status?.saved ? (
          <span class="saved" data-testid="saved-state">
            ✓ Saved to your reading list
          </span>
        ) : (
          <button class="primary" data-testid="save-article" onClick={save} disabled={busy || !status}>
            {busy ? 'Saving…' : 'Save to reading list'}
          </button>
        )}
        <button class="link" data-testid="open-reading-list" onClick={() => props.api.openReadingList()}>
          Reading list
        </button>
      </div>
      {error && (
        <p role="alert" class="error" data-testid="save-error">
          {error}
        </p>
      )}
      {status?.change && <ChangeNotice change={status.change} saved={status.saved !== null} />}
    </section>
  );
}
