import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { toCsl, type CitedArticle } from './citation-data';

/**
 * Citations through citation-js (its BibTeX and RIS plugins), not hand-written formats. This module is large
 * (the BibTeX plugin carries its LaTeX tables): extension pages load it with `import()` when the reader asks
 * for a citation export, never up front.
 */
export type CitationFormat = 'csl-json' | 'ris' | 'bibtex';

export function formatCitations(articles: readonly CitedArticle[], format: CitationFormat): string {
  const cite = new Cite(articles.map(toCsl));
  if (format === 'csl-json') return cite.format('data', { format: 'text' }) as string;
  if (format === 'bibtex') return cite.format('bibtex', { format: 'text' }) as string;
  // RIS: citation-js maps the fields. Its "old" RIS tags are used because its newer mapping drops a
  // newspaper article's authors (A1 is read by Zotero, EndNote and Mendeley alike), and its records are
  // written out here one tag per line, because its text output wraps values at 70 characters, which breaks
  // long URLs when read back.
  const records = cite.format('ris', { format: 'object', spec: 'old' }) as Array<Record<string, unknown>>;
  return records.map(risRecord).join('\n') + '\n';
}

function risRecord(record: Record<string, unknown>): string {
  const lines = [`TY  - ${String(record.TY)}`];
  for (const [tag, value] of Object.entries(record)) {
    if (tag === 'TY') continue;
    for (const v of ([] as unknown[]).concat(value)) lines.push(`${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`);
  }
  lines.push('ER  - ');
  return lines.join('\n');
}
