import { findArticleNode, textOf, type JsonLdNode } from '../jsonld';
import { validDay, type DayBounds } from './parse-day';
import { abbrPublished, itempropPublished, metaPublished, readStamp, timePublished } from './markup';
import { cuedDatePublished, dateLinePublished, headlineDatePublished } from './date-lines';

/**
 * When the page's article was first published: ISO timestamp in the page's own offset, or a bare day.
 * 1. A full date in the address wins: CMSs build it on the day of publication in the newsroom's zone,
 *    while meta tags are often converted to UTC or rewritten on update (a stated stamp on the same day
 *    is kept for its time of day).
 * 2. The date line printed next to the headline is what the reader sees, and the most reliable source
 *    on real pages, unless two other sources agree on another day and none on its day (the headline
 *    walk then reached a neighbouring teaser).
 * 3. Otherwise the first source that answers, machine-stated ones first.
 */
export function findPublishedTime(
  doc: Document,
  url: string,
  jsonLd: readonly JsonLdNode[],
  readabilityTime: string | null | undefined,
  now: Date = new Date(),
): string | null {
  const bounds: DayBounds = { latest: dayAfter(now), slashOrder: slashOrderOf(doc) };
  const ld = once(() => ldPublished(jsonLd, bounds));
  const meta = once(() => metaPublished(doc, bounds));
  const fromUrl = urlDay(url, bounds) ?? urlDay(canonicalOf(doc), bounds);
  if (fromUrl) {
    const stated = ld() ?? meta();
    return stated?.slice(0, 10) === fromUrl ? stated : fromUrl;
  }
  const witnesses = [
    ld,
    meta,
    once(() => itempropPublished(doc, bounds)),
    once(() => abbrPublished(doc, bounds)),
    once(() => dateLinePublished(doc, bounds)),
    once(() => timePublished(doc, bounds)),
  ];
  const headline = headlineDatePublished(doc, bounds);
  if (headline) return outvoted(headline, witnesses) ?? withTime(headline, witnesses);
  const cascade = [
    ld,
    meta,
    () => readStamp(readabilityTime, bounds),
    witnesses[2]!,
    () => scriptPublished(doc, bounds),
    ...witnesses.slice(3),
    () => cuedDatePublished(doc, bounds),
  ];
  for (const source of cascade) {
    const found = source();
    if (found) return found;
  }
  return null;
}

/** The day two witnesses agree on when none confirms the headline's day, else null. */
function outvoted(headline: string, witnesses: ReadonlyArray<() => string | null>): string | null {
  const votes = new Map<string, { n: number; stamp: string }>();
  for (const witness of witnesses) {
    const stamp = witness();
    if (!stamp) continue;
    const day = stamp.slice(0, 10);
    if (day === headline) return null;
    const vote = votes.get(day) ?? { n: 0, stamp };
    vote.n++;
    votes.set(day, vote);
  }
  let best: { n: number; stamp: string } | null = null;
  for (const vote of votes.values()) if (vote.n >= 2 && (!best || vote.n > best.n)) best = vote;
  return best?.stamp ?? null;
}

/** A witness's full timestamp when it falls on the headline's day (it adds the time of day). */
function withTime(day: string, witnesses: ReadonlyArray<() => string | null>): string {
  for (const witness of witnesses.slice(0, 2)) {
    const stamp = witness();
    if (stamp && stamp.length > 10 && stamp.slice(0, 10) === day) return stamp;
  }
  return day;
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

function dayAfter(now: Date): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** US English pages write 03/04/2019 for March 4; everyone else for April 3. */
function slashOrderOf(doc: Document): 'dmy' | 'mdy' {
  const lang = doc.documentElement?.getAttribute('lang')?.toLowerCase() ?? '';
  return lang === 'en-us' || lang === 'en' ? 'mdy' : 'dmy';
}

function canonicalOf(doc: Document): string {
  return (
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    ''
  );
}

/** /2019/10/22/, /2019-10-22-, _20191022_ style days in an article address (path only). */
export function urlDay(url: string, bounds: DayBounds): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/.exec(path);
  if (!m) return null;
  return validDay({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }, bounds.latest);
}

/** datePublished of the article node, else of any node (a WebPage node in a Yoast @graph), else dateCreated. */
export function ldPublished(nodes: readonly JsonLdNode[], bounds: DayBounds): string | null {
  const article = findArticleNode(nodes);
  const ordered = article ? [article, ...nodes.filter((n) => n !== article)] : nodes;
  for (const key of ['datePublished', 'dateCreated', 'uploadDate']) {
    for (const node of ordered) {
      const value = readStamp(textOf(node[key]), bounds);
      if (value) return value;
    }
  }
  return null;
}

/**
 * Publication stamps inside other scripts (data layers, framework state): `"datePublished": "..."`,
 * `"publish_date": "..."`. Only scripts that contain a key name are scanned, each once, up to a bound.
 */
const SCRIPT_KEYS =
  /["']?(?:datePublished|datePosted|pubDate|[\w-]*publi(?:shed|shing|cation|sh)[\w-]*(?:date|time|_at)|first-publication)["']?\s*[:=]\s*["']([^"']{6,40})["']/i;
const MAX_SCRIPT_CHARS = 500_000;

export function scriptPublished(doc: Document, bounds: DayBounds): string | null {
  let budget = MAX_SCRIPT_CHARS;
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (text.length > budget) break;
    budget -= text.length;
    if (!/publi|pubdate|dateposted/i.test(text)) continue;
    const m = SCRIPT_KEYS.exec(text);
    const value = m ? readStamp(m[1]!.replace(/\\\//g, '/'), bounds) : null;
    if (value) return value;
  }
  return null;
}
