import type { Headline } from '../types';
import { pageHref } from '../url';
import { nativeSelectors } from './native-selectors';

/**
 * Headlines around an article ("more news", "most read", related blocks) as candidate related coverage.
 * A link counts when its text reads like a headline and it sits in a list of such links; menus, comment
 * threads, footers and app-store banners are skipped by their place and by what their text looks like.
 */
// In linkedom selectors are matched by hand below (`nativeSelectors`): its engine re-parses and re-walks for
// every query, and the case-insensitive `[class*=… i]` tests made the container query alone cost as much as
// the rest of the harvest. Containers skipped: `SKIP_SELECTOR`, matched by hand by `isSkipContainer`.
const SKIP_TAG_NAMES = ['nav', 'footer', 'form'];
const SKIP_CLASS_PARTS = ['comment', 'cookie', 'banner', 'share', 'social'];
const SKIP_SELECTOR = [
  ...SKIP_TAG_NAMES,
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[id*="comment" i]',
  ...SKIP_CLASS_PARTS.map((part) => `[class*="${part}" i]`),
].join(', ');
const SKIP_CLASS = new RegExp(SKIP_CLASS_PARTS.join('|'), 'i');
const SKIP_TAGS = new Set(SKIP_TAG_NAMES);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** `[class*="title" i], [class*="headline" i]`. */
const TITLE_CLASS = /title|headline/i;
/** `[class*="item" i], [class*="card" i], [class*="teaser" i]`. */
const ITEM_CLASS = /item|card|teaser/i;
const NOT_HEADLINE =
  /^(home|news|more|read more|see all|view all|subscribe|sign in|log in|download|get it on|contact|about us|privacy|terms|advertise|cookies?|comments?|\d+ comments?)\b/i;
const MAX_LINKS = 1_500;
const MAX_HEADLINES = 60;

export function harvestHeadlines(
  doc: Document,
  pageUrl: string,
  excludeHrefs: readonly string[] = [],
  now = new Date(),
): Headline[] {
  // Resolved only once a link reads like a headline: most links on a page never do.
  let exclude: Set<string | null> | null = null;
  const self = pageHref(pageUrl, pageUrl);
  const byContainer = new Map<Element, Headline[]>();
  const seen = new Set<string>();
  // The skipped containers and the links in one pass (a walk, or two native queries), then an ancestor walk
  // per link: `closest` with the container list would re-match a dozen selectors at every ancestor of every link.
  const { skipped, anchors } = nativeSelectors() ? scanBySelectors(doc) : scanByWalk(doc);
  const limit = Math.min(anchors.length, MAX_LINKS);
  for (let i = 0; i < limit; i++) {
    const a = anchors[i]!;
    // The cheap tests first; each only rejects, so their order does not change what is kept.
    if (insideAny(a, skipped)) continue;
    const title = headlineText(a);
    if (!title) continue;
    const url = pageHref(a.getAttribute('href') ?? '', pageUrl);
    exclude ??= new Set(excludeHrefs.map((h) => pageHref(h, pageUrl)).filter(Boolean));
    if (!url || url === self || exclude.has(url) || seen.has(url)) continue;
    seen.add(url);
    const item = closestItem(a) ?? a.parentElement ?? a;
    const timeText = visibleTime(item);
    const headline: Headline = {
      title,
      url,
      timeText,
      time: timeText ? resolveTimeText(timeText, now) : null,
      foundOn: pageUrl,
    };
    const container = item.parentElement ?? item;
    const list = byContainer.get(container);
    if (list) list.push(headline);
    else byContainer.set(container, [headline]);
  }
  // A lone headline-like link is more often a teaser or an ad than a coverage list; keep lists of 2+.
  const out: Headline[] = [];
  for (const list of byContainer.values()) if (list.length >= 2) out.push(...list);
  return out.slice(0, MAX_HEADLINES);
}

export interface PageScan {
  /** The containers whose links are skipped (`SKIP_SELECTOR`). */
  skipped: Set<Node>;
  /** Every `a[href]`, in document order. */
  anchors: Element[];
}

