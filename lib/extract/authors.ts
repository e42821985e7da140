import { namesOf, type JsonLdNode } from './jsonld';

/**
 * Who wrote the article. Sources in order of trust: the JSON-LD article's `author` (with `@id` references
 * into the page's `@graph` resolved, as Yoast and most CMS plugins emit them), then
 * Readability's byline (from its own metadata reading or markup near the article text), author meta tags
 * Readability does not read, then author markup anywhere on the page (microformats `vcard fn`, `rel=author`,
 * `itemprop=author`), last because it also matches teaser and comment authors.
 * The first source that yields a plausible name wins. Every candidate is cleaned the same way: lead-ins
 * ("By", "Von", "Veröffentlicht von", "Autor:"), trailing dates, roles and outlets are cut, and what is
 * left must look like a name, not like "Posted on" or the site's own name.
 */
export interface AuthorSources {
  /** The page's article node from JSON-LD, if any. */
  article: JsonLdNode;
  /** All JSON-LD nodes of the page, to resolve `{"@id": ...}` author references. */
  nodes: readonly JsonLdNode[];
  /** Meta tag reader (first non-empty content among the names). */
  meta: (...names: string[]) => string | null;
  /** Readability's byline guess. */
  byline: string | null | undefined;
  /** The publisher's name, which is never an author. */
  siteName: string | null | undefined;
}

const META_AUTHOR = [
  'author',
  'article:author',
  'byl',
  'dc.creator',
  'parsely-author',
  'sailthru.author',
  'citation_author',
  'shareaholic:article_author_name',
  'og:article:author',
];

const AUTHOR_MARKUP = [
  '[itemprop="author"] [itemprop="name"]',
  '.author.vcard .fn',
  '.vcard .fn',
  'a[rel="author"]',
  '[itemprop="author"]',
  '.byline__name',
  '.author-name',
  '.post-meta-author',
  '.entry-author',
  '.byline',
  '.article-author',
  '.autorenzeile',
  '.author a',
  'a[href*="/author/"]',
  'a[href*="/autor/"]',
  'a[href*="/autoren/"]',
  '.author',
];

export function extractAuthors(doc: Document, src: AuthorSources): string[] {
  const site = comparable(src.siteName ?? '');
  // Visible bylines that only repeat the outlet's name ("National Geographic") are no author; in metadata
  // the same name is the blogger of a personal site and is kept.
  const notSite = (names: string[]) => names.filter((n) => comparable(n) !== site);
  const sources: Array<() => string[]> = [
    () => namesOf(resolveRefs(src.article.author, src.nodes)),
    () => notSite(splitByline(src.byline)),
    () => splitByline(src.meta(...META_AUTHOR)),
    () => notSite(splitByline(markupByline(doc))),
  ];
  for (const source of sources) {
    const names = normalizeAuthors(source());
    if (names.length > 0) return names;
  }
  return [];
}

/** `{"@id": "#author-1"}` → the node with that id, when the page defines it. */
function resolveRefs(value: unknown, nodes: readonly JsonLdNode[]): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, nodes));
  if (value && typeof value === 'object') {
    const v = value as JsonLdNode;
    const id = v['@id'];
    if (typeof id === 'string' && v.name === undefined) return nodes.find((n) => n['@id'] === id) ?? value;
  }
  return value;
}

function markupByline(doc: Document): string | null {
  for (const selector of AUTHOR_MARKUP) {
    for (const el of Array.from(doc.querySelectorAll(selector)).slice(0, 5)) {
      const text = el.textContent?.replace(/\s+/g, ' ').trim();
      if (text && text.length < 120 && normalizeAuthors(splitByline(text)).length > 0) return text;
    }
  }
  return null;
}

const LEAD_IN =
  /^(?:(?:(?:written|posted|published|reported|story|text|words|photos?|interview|edited|compiled)\s+)?by|von|par|por|di|door|(?:veröffentlicht|geschrieben|verfasst|gepostet|publiziert|erstellt|ein beitrag)\s+von|(?:zeige |alle )?(?:alle )?beiträge von|view all posts by|posts by|more from|about the author|author|autor(?:in)?|redaktion(?=\s*:)|verfasser(?:in)?|text(?=\s*:)|bericht(?=\s*:)|kommentar|ein kommentar von|ein gastbeitrag von|gastbeitrag von)\b\s*[:：]?\s*/i;

const MONTHS =
  'jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai|june?|juni?|july?|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?';

/** Where a byline stops naming people: a date, a time, "am"/"on" + date, "Updated", a separator. */
const TAIL = new RegExp(
  String.raw`(?:\s+(?:am|on|le|el|il|at|um)\s+(?:\d|(?:${MONTHS})\b|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\s*[|·•—–»]\s|\s+-\s|\s+\d|\d{1,2}\.\s|\s+(?:${MONTHS})\.?\s+\d|\s*\b(?:last\s+)?(?:updated|published|posted|aktualisiert|veröffentlicht|stand)\b|\s*→).*$`,
  'i',
);

/** "By Jane Doe and John Roe, Staff Writers" → ["Jane Doe", "John Roe"]. */
export function splitByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  let cleaned = byline
    .replace(/\s+/g, ' ')
    // "Datum: 19.11.2021 Autor: Fritz Imhof": the labelled name, wherever the label stands.
    .replace(/^.*\b(?:autor(?:in)?|author|von|by)\s*:\s*/i, '')
    .replace(/^[\s|·•,:;—–-]+/, '')
    .trim();
  for (let i = 0; i < 2 && LEAD_IN.test(cleaned); i++) cleaned = cleaned.replace(LEAD_IN, '');
  cleaned = cleaned
    .replace(TAIL, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\S+@\S+/g, '')
    .trim();
  return cleaned
    .split(/\s*(?:,|;|\s\/\s|\band\b|\bund\b|\bet\b|\by\b|&)\s*/i)
    .map((s) => s.replace(/^(?:by|von)\s+/i, '').trim())
    .filter(Boolean);
}

const NOT_A_NAME =
  /^(?:staff|staff writers?|reporter|correspondent|editor|senior editor|contributor|news desk|newsdesk|agencies|wire|admin|administrator|wordpressadmin|no author|unknown|anonymous|guest|gast|editorial|follow|folgen|datum|date|link|about the author|posted|published|by|von|am|on|in|share|associated press|ap|afp|reuters|teilen|comments?|kommentare?|more|mehr|home|startseite)$/i;

export function normalizeAuthors(names: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = raw
      .replace(/\s+/g, ' ')
      .replace(/^(?:by|von)\s+/i, '')
      .replace(/^[\s"'“”‘’«»:,.-]+|[\s"'“”‘’«»:,-]+$/g, '')
      .trim();
    if (!name || name.length > 60 || !/\p{L}/u.test(name) || NOT_A_NAME.test(name)) continue;
    if (/^https?:|www\.|@|\.(?:com|de|org|net|at|ch|fr|uk)\b/i.test(name)) continue;
    // A name has at most a handful of words; more is a sentence or a tagline.
    if (name.split(' ').length > 5) continue;
    if (
      /\b(staff|correspondent|reporter|editor|writer)s?\b$/i.test(name) &&
      name.split(' ').length > 1 &&
      !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name)
    )
      continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

function comparable(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
