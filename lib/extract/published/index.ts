import { findArticleNode, textOf, type JsonLdNode } from '../jsonld';
import { validDay, type DayBounds } from './parse-day';
import { abbrPublished, itempropPublished, metaPublished, readStamp, timePublished } from './markup';
import { cuedDatePublished, dateLinePublished, headlineDatePublished } from './date-lines';

/**
 * When the page's article was first published: ISO timestamp in the page's own offset, or a bare day.
 * 1. A full date in the address wins: CMSs build it on the day of publication in the newsroom's zone,
 *    while meta tags are often converted to UTC or rewritten on update. A stated stamp on the same day is
 *    kept for its time of day; a stamp on another day wins only when the headline's date line says so too.
 * 2. Otherwise the first source that answers, the date line printed next to the headline first (what the
 *    reader sees, and the most reliable on real pages), then machine-stated ones, then visible markup.
 * 3. Two other sources agreeing on another day, with none on the found day, outvote it (the headline walk
 *    reached a related story, a meta tag was rewritten on update).
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
    if (stated?.slice(0, 10) === fromUrl) return stated;
    return stated && headlineDatePublished(doc, bounds) === stated.slice(0, 10) ? stated : fromUrl;
  }
  const itemprop = once(() => itempropPublished(doc, bounds));
  const script = once(() => scriptPublished(doc, bounds));
  const abbr = once(() => abbrPublished(doc, bounds));
  const line = once(() => dateLinePublished(doc, bounds));
  const time = once(() => timePublished(doc, bounds));
  const cue = once(() => cuedDatePublished(doc, bounds));
  const headline = once(() => headlineDatePublished(doc, bounds));
  const readability = () => readStamp(readabilityTime, bounds);
  const witnesses = [ld, meta, itemprop, script, abbr, line, time, cue];
  for (const source of [headline, ld, meta, readability, itemprop, script, abbr, line, time, cue]) {
    const found = source();
    if (!found) continue;
    const others = witnesses.filter((w) => w !== source);
    return outvoted(found, others) ?? withTime(found, [ld, meta]);
  }
  return null;
}

/** The day two other sources agree on when none confirms the found day, else null. */
function outvoted(found: string, witnesses: ReadonlyArray<() => string | null>): string | null {
  const votes = new Map<string, { n: number; stamp: string }>();
  for (const witness of witnesses) {
    const stamp = witness();
    if (!stamp) continue;
    const day = stamp.slice(0, 10);
    if (day === found.slice(0, 10)) return null;
    const vote = votes.get(day) ?? { n: 0, stamp };
    vote.n++;
    if (stamp.length > vote.stamp.length) vote.stamp = stamp; // one with the time of day
    votes.set(day, vote);
  }
  let best: { n: number; stamp: string } | null = null;
  for (const vote of votes.values()) if (vote.n >= 2 && (!best || vote.n > best.n)) best = vote;
  return best?.stamp ?? null;
}

/** A stated full timestamp on the found day (it adds the time of day), else what was found. */
function withTime(found: string, witnesses: ReadonlyArray<() => string | null>): string {
  if (found.length > 10) return found;
  const day = found;
  for (const witness of witnesses) {
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

/** US pages write 03/04/2019 for March 4; everyone else (and plain `en` is often British) for April 3. */
function slashOrderOf(doc: Document): 'dmy' | 'mdy' {
  const lang = doc.documentElement?.getAttribute('lang')?.toLowerCase() ?? '';
  return lang === 'en-us' ? 'mdy' : 'dmy';
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
  // `script:not([src])`, by tag name and attribute test rather than the selector engine.
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.hasAttribute('src')) continue;
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