/** The page's skipped containers and links through the document's own selector engine. */
export function scanBySelectors(doc: Document): PageScan {
  return {
    skipped: new Set(Array.from(doc.querySelectorAll(SKIP_SELECTOR))),
    anchors: Array.from(doc.querySelectorAll('a[href]')),
  };
}

/**
 * The same in one walk of the page, in document order. From the document, not its root element: broken
 * markup can leave elements beside `<html>`.
 */
export function scanByWalk(doc: Document): PageScan {
  const skipped = new Set<Node>();
  const anchors: Element[] = [];
  const stack: Element[] = [];
  for (let c = doc.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    const name = el.localName.toLowerCase();
    if (name === 'a' && el.hasAttribute('href')) anchors.push(el);
    if (isSkipContainer(el, name)) skipped.add(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return { skipped, anchors };
}

function isSkipContainer(el: Element, name: string): boolean {
  if (SKIP_TAGS.has(name)) return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'contentinfo') return true;
  const id = el.getAttribute('id');
  if (id && /comment/i.test(id)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && SKIP_CLASS.test(cls);
}

/** `closest('li, article, [class*="item" i], [class*="card" i], [class*="teaser" i]')`. */
function closestItem(a: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) {
    const name = el.localName.toLowerCase();
    if (name === 'li' || name === 'article') return el;
    const cls = el.getAttribute('class');
    if (cls !== null && ITEM_CLASS.test(cls)) return el;
  }
  return null;
}

/** The first descendant that is a heading or has a title-like class, in document order. */
function headingInside(a: Element): Element | null {
  const stack: Element[] = [];
  for (let c = a.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    if (HEADING_TAGS.has(el.localName.toLowerCase())) return el;
    const cls = el.getAttribute('class');
    if (cls !== null && TITLE_CLASS.test(cls)) return el;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return null;
}

function closestHeading(a: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement)
    if (HEADING_TAGS.has(el.localName.toLowerCase())) return el;
  return null;
}

function insideAny(el: Element, containers: ReadonlySet<Node>): boolean {
  if (containers.size === 0) return false;
  for (let n: Node | null = el; n; n = n.parentNode) if (containers.has(n)) return true;
  return false;
}

function headlineText(a: Element): string | null {
  const heading = headingInside(a) ?? closestHeading(a);
  const raw = (heading ?? a).textContent ?? '';
  const text = raw.replace(/\s+/g, ' ').trim();
  const words = text.split(' ').filter((w) => /\p{L}/u.test(w));
  if (text.length < 20 || text.length > 220 || words.length < 4 || words.length > 30) return null;
  if (NOT_HEADLINE.test(text)) return null;
  return text;
}

function visibleTime(item: Element): string | null {
  const time = item.querySelector('time');
  if (time) return (time.getAttribute('datetime') ?? time.textContent ?? '').trim() || null;
  const text = (item.textContent ?? '').replace(/\s+/g, ' ');
  const m = /\b(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}|\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago)\b/i.exec(
    text,
  );
  return m ? m[1]! : null;
}

/**
 * "21:09" (today, or yesterday when that would be in the future), "20.11.24" (day.month.year, as most
 * non-US outlets write it), "5 hours ago", or an ISO datetime attribute.
 */
export function resolveTimeText(text: string, now: Date): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) {
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  let m = /^(\d{1,2}):(\d{2})$/.exec(t);
  if (m) {
    const d = new Date(now);
    d.setHours(Number(m[1]), Number(m[2]), 0, 0);
    if (d.getTime() > now.getTime() + 60_000) d.setDate(d.getDate() - 1);
    return d.toISOString();
  }
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const d = new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[1])));
    return Number(m[2]) <= 12 && Number(m[1]) <= 31 ? d.toISOString().slice(0, 10) : null;
  }
  m = /^(\d+)\s+(min(?:ute)?s?|hours?|hrs?|days?)\s+ago$/i.exec(t);
  if (m) {
    const unit = m[2]!.toLowerCase().startsWith('min')
      ? 60_000
      : m[2]!.toLowerCase().startsWith('d')
        ? 86_400_000
        : 3_600_000;
    return new Date(now.getTime() - Number(m[1]) * unit).toISOString();
  }
  return null;
}
