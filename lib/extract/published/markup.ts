import { normalizeTimestamp } from '../dates-meta';
import { parseDay, type DayBounds } from './parse-day';
import { metaKey } from '../meta-key';

/**
 * Publication dates that the page's markup states for machines: meta tags, itemprop, <abbr> and <time>.
 * Each reader returns a normalised timestamp (ISO 8601, the page's own offset kept) or a bare day.
 */

/** Meta names and properties that carry the original publication date, most specific first. */
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'article.published',
  'article_date_original',
  'article:publicationdate',
  'datepublished',
  'date_published',
  'published-date',
  'published_time',
  'publication_date',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'og:pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'rnews:datepublished',
  'bt:pubdate',
  'shareaholic:article_published_time',
  'originalpublicationdate',
  'cxenseparse:recs:publishtime',
  'citation_publication_date',
  'citation_date',
  'bepress_citation_date',
  'dc.date.issued',
  'dc.date.publication',
  'dcterms.issued',
  'dc.date.created',
  'dc.created',
  'dcterms.created',
  'dc.date',
  'dc:date',
  'dc:created',
  'dcterms.date',
  'article.created',
  'datecreated',
  'dateposted',
  'date',
  'created',
  'uploaddate',
  'gentime',
  'timestamp',
];
const PUBLISHED_RANK = new Map(PUBLISHED_META.map((name, i) => [name, i]));

/** The best-ranked publication meta tag of the page (one pass over its <meta> elements). */
export function metaPublished(doc: Document, bounds: DayBounds): string | null {
  let best: { rank: number; value: string } | null = null;
  // By tag name, as `meta[content]` without the selector engine's pass over the whole page.
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    if (!el.hasAttribute('content')) continue;
    const key = metaKey(el);
    const rank = key === undefined ? undefined : PUBLISHED_RANK.get(key);
    if (rank === undefined || (best && best.rank <= rank)) continue;
    const value = readStamp(el.getAttribute('content'), bounds);
    if (value) best = { rank, value };
  }
  return best?.value ?? null;
}

/** Any element marked `itemprop="datePublished"` (or dateCreated): its datetime, content or text. */
export function itempropPublished(doc: Document, bounds: DayBounds): string | null {
  const marked = Array.from(doc.querySelectorAll('[itemprop="datePublished"], [itemprop="dateCreated"]')).slice(0, 10);
  // datePublished before dateCreated, each in document order.
  marked.sort(
    (a, b) =>
      Number(a.getAttribute('itemprop') !== 'datePublished') - Number(b.getAttribute('itemprop') !== 'datePublished'),
  );
  for (const el of marked) {
    const value =
      readStamp(el.getAttribute('datetime') ?? el.getAttribute('content'), bounds) ??
      parseDay(leadingText(el, 64), bounds);
    if (value) return value;
  }
  return null;
}

/** Blog engines (Blogger, WordPress hAtom) write `<abbr class="published" title="2016-12-23T05:11:00-05:00">`. */
export function abbrPublished(doc: Document, bounds: DayBounds): string | null {
  const abbrs = Array.from(doc.getElementsByTagName('abbr')).slice(0, 200);
  for (const el of abbrs) {
    if (!/\b(date-)?published\b/.test(el.getAttribute('class') ?? '')) continue;
    const value = readStamp(el.getAttribute('title'), bounds);
    if (value) return value;
  }
  // Facebook-style `data-utime` (seconds since 1970): the earliest is the post itself.
  let earliest = Infinity;
  for (const el of abbrs) {
    const t = Number(el.getAttribute('data-utime') ?? NaN);
    if (Number.isFinite(t) && t > 0) earliest = Math.min(earliest, t);
  }
  return Number.isFinite(earliest) ? readStamp(new Date(earliest * 1000).toISOString(), bounds) : null;
}

/**
 * <time> elements: the one flagged as the publication (pubdate, entry-date/published classes) first, else
 * the first one with a full date in the article's header area.
 */
export function timePublished(doc: Document, bounds: DayBounds): string | null {
  const times = Array.from(doc.querySelectorAll('time')).slice(0, 100);
  const flagged = times.filter((t) => {
    const cls = t.getAttribute('class') ?? '';
    return t.hasAttribute('pubdate') || /\b(entry-date|entry-time|published|publish|created)/i.test(cls);
  });
  for (const t of [...flagged, ...times.filter((t) => !isBoilerplate(t))]) {
    const value = readStamp(t.getAttribute('datetime'), bounds) ?? parseDay(leadingText(t, 64), bounds);
    if (value) return value;
  }
  return null;
}

/** Inside a page footer, a sidebar or the comments: dates there are not the article's. */
const BOILERPLATE_TAGS = new Set(['FOOTER', 'ASIDE', 'NAV']);
const BOILERPLATE_NAMES = new Set(['footer', 'comments', 'comment', 'sidebar']);

export function isBoilerplate(el: Element): boolean {
  // An ancestor walk, not `closest(selector list)`: it runs for every candidate element.
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (BOILERPLATE_TAGS.has(node.tagName)) return true;
    const id = node.getAttribute('id');
    if (id === 'footer' || id === 'comments' || id === 'sidebar') return true;
    const cls = node.getAttribute('class');
    if (cls && cls.split(/\s+/).some((c) => BOILERPLATE_NAMES.has(c))) return true;
  }
  return false;
}

/** A machine-written timestamp (ISO, compact, epoch), else a human one from its first characters. */
export function readStamp(raw: string | null | undefined, bounds: DayBounds): string | null {
  const value = raw?.trim();
  if (!value || value.length < 6) return null;
  if (/^\d{10}(\d{3})?$/.test(value)) {
    const ms = Number(value) * (value.length === 10 ? 1000 : 1);
    return underLatest(new Date(ms).toISOString().replace('.000Z', 'Z'), bounds);
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(value) || /^\d{8}(T?\d{4})?$/.test(value))
    return underLatest(normalizeTimestamp(value), bounds);
  return parseDay(value.slice(0, 80), bounds);
}

function underLatest(stamp: string | null, bounds: DayBounds): string | null {
  return stamp && stamp.slice(0, 10) <= bounds.latest ? stamp : null;
}

/**
 * The first `limit` characters of an element's visible text, whitespace collapsed, without reading the
 * whole subtree (a date class can sit on a container the size of the article).
 */
export function leadingText(el: Element, limit: number, maxNodes = 400): string {
  let out = '';
  const stack: Node[] = [el];
  let visited = 0;
  while (stack.length && out.length < limit && visited++ < maxNodes) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out += ` ${node.nodeValue ?? ''}`.replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out.trim().slice(0, limit);
}
