import { Readability } from '@mozilla/readability';
import type { ReadabilityHints } from './metadata';
import { pruneBoilerplate } from './boilerplate';

export interface ReadableContent extends ReadabilityHints {
  /** Main text with a blank line between blocks, so sentences and paragraphs stay apart. */
  text: string;
  /** hrefs of links inside the main text, so headline harvesting can leave in-text citations alone. */
  links: string[];
  /** Readability's HTML, unsanitized (only when asked for: the reading list's offline copy needs it). */
  html?: string;
}

/**
 * Readability mutates what it parses: this always works on a clone. Pages above the element cap are refused.
 * `withHtml` also serialises the content (analysis never needs it; an offline copy does).
 */
export function readMainContent(doc: Document, maxElems = 60_000, withHtml = false): ReadableContent | null {
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // Without HTML to hand out, the class clean-up pass is wasted work: only text and hrefs are read.
    parsed = new Readability<Element>(clone, {
      maxElemsToParse: maxElems,
      serializer: (el) => el as Element,
      keepClasses: !withHtml,
    }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const root = parsed.content;
  pruneBoilerplate(root);
  return {
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    excerpt: parsed.excerpt ?? null,
    lang: parsed.lang ?? null,
    publishedTime: parsed.publishedTime ?? null,
    text: blockText(root),
    links: Array.from(root.querySelectorAll('a[href]')).map((a) => a.getAttribute('href') ?? ''),
    ...(withHtml ? { html: root.innerHTML } : {}),
  };
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Text of an element with block boundaries as blank lines and inline whitespace collapsed. */
export function blockText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/[ \t]*\n[ \t]*/g, '\n')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}
