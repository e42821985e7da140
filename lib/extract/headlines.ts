import type { Headline } from '../types';
import { pageHref } from '../url';

/**
 * Headlines around an article ("more news", "most read", related blocks) as candidate related coverage.
 * A link counts when its text reads like a headline and it sits in a list of such links; menus, comment
 * threads, footers and app-store banners are skipped by their place and by what their text looks like.
 */
const SKIP_CONTAINERS =
  'nav, footer, form, [role="navigation"], [role="contentinfo"], [id*="comment" i], [class*="comment" i], [class*="cookie" i], [class*="banner" i], [class*="share" i], [class*="social" i]';
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
  const exclude = new Set(excludeHrefs.map((h) => pageHref(h, pageUrl)).filter(Boolean));
  const self = pageHref(pageUrl, pageUrl);
  const byContainer = new Map<Element, Headline[]>();
  const seen = new Set<string>();
  // One query for the skipped containers, then an ancestor walk per link: `closest` with this selector list
  // re-matches a dozen selectors at every ancestor of every link.
  const skipped = new Set<Node>(Array.from(doc.querySelectorAll(SKIP_CONTAINERS)));
  const anchors = doc.querySelectorAll('a[href]');
  const limit = Math.min(anchors.length, MAX_LINKS);
  for (let i = 0; i < limit; i++) {
    const a = anchors[i]!;
    const url = pageHref(a.getAttribute('href') ?? '', pageUrl);
    if (!url || url === self || exclude.has(url) || seen.has(url)) continue;
    if (insideAny(a, skipped)) continue;
    const title = headlineText(a);
    if (!title) continue;
    seen.add(url);
    const item =
      a.closest('li, article, [class*="item" i], [class*="card" i], [class*="teaser" i]') ?? a.parentElement ?? a;
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

function insideAny(el: Element, containers: ReadonlySet<Node>): boolean {
  if (containers.size === 0) return false;
  for (let n: Node | null = el; n; n = n.parentNode) if (containers.has(n)) return true;
  return false;
}

function headlineText(a: Element): string | null {
  const heading =
    a.querySelector('h1, h2, h3, h4, h5, h6, [class*="title" i], [class*="headline" i]') ??
    a.closest('h1, h2, h3, h4, h5, h6');
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
