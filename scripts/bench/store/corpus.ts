// The text the store benchmark's synthetic news base is made from: UCI headlines (titles, publishers,
// hosts, story clusters) and sentences of the Readability test pages. Read in Node, sent to the page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from '../../../cli/dom';
import { corpusDir } from '../../eval/corpus';

export interface CorpusRow {
  title: string;
  publisher: string;
  host: string;
  story: string;
  /** Unix ms. */
  time: number;
}

export interface Pools {
  rows: CorpusRow[];
  sentences: string[];
}

/** One CSV line → fields (quoted fields may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

/** The pools, or null (with the reason printed) when the corpus is absent. */
export function loadPools(): Pools | null {
  const dir = corpusDir();
  const csv = resolve(dir, 'uci-news-headlines/uci-news-aggregator.first6366.csv');
  const pages = resolve(dir, 'readability-pages/test-pages');
  if (!existsSync(csv) || !existsSync(pages)) {
    console.log(`skip: the corpus (${csv}, ${pages}) is absent; the store benchmark generates its data from it`);
    return null;
  }
  const rows: CorpusRow[] = [];
  for (const line of readFileSync(csv, 'utf8').split('\n').slice(1)) {
    const f = csvFields(line);
    if (f.length < 8 || !f[1]) continue;
    rows.push({
      title: f[1],
      publisher: f[3] ?? '',
      host: f[6] || 'news.example',
      story: f[5] ?? '',
      time: Number(f[7]),
    });
  }
  const sentences: string[] = [];
  for (const slug of readdirSync(pages)) {
    const path = resolve(pages, slug, 'expected.html');
    if (!existsSync(path)) continue;
    const html = `<!doctype html><html><body>${readFileSync(path, 'utf8')}</body></html>`;
    const text = parseDocument(html, 'https://news.example/').body?.textContent ?? '';
    for (const s of text.split(/(?<=[.!?])\s+/)) {
      const clean = s.replace(/\s+/g, ' ').trim();
      if (clean.length >= 40 && clean.length <= 400 && /^[A-Z]/.test(clean)) sentences.push(clean);
    }
  }
  return { rows, sentences };
}
