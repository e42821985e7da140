import Papa from 'papaparse';
import type { Annotation } from '../types';

export const ANNOTATION_CSV_COLUMNS = [
  'id',
  'url',
  'title',
  'quote',
  'prefix',
  'suffix',
  'start',
  'end',
  'note',
  'tags',
  'created',
  'updated',
  'anchor',
] as const;

/**
 * Highlights as CSV (RFC 4180, via Papa Parse), one row each, tags joined with "; ". Cells that a spreadsheet
 * would run as a formula (=, +, -, @ first) are escaped: the text comes from web pages.
 */
export function annotationsCsv(annotations: readonly Annotation[]): string {
  const rows = annotations.map((a) => [
    a.id,
    a.url,
    a.title,
    a.quote.exact,
    a.quote.prefix,
    a.quote.suffix,
    a.position.start,
    a.position.end,
    a.note,
    a.tags.join('; '),
    a.created,
    a.updated,
    a.anchor.state,
  ]);
  return Papa.unparse({ fields: [...ANNOTATION_CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' });
}
