import { useEffect, useState } from 'preact/hooks';
import type { ExportFile, ExportKind, ReadingListApi } from '@/lib/library/page-api';

const EXPORTS: Array<[ExportKind, string]> = [
  ['json', 'Library (JSON)'],
  ['csv', 'Reading list (CSV)'],
  ['markdown', 'Reading list (Markdown)'],
];

/**
 * Import a Pocket, Instapaper, bookmarks or library file; export the library. An export is offered as a link to a
 * Blob (a download the reader clicks, and a URL a test can read back).
 */
export function ImportExport(props: { api: ReadingListApi; onImported(): void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<(ExportFile & { href: string }) | null>(null);

  useEffect(() => () => file && URL.revokeObjectURL(file.href), [file]);

  const importFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    setBusy(true);
    setMessage(null);
    try {
      const text = await chosen.text();
      setMessage({ ok: true, text: await props.api.importFile(text) });
      props.onImported();
    } catch (error) {
      setMessage({
        ok: false,
        text: `Nothing was imported. ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  const exportFile = async (kind: ExportKind) => {
    const made = await props.api.exportFile(kind);
    const href = URL.createObjectURL(new Blob([made.text], { type: `${made.type};charset=utf-8` }));
    setFile({ ...made, href });
  };

  return (
    <section class="import-export" aria-label="Import and export">
      <h2>Import</h2>
      <p class="muted">
        Pocket export (CSV), Instapaper export (CSV), browser bookmarks (HTML) or a Backstory library (JSON).
      </p>
      <input
        type="file"
        data-testid="import-file"
        accept=".csv,.html,.htm,.json,text/csv,text/html,application/json"
        disabled={busy}
        onChange={(e) => void importFile(e.currentTarget)}
      />
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'} data-testid="import-result">
          {message.text}
        </p>
      )}
      <h2>Export</h2>
      <div class="export-buttons">
        {EXPORTS.map(([kind, label]) => (
          <button key={kind} data-testid={`export-${kind}`} onClick={() => void exportFile(kind)}>
            {label}
          </button>
        ))}
      </div>
      {file && (
        <p>
          <a data-testid="export-link" href={file.href} download={file.name} target="_self">
            Download {file.name}
          </a>
        </p>
      )}
    </section>
  );
}
