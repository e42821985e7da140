import { parseDay, type DayBounds } from './parse-day';
import { isBoilerplate, leadingText } from './markup';

/**
 * Dates written for readers: the date line of a byline or a post header ("Samstag, 19. Juli 2014",
 * "Posted on September 21, 2020"). Elements are found by the class and id names CMSs give them, group
 * by group from the most to the least specific (the order htmldate found to work on its evaluation
 * set); only the first characters of each are read, so a date deep in a container is not taken.
 * One pass over the elements sorts them into the groups (a selector per group would walk the DOM 8 times).
 */
interface Named {
  cls: string;
  id: string;
  itemprop: string;
  tag: string;
}
const GROUPS: Array<(e: Named) => boolean> = [
  (e) => /date|Date|datum|Datum|time/.test(e.id) || e.cls.includes('post-meta-time'),
  (e) => /date|Date|datum|Datum/.test(e.cls),
  (e) => /postmeta|post-meta|entry-meta|postMeta|post_meta|post__meta|post_detail|postDetail/.test(e.cls),
  (e) =>
    ['meta', 'meta-before', 'asset-meta'].includes(e.cls) ||
    e.id.includes('article-metadata') ||
    /article-metadata|byline|subline/.test(e.cls),
  (e) => /published|posted|submitted|created-post|publication|fecha|parution/.test(e.cls),
  (e) => e.id.includes('lastmod') || e.itemprop.includes('date') || /time|Time/.test(e.cls),
  (e) => e.cls.includes('post-footer') || e.tag === 'SMALL',
  (e) => /author|autor|field-content|info|fa-clock-o|fa-calendar/.test(e.cls),
];
/** The byline group: a date there may sit beside the name, in the parent ("<a class="author">Jo</a>, 8.5.12"). */
const BYLINE_GROUP = GROUPS.length - 1;

/** Elements read per group at most: a listing page can have thousands of dated teasers. */
const MAX_PER_GROUP = 60;
const MAX_ELEMENTS = 20_000;
const LINE_CHARS = 56;

export function dateLinePublished(doc: Document, bounds: DayBounds): string | null {
  const buckets: Element[][] = GROUPS.map(() => []);
  const elements = doc.querySelectorAll('[class], [id], [itemprop], small');
  for (let i = 0; i < elements.length && i < MAX_ELEMENTS; i++) {
    const el = elements[i]!;
    const named: Named = {
      cls: el.getAttribute('class') ?? '',
      id: el.getAttribute('id') ?? '',
      itemprop: el.getAttribute('itemprop') ?? '',
      tag: el.tagName,
    };
    const group = GROUPS.findIndex((test) => test(named));
    const bucket = group < 0 ? undefined : buckets[group];
    if (bucket && bucket.length < MAX_PER_GROUP) bucket.push(el);
  }
  for (const [group, bucket] of buckets.entries()) {
    for (const el of bucket) {
      const day =
        parseDay(leadingText(el, LINE_CHARS), bounds) ??
        parseDay(el.getAttribute('title') ?? '', bounds) ??
        (group === BYLINE_GROUP && el.parentElement
          ? parseDay(leadingText(el.parentElement, LINE_CHARS), bounds)
          : null);
      // Checked last: most elements hold no date, and the ancestor walk is the costly part.
      if (day && !isBoilerplate(el)) return day;
    }
  }
  return null;
}

/**
 * Date cues in running text: "Veröffentlicht am 16.08.2019", "Datum: 22.12.2012", "Published on
 * August 19, 2019", "Publié le 29 juin 2019". Only the page's first text is scanned (bounded), once.
 */
const CUE =
  /(?<!\p{L})(?:ver(?:ö|oe)ffentlicht|erschienen|publiziert|erstellt|geschrieben|datum|stand|published|posted|publié|publiée|mise? en ligne|le|am|on|date)\s*(?:am|on|le|:|-|–)?\s*:?\s*/giu;
const MAX_TEXT_CHARS = 12_000;

export function cuedDatePublished(doc: Document, bounds: DayBounds): string | null {
  const root = doc.body;
  if (!root) return null;
  const text = leadingText(root, MAX_TEXT_CHARS, 3_000);
  CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tries = 0;
  while ((m = CUE.exec(text)) && tries++ < 400) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!/^(?:\p{L}+,?\s+)?\d/u.test(after) && !/^\p{L}+\.?\s+\d/u.test(after)) continue;
    const day = parseDay(after, bounds);
    if (day) return day;
  }
  return null;
}

/**
 * The date line next to the headline: most news and blog templates print it just under (or just over)
 * the <h1>, often without any telling class ("<p><em>10.11.2021</em></p>"). Text nodes are walked in
 * document order from the headline, a bounded number each way; only each node's start is read, so a date
 * inside the running text is not taken for the publication's.
 */
const AFTER_NODES = 20;
const BEFORE_NODES = 6;

export function headlineDatePublished(doc: Document, bounds: DayBounds): string | null {
  const h1 = headlineOf(doc);
  if (!h1) return null;
  const read = (node: Node): string | null => {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    return text.length >= 6 ? parseDay(text.slice(0, 40), bounds) : null;
  };
  let seen = 0;
  for (let node = firstText(h1, 'next'); node && seen < AFTER_NODES; node = stepText(node, 'next')) {
    if (!(node.nodeValue ?? '').trim()) continue;
    seen++;
    const day = read(node);
    if (day) return day;
  }
  seen = 0;
  for (let node = stepText(h1, 'previous'); node && seen < BEFORE_NODES; node = stepText(node, 'previous')) {
    if (!(node.nodeValue ?? '').trim()) continue;
    seen++;
    const day = read(node);
    if (day) return day;
  }
  return null;
}

/**
 * The article's headline element: the <h1> (else <h2>, <h3>) whose text the page title repeats, else the first
 * <h1> long enough to be a headline (skip links and logos are <h1>s too).
 */
function headlineOf(doc: Document): Element | null {
  const title = (
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ??
    doc.title ??
    ''
  ).toLowerCase();
  const textOf = (el: Element): string => leadingText(el, 200).toLowerCase();
  const h1s = Array.from(doc.querySelectorAll('h1')).slice(0, 10);
  const inTitle = (el: Element): boolean => {
    const text = textOf(el);
    return text.length >= 10 && title.includes(text.slice(0, 60));
  };
  return (
    h1s.find(inTitle) ??
    h1s.find((el) => textOf(el).length >= 15 && !isBoilerplate(el)) ??
    Array.from(doc.querySelectorAll('h2, h3')).slice(0, 20).find(inTitle) ??
    null
  );
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

function firstText(el: Node, dir: 'next' | 'previous'): Node | null {
  return el.nodeType === 3 ? el : stepText(el, dir, true);
}

/** The next (or previous) text node in document order, skipping scripts and styles; `into` descends first. */
function stepText(from: Node, dir: 'next' | 'previous', into = false): Node | null {
  let node: Node | null = from;
  let steps = 0;
  let descend = into;
  while (node && steps++ < 2_000) {
    const child: Node | null =
      descend && node.nodeType === 1 && !SKIPPED.has((node as Element).tagName)
        ? dir === 'next'
          ? node.firstChild
          : node.lastChild
        : null;
    if (child) node = child;
    else {
      let up: Node | null = node;
      while (up && !(dir === 'next' ? up.nextSibling : up.previousSibling)) up = up.parentNode;
      if (!up) return null;
      node = dir === 'next' ? up.nextSibling : up.previousSibling;
    }
    descend = true;
    if (node && node.nodeType === 3) return node;
  }
  return null;
}
