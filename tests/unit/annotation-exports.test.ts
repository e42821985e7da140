import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { Cite } from '@citation-js/core';
import { w3cJson } from '../../lib/export/w3c';
import { annotationsMarkdown } from '../../lib/export/markdown';
import { ANNOTATION_CSV_COLUMNS, annotationsCsv } from '../../lib/export/csv';
import { citationId, citedArticles } from '../../lib/export/citation-data';
import { formatCitations } from '../../lib/export/citations';
import type { Annotation, SavedItem } from '../../lib/types';
import type { ArticleContext } from '../../lib/annotations/library';

// Page text is hostile: quotes, notes and titles carry markup, formulas, quotes and line breaks.
const annotation = (id: string, over: Partial<Annotation> = {}): Annotation => ({
  id,
  articleId: 'https://paper.example/2024/08/06/budget',
  url: 'https://paper.example/2024/08/06/budget',
  title: 'Council <b>approves</b> the "budget"',
  quote: {
    type: 'TextQuoteSelector',
    exact: '=HYPERLINK("x") said, "we can fix the roads"',
    prefix: 'Ortiz ',
    suffix: '\nNext',
  },
  position: { type: 'TextPositionSelector', start: 120, end: 163 },
  note: 'Key claim, check it\n<script>alert(1)</script>',
  tags: ['evidence', 'roads; city'],
  created: '2024-08-07T10:00:00.000Z',
  updated: '2024-08-07T11:00:00.000Z',
  anchor: { state: 'anchored', checked: '2024-08-07T10:00:00.000Z' },
  ...over,
});
const annotations = [
  annotation('a1'),
  annotation('a2', { note: '', tags: [], anchor: { state: 'orphan', checked: null } }),
];

const item: SavedItem = {
  id: 'https://paper.example/2024/08/06/budget',
  url: 'https://paper.example/2024/08/06/budget',
  title: 'Council approves the budget {after} a 5% & "long" debate',
  authors: ['Jane Ortiz', 'Reuters staff'],
  publisher: 'The Paper',
  publishedTime: '2024-08-06T09:30:00Z',
  language: 'en',
  excerpt: null,
  savedAt: '2024-08-07T10:00:00Z',
  status: 'unread',
  favourite: false,
  tags: [],
  note: '',
  entityKeys: [],
  storyId: null,
  source: 'browser',
};

const otherArticle: ArticleContext = {
  id: 'https://wire.example/iraq/militia',
  url: 'https://wire.example/iraq/militia',
  title: 'Iraqi militia says truce is over',
  publisher: null,
  domain: 'wire.example',
  authors: ['Haider Al Lami'],
  publishedTime: '2024-08-07T08:00:00Z',
  storyId: 's1',
  storyLabel: 'Militia truce',
  entities: [],
};

describe('W3C Web Annotation export', () => {
  test('is a JSON-LD AnnotationCollection whose annotations carry both selectors, the note and tags', () => {
    const doc = JSON.parse(w3cJson(annotations, new Date('2024-08-08T00:00:00Z')));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(2);
    expect(doc.first.type).toBe('AnnotationPage');
    const [first, second] = doc.first.items;
    expect(first).toMatchObject({ id: 'urn:uuid:a1', type: 'Annotation', motivation: 'commenting' });
    expect(first.target.source).toBe(annotations[0]!.url);
    expect(first.target.selector).toEqual([
      annotations[0]!.quote,
      { type: 'TextPositionSelector', start: 120, end: 163 },
    ]);
    expect(first.body).toEqual([
      { type: 'TextualBody', value: annotations[0]!.note, purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: 'evidence', purpose: 'tagging' },
      { type: 'TextualBody', value: 'roads; city', purpose: 'tagging' },
    ]);
    expect(second.motivation).toBe('highlighting');
    expect(second.body).toBeUndefined();
  });
});

describe('Markdown export', () => {
  test('groups by article, quotes each highlight, escapes page markup and marks orphans', () => {
    const md = annotationsMarkdown(annotations, new Date('2024-08-08T00:00:00Z'));
    expect(md).toContain(
      '## [Council \\<b\\>approves\\</b\\> the "budget"](<https://paper.example/2024/08/06/budget>)',
    );
    expect(md).toContain('> =HYPERLINK("x") said, "we can fix the roads"');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('Tags: `evidence`, `roads; city`');
    expect(md).toContain('(orphan)');
    expect(md).not.toContain('<script>');
  });
});

describe('CSV export', () => {
  test('parses back to the same fields, with formulas defused', () => {
    const parsed = Papa.parse<Record<string, string>>(annotationsCsv(annotations), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...ANNOTATION_CSV_COLUMNS]);
    const row = parsed.data[0]!;
    expect(row.quote).toBe(`'${annotations[0]!.quote.exact}`);
    expect(row.note).toBe(annotations[0]!.note);
    expect(row.suffix).toBe('\nNext');
    expect(row.tags).toBe('evidence; roads; city');
    expect([row.start, row.end, row.anchor]).toEqual(['120', '163', 'anchored']);
    expect(parsed.data[1]!.anchor).toBe('orphan');
  });
});

describe('citations', () => {
  const cited = citedArticles(
    [item],
    [annotation('a1'), annotation('a3', { articleId: otherArticle.id, url: otherArticle.url })],
    [otherArticle],
  );

  test('saved items and annotated articles, once each', () => {
    expect(cited.map((c) => c.id)).toEqual([item.id, otherArticle.id]);
    expect(cited[1]).toMatchObject({
      title: otherArticle.title,
      publisher: 'wire.example',
      authors: ['Haider Al Lami'],
    });
  });

  test('CSL-JSON is JSON with names split and dates as date-parts', () => {
    const csl = JSON.parse(formatCitations(cited, 'csl-json'));
    expect(csl[0]).toMatchObject({
      id: citationId(item.url),
      type: 'article-newspaper',
      title: item.title,
      'container-title': 'The Paper',
      URL: item.url,
      issued: { 'date-parts': [[2024, 8, 6]] },
      accessed: { 'date-parts': [[2024, 8, 7]] },
      author: [{ given: 'Jane', family: 'Ortiz' }, { literal: 'Reuters staff' }],
    });
  });

  test('BibTeX reads back with citation-js: title, authors, outlet, year, URL', () => {
    const bib = formatCitations(cited, 'bibtex');
    expect(bib).toMatch(/^@/);
    const back = new Cite(bib).data;
    expect(back).toHaveLength(2);
    expect(back[0]).toMatchObject({ title: item.title, 'container-title': 'The Paper', URL: item.url });
    expect(back[0]!.author).toEqual([{ given: 'Jane', family: 'Ortiz' }, { family: 'Reuters staff' }]);
    expect((back[0]!.issued as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(2024);
  });

  test('RIS reads back with citation-js: NEWS records with title, outlet and whole URLs', () => {
    const ris = formatCitations(cited, 'ris');
    expect(ris).toContain('TY  - NEWS');
    // Authors as A1 (read by Zotero, EndNote, Mendeley); citation-js's own reader maps NEWS authors to
    // "reporter" only from AU, so they are checked in the text.
    expect(ris).toContain('A1  - Ortiz, Jane\nA1  - Reuters staff');
    const back = new Cite(ris).data;
    expect(back).toHaveLength(2);
    expect(back[0]).toMatchObject({
      id: citationId(item.url),
      type: 'article-newspaper',
      title: item.title,
      'container-title': 'The Paper',
      URL: item.url,
    });
    expect(back[1]).toMatchObject({ URL: otherArticle.url, title: otherArticle.title });
  });
});
