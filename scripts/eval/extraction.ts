// Article body, publication date and authors on real pages, scored as ../shared/corpus/README.md says.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from '../../cli/dom';
import { blockText, readMainContent } from '../../lib/extract/readable';
import { extractMetadata } from '../../lib/extract/metadata';
import { detectArticle } from '../../lib/extract/detect';
import { corpusDir, hasCorpus, line, mean, readCorpusPage, tokenPrf } from './corpus';

export const normAuthor = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
export const authorSet = (xs: string[]) => new Set(xs.map(normAuthor).filter(Boolean));
/**
 * Gold author strings name one person or several ("By X and Y", "X und Y"): split the same way for both
 * datasets, so a right answer listing the people separately is not counted wrong.
 */
export const goldAuthorSet = (xs: string[]) =>
  authorSet(xs.flatMap((x) => x.replace(/^\s*(?:by|von|par)\s+/i, '').split(/\s*(?:,|;|\band\b|\bund\b|&)\s*/i)));
export const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** A readability-pages byline is right when the names match as a set, or the whole line once "By" is cut. */
export function bylineRight(authors: string[], byline: string): boolean {
  return (
    sameSet(authorSet(authors), goldAuthorSet([byline])) ||
    normAuthor(authors.join(' ')) === normAuthor(byline.replace(/^by\s+/i, ''))
  );
}

/** trafilatura-eval's gold authors: a list, or one string with ";" between people. */
export const trafilaturaAuthors = (author: string | string[] | undefined): string[] =>
  Array.isArray(author) ? author : author ? author.split(/\s*;\s*/) : [];

/**
 * Text of an expected.html. The file is a bare `<div>` fragment: linkedom makes that div the document element
 * and leaves `body` empty, so the fragment is parsed inside a body; block boundaries become blank lines so
 * adjacent paragraphs do not fuse into one token.
 */
export function goldText(fragment: string, url: string): string {
  const doc = parseDocument(`<!DOCTYPE html><html><head></head><body>${fragment}</body></html>`, url);
  return doc.body ? blockText(doc.body) : '';
}

export async function evalExtraction(dir = corpusDir()): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  if (hasCorpus(dir, 'readability-pages')) Object.assign(out, readabilityPages(dir));
  if (hasCorpus(dir, 'trafilatura-eval')) Object.assign(out, trafilatura(dir));
  if (hasCorpus(dir, 'htmldate-default')) Object.assign(out, htmldate(dir));
  return out;
}

function readabilityPages(dir: string): Record<string, number> {
  const root = resolve(dir, 'readability-pages/test-pages');
  const f: number[] = [];
  const r: number[] = [];
  const p: number[] = [];
  let bylines = 0;
  let bylinesRight = 0;
  let readerable = 0;
  let detected = 0;
  let extracted = 0;
  const slugs = readdirSync(root);
  for (const slug of slugs) {
    const html = readFileSync(resolve(root, slug, 'source.html'), 'utf8');
    const expected = readFileSync(resolve(root, slug, 'expected.html'), 'utf8');
    const meta = JSON.parse(readFileSync(resolve(root, slug, 'expected-metadata.json'), 'utf8')) as {
      byline: string | null;
      readerable: boolean;
    };
    const url = 'http://fakehost/test/page.html';
    const doc = parseDocument(html, url);
    const content = readMainContent(doc);
    const gold = goldText(expected, url);
    const score = tokenPrf(content?.text ?? '', gold);
    f.push(score.f);
    r.push(score.r);
    p.push(score.p);
    if (content?.text) extracted++;
    if (meta.readerable) {
      readerable++;
      if (detectArticle(doc, 'http://fakehost/news/2024/01/01/test-page-about-a-story').isArticle) detected++;
    }
    if (meta.byline) {
      bylines++;
      const m = extractMetadata(doc, url, content ?? {});
      if (bylineRight(m.authors, meta.byline)) bylinesRight++;
    }
  }
  return {
    'body.readability_pages.f1': mean(f),
    'body.readability_pages.precision': mean(p),
    'body.readability_pages.recall': mean(r),
    'body.readability_pages.extracted_share': extracted / slugs.length,
    'detect.readability_pages.readerable_detected': readerable ? detected / readerable : 0,
    'authors.readability_pages.right': bylines ? bylinesRight / bylines : 0,
  };
}

