import type { Annotation } from '../types';

/**
 * Highlights as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/,
 * https://www.w3.org/TR/annotation-vocab/): one AnnotationCollection whose single AnnotationPage holds every
 * Annotation; each targets its page's URL with a TextQuoteSelector and a TextPositionSelector (offsets count
 * characters of the page text as Backstory's text model defines it, see lib/anchoring/README.md). The note is
 * a TextualBody with purpose "commenting", each tag one with purpose "tagging".
 */
export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: Array<{ type: 'TextualBody'; value: string; purpose: 'commenting' | 'tagging'; format?: 'text/plain' }>;
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface W3CCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

export function toW3CAnnotation(a: Annotation): W3CAnnotation {
  const body: NonNullable<W3CAnnotation['body']> = [];
  if (a.note.trim()) body.push({ type: 'TextualBody', value: a.note, purpose: 'commenting', format: 'text/plain' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.note.trim() ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.updated,
    ...(body.length ? { body } : {}),
    target: {
      source: a.url,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        { type: 'TextPositionSelector', start: a.position.start, end: a.position.end },
      ],
    },
  };
}

export function toW3CCollection(annotations: readonly Annotation[], now = new Date()): W3CCollection {
  const id = `urn:backstory:annotations:${now.toISOString()}`;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: 'Backstory highlights',
    total: annotations.length,
    first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items: annotations.map(toW3CAnnotation) },
  };
}

export function w3cJson(annotations: readonly Annotation[], now = new Date()): string {
  return JSON.stringify(toW3CCollection(annotations, now), null, 2);
}
