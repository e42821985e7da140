// The author misses of both datasets, page by page (id, gold, ours), scored with the extraction eval's own
// functions. For tuning only: `npx tsx scripts/eval/authors-misses.ts [out.tsv]`. Readability's hints are
// cached per page in the system temp folder (they do not depend on the author code), so reruns take seconds.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { parseDocument } from '../../cli/dom';
import { readMainContent } from '../../lib/extract/readable';
import { extractMetadata, type ReadabilityHints } from '../../lib/extract/metadata';
import { corpusDir, hasCorpus } from './corpus';
import { authorSet, bylineRight, goldAuthorSet, sameSet, trafilaturaAuthors, trafilaturaPages } from './extraction';

const dir = corpusDir();
const cachePath = resolve(tmpdir(), 'backstory-authors-hints.json');
const cache: Record<string, ReadabilityHints> = existsSync(cachePath)
  ? (JSON.parse(readFileSync(cachePath, 'utf8')) as Record<string, ReadabilityHints>)
  : {};
const rows: string[] = [];

function hintsOf(key: string, doc: Document): ReadabilityHints {
  if (!cache[key]) {
    const c: ReadabilityHints = readMainContent(doc) ?? {};
    cache[key] = { title: c.title, byline: c.byline, siteName: c.siteName, excerpt: c.excerpt, lang: c.lang };
  }
  return cache[key];
}

let rpN = 0;
let rpRight = 0;
if (hasCorpus(dir, 'readability-pages')) {
  const root = resolve(dir, 'readability-pages/test-pages');
  for (const slug of readdirSync(root)) {
    const meta = JSON.parse(readFileSync(resolve(root, slug, 'expected-metadata.json'), 'utf8')) as {
      byline: string | null;
    };
    if (!meta.byline) continue;
    const url = 'http://fakehost/test/page.html';
    const doc = parseDocument(readFileSync(resolve(root, slug, 'source.html'), 'utf8'), url);
    const m = extractMetadata(doc, url, hintsOf(`rp:${slug}`, doc));
    rpN++;
    if (bylineRight(m.authors, meta.byline)) rpRight++;
    else rows.push(['rp', slug, meta.byline, m.authors.join(' ; ')].join('\t'));
  }
}

let trN = 0;
let trRight = 0;
if (hasCorpus(dir, 'trafilatura-eval')) {
  for (const { url, entry: e, doc } of trafilaturaPages(dir, (entry) => trafilaturaAuthors(entry.author).length > 0)) {
    const gold = trafilaturaAuthors(e.author);
    const m = extractMetadata(doc, url, hintsOf(`tr:${e.file}`, doc));
    trN++;
    if (sameSet(authorSet(m.authors), goldAuthorSet(gold))) trRight++;
    else rows.push(['tr', e.file, gold.join(' ; '), m.authors.join(' ; ')].join('\t'));
  }
}

writeFileSync(cachePath, JSON.stringify(cache));
const out = process.argv[2] ?? resolve(tmpdir(), 'authors-misses.tsv');
writeFileSync(out, rows.join('\n') + '\n');
console.log(`authors.readability_pages.right ${(rpRight / Math.max(1, rpN)).toFixed(3)} (${rpRight}/${rpN})`);
console.log(`authors.trafilatura.right ${(trRight / Math.max(1, trN)).toFixed(3)} (${trRight}/${trN})`);
console.log(`misses → ${out}`);
