import { useEffect, useState } from 'preact/hooks';
import type { AnnotationLibrary } from '@/lib/annotations/library';
import { w3cJson } from '@/lib/export/w3c';
import { annotationsMarkdown } from '@/lib/export/markdown';
import { annotationsCsv } from '@/lib/export/csv';
import { citedArticles } from '@/lib/export/citation-data';

interface ExportKind {
  id: string;
  label: string;
  file: string;
  mime: string;
  make(library: AnnotationLibrary): Promise<string>;
}

const citations = (format: 'csl-json' | 'ris' | 'bibtex') => async (library: AnnotationLibrary) => {
  // citation-js is loaded only when a citation is asked for.
  const { formatCitations } = await import('@/lib/export/citations');
  return formatCitations(citedArticles(library.items, library.annotations, library.articles), format);
};

const KINDS: ExportKind[] = [
  {
    id: 'w3c',
    label: 'W3C Web Annotation (JSON-LD)',
    file: 'backstory-annotations.jsonld',
    mime: 'application/ld+json',
    make: async (l) => w3cJson(l.annotations),
  },
  {
    id: 'markdown',
    label: 'Markdown',
    file: 'backstory-annotations.md',
    mime: 'text/markdown',
    make: async (l) => annotationsMarkdown(l.annotations),
  },
  {
    id: 'csv',
    label: 'CSV',
    file: 'backstory-annotations.csv',
    mime: 'text/csv',
    make: async (l) => annotationsCsv(l.annotations),
  },
  {
    id: 'csl-json',
    label: 'Citations: CSL-JSON',
    file: 'backstory-citations.json',
    mime: 'application/json',
    make: citations('csl-json'),
  },
  {
    id: 'ris',
    label: 'Citations: RIS',
    file: 'backstory-citations.ris',
    mime: 'application/x-research-info-systems',
    make: citations('ris'),
  },
  {
    id: 'bibtex',
    label: 'Citations: BibTeX',
    file: 'backstory-citations.bib',
    mime: 'application/x-bibtex',
    make: citations('bibtex'),
  },
];

/**
 * Exports of every highlight (not only the filtered ones) and citations of saved and annotated articles.
 * The text is shown in a read-only box (copy it, or check it) and offered as a download.
 */
export function ExportPanel(props: { library: AnnotationLibrary }) {
  const [made, setMade] = useState<{ kind: ExportKind; text: string; href: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => () => made && URL.revokeObjectURL(made.href), [made]);

  const make = async (kind: ExportKind) => {
    setError(null);
    try {
      const text = await kind.make(props.library);
      setMade({ kind, text, href: URL.createObjectURL(new Blob([text], { type: kind.mime })) });
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <section class="export" aria-label="Export">
      <h2>Export</h2>
      <div class="buttons">
        {KINDS.map((k) => (
          <button type="button" key={k.id} onClick={() => void make(k)} data-testid={`export-${k.id}`}>
            {k.label}
          </button>
        ))}
      </div>
      {error && <p role="alert">{error}</p>}
      {made && (
        <div class="result" data-testid="export-result" data-kind={made.kind.id}>
          <a href={made.href} download={made.kind.file} data-testid="export-download">
            Download {made.kind.file}
          </a>
          <textarea readOnly value={made.text} data-testid="export-text" rows={12} />
        </div>
      )}
    </section>
  );
}