export interface TrafEntry {
  file: string;
  with: string[];
  without: string[];
  author?: string | string[];
  date?: string;
}

/**
 * The trafilatura-eval pages with their gold entries, parsed: those `keep` accepts (asked before the page is
 * read), and present in the copy.
 */
export function* trafilaturaPages(
  dir: string,
  keep: (entry: TrafEntry) => boolean = () => true,
): Generator<{ url: string; entry: TrafEntry; doc: Document }> {
  const data = JSON.parse(readFileSync(resolve(dir, 'trafilatura-eval/evaldata.json'), 'utf8')) as Record<
    string,
    TrafEntry
  >;
  for (const [url, entry] of Object.entries(data)) {
    if (!keep(entry)) continue;
    let html: string;
    try {
      html = readCorpusPage(resolve(dir, 'trafilatura-eval/html', `${entry.file}.gz`));
    } catch {
      continue;
    }
    yield { url, entry, doc: parseDocument(html, url) };
  }
}

function trafilatura(dir: string): Record<string, number> {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  let authors = 0;
  let authorsRight = 0;
  let dates = 0;
  let datesRight = 0;
  for (const { url, entry: e, doc } of trafilaturaPages(dir)) {
    const content = readMainContent(doc);
    const text = (content?.text ?? '').replace(/\s+/g, ' ');
    const found = (s: string) => text.includes(s.replace(/\s+/g, ' ').trim());
    tp += e.with.filter(found).length;
    fn += e.with.length - e.with.filter(found).length;
    fp += e.without.filter(found).length;
    tn += e.without.length - e.without.filter(found).length;
    const m = extractMetadata(doc, url, content ?? {});
    const goldAuthors = trafilaturaAuthors(e.author);
    if (goldAuthors.length) {
      authors++;
      if (sameSet(authorSet(m.authors), goldAuthorSet(goldAuthors))) authorsRight++;
    }
    if (e.date) {
      dates++;
      if (m.publishedTime?.slice(0, 10) === e.date) datesRight++;
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    'body.trafilatura.snippet_precision': precision,
    'body.trafilatura.snippet_recall': recall,
    'body.trafilatura.snippet_f1': (2 * precision * recall) / Math.max(1e-9, precision + recall),
    'body.trafilatura.snippet_accuracy': (tp + tn) / Math.max(1, tp + tn + fp + fn),
    'authors.trafilatura.right': authors ? authorsRight / authors : 0,
    'date.trafilatura.exact_day': dates ? datesRight / dates : 0,
  };
}

function htmldate(dir: string): Record<string, number> {
  const data = JSON.parse(readFileSync(resolve(dir, 'htmldate-default/annotations.json'), 'utf8')) as Record<
    string,
    { file: string; date: string }
  >;
  let n = 0;
  let right = 0;
  for (const [url, e] of Object.entries(data)) {
    let html: string;
    try {
      html = readCorpusPage(resolve(dir, 'htmldate-default', e.file));
    } catch {
      continue;
    }
    n++;
    const doc = parseDocument(html, url);
    const m = extractMetadata(doc, url);
    if (m.publishedTime?.slice(0, 10) === e.date) right++;
  }
  return { 'date.htmldate.exact_day': n ? right / n : 0 };
}

/** Targets of the extraction figures (issue "Understanding the story, measured"). */
export const TARGETS: Record<string, string> = {
  'body.readability_pages.f1': '≥ 0.97',
  'body.readability_pages.recall': '≥ 0.97',
  'date.htmldate.exact_day': '≥ 0.93',
  'authors.trafilatura.right': '≥ 0.85',
  'authors.readability_pages.right': '≥ 0.85',
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await evalExtraction();
  for (const [k, v] of Object.entries(figures)) console.log(line(k, v, TARGETS[k]));
}
