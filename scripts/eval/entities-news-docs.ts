/**
 * Plain text of the real news documents that the entity labels in `data/entities-real-news.jsonl` and
 * `data/entities-news-train.jsonl` point into. The labels hold only document references and character
 * offsets (the corpus licences forbid copying the text), so this derivation must stay byte-stable: a
 * label file records each document's length and hash, and a document whose text no longer matches is
 * skipped rather than scored against shifted offsets.
 *
 * References: `timebank/<doc>` (documents.jsonl `text`), `polnear/<file>.txt` (the file as is),
 * `readability/<slug>` (the text of expected.html, one block element per paragraph).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

let timebank: Map<string, string> | null = null;

function timebankText(corpus: string, doc: string): string | null {
  if (!timebank) {
    timebank = new Map();
    const path = join(corpus, 'timebank-aquaint/documents.jsonl');
    if (!existsSync(path)) return null;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const d = JSON.parse(line) as { doc: string; text: string };
      timebank.set(d.doc, d.text);
    }
  }
  return timebank.get(doc) ?? null;
}

// Its own list of block elements, not lib/extract/readable.ts's: the labels are offsets into this text,
// which must not move when the product's article-text rules change.
const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'FIGURE',
  'FIGCAPTION',
  'SECTION',
  'ARTICLE',
  'BR',
]);

/** Text of an article's HTML: text nodes in order, a blank line at every block boundary, spaces collapsed. */
export function htmlArticleText(html: string): string {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(document.body as unknown as Node);
  return parts
    .join('')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

/** The text behind a document reference, or null when that part of the corpus is absent. */
export function newsDocText(corpus: string, ref: string): string | null {
  const slash = ref.indexOf('/');
  const source = ref.slice(0, slash);
  const id = ref.slice(slash + 1);
  if (source === 'timebank') return timebankText(corpus, id);
  if (source === 'polnear') {
    const path = join(corpus, 'polnear-dev/text', id);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  }
  if (source === 'readability') {
    const path = join(corpus, 'readability-pages/test-pages', id, 'expected.html');
    return existsSync(path) ? htmlArticleText(readFileSync(path, 'utf8')) : null;
  }
  throw new Error(`unknown news document source in ${ref}`);
}

/** FNV-1a over UTF-16 code units, as hex: enough to notice that a document's text changed. */
export function textHash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
