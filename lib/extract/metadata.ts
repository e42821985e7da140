import { findArticleNode, namesOf, readJsonLd, textOf, type JsonLdNode } from './jsonld';
import { normalizeTimestamp } from './dates-meta';
import type { ArticleMetadata } from '../types';
import { domainOf, webHref } from '../url';

/** What Readability found, passed in so metadata can fall back on it without running it twice. */
export interface ReadabilityHints {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  excerpt?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
}

/**
 * Article metadata, most reliable source first: JSON-LD (what publishers feed search engines), then
 * OpenGraph / article: / Dublin Core / Parse.ly meta tags, then Readability and visible markup. `jsonLd` lets a
 * caller that has parsed the page's JSON-LD already (detection) pass it in.
 */
export function extractMetadata(
  doc: Document,
  url: string,
  hints: ReadabilityHints = {},
  jsonLd: readonly JsonLdNode[] = readJsonLd(doc),
): ArticleMetadata {
  const ld = findArticleNode(jsonLd) ?? {};
  const meta = metaReader(doc);

  const canonicalUrl =
    webHref(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ??
    webHref(meta('og:url'), url) ??
    webHref(textOf(ld.url), url);

  const publishedTime =
    normalizeTimestamp(textOf(ld.datePublished)) ??
    normalizeTimestamp(
      meta(
        'article:published_time',
        'og:article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'publish-date',
        'parsely-pub-date',
        'sailthru.date',
        'dc.date',
        'dc.date.issued',
        'dcterms.created',
        'citation_publication_date',
        'date',
        'og:published_time',
        'article.published',
        'cXenseParse:recs:publishtime',
      ),
    ) ??
    normalizeTimestamp(hints.publishedTime) ??
    normalizeTimestamp(doc.querySelector('time[itemprop="datePublished"], time[pubdate]')?.getAttribute('datetime')) ??
    normalizeTimestamp(textOf(ld.dateCreated)) ??
    normalizeTimestamp(doc.querySelector('article time[datetime], header time[datetime]')?.getAttribute('datetime'));

  const modifiedTime =
    normalizeTimestamp(textOf(ld.dateModified)) ??
    normalizeTimestamp(
      meta('article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified'),
    ) ??
    normalizeTimestamp(doc.querySelector('time[itemprop="dateModified"]')?.getAttribute('datetime'));

  // The first source that names anyone wins; a meta author that is only a profile URL falls through.
  const authors =
    [
      () => namesOf(ld.author),
      () =>
        splitByline(
          meta('author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author', 'citation_author'),
        ),
      () => splitByline(hints.byline ?? visibleByline(doc)),
    ]
      .map((source) => normalizeAuthors(source()))
      .find((names) => names.length > 0) ?? [];

  const title =
    textOf(ld.headline) ??
    meta('og:title', 'twitter:title', 'parsely-title', 'dc.title') ??
    hints.title ??
    doc.title?.trim() ??
    '';

  return {
    title: cleanTitle(title),
    authors,
    publisher:
      publisherOf(ld) ??
      meta('og:site_name', 'application-name', 'publisher', 'dc.publisher') ??
      hints.siteName ??
      (domainOf(url) || null),
    publishedTime,
    modifiedTime,
    section: textOf(ld.articleSection) ?? meta('article:section', 'section', 'parsely-section', 'og:article:section'),
    lang: normalizeLang(
      textOf(ld.inLanguage) ??
        doc.documentElement?.getAttribute('lang') ??
        meta('og:locale', 'language', 'content-language') ??
        hints.lang ??
        null,
    ),
    canonicalUrl,
    image: webHref(imageOf(ld.image) ?? meta('og:image', 'twitter:image'), url),
    excerpt:
      meta('og:description', 'description', 'twitter:description') ?? textOf(ld.description) ?? hints.excerpt ?? null,
  };
}

type MetaReader = (...names: string[]) => string | null;

function metaReader(doc: Document): MetaReader {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv')
    )
      ?.trim()
      .toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return (...names) => {
    for (const n of names) {
      const v = map.get(n.toLowerCase());
      if (v) return v;
    }
    return null;
  };
}

function publisherOf(ld: JsonLdNode): string | null {
  const p = ld.publisher ?? ld.sourceOrganization;
  const names = namesOf(p);
  return names[0] ?? null;
}

function imageOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length ? imageOf(value[0]) : null;
  if (value && typeof value === 'object')
    return textOf((value as JsonLdNode).url) ?? textOf((value as JsonLdNode).contentUrl);
  return null;
}

function normalizeLang(lang: string | null): string | null {
  if (!lang) return null;
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?/i.exec(lang.trim());
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}

/** Site suffixes in <title>: "Headline | The Outlet", "Headline - Outlet". */
function cleanTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const m = /^(.{15,}?)\s+[-|–—·•]\s+[^|–—·•]{2,40}$/.exec(t);
  return m ? m[1]!.trim() : t;
}

function visibleByline(doc: Document): string | null {
  const el = doc.querySelector(
    '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline__name, .author-name, .byline, .article-author',
  );
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text && text.length < 120 ? text : null;
}

/** "By Jane Doe and John Roe, Staff Writers" → ["Jane Doe", "John Roe"]. */
export function splitByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const cleaned = byline
    .replace(/\s+/g, ' ')
    .replace(/^\s*(by|von|par|por|di|door)\s+/i, '')
    .replace(/\s*\|.*$/, '')
    .replace(/\b(updated|published|posted)\b.*$/i, '')
    .trim();
  return cleaned
    .split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|&)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

const ROLE_WORDS =
  /^(staff|staff writer|staff writers|reporter|correspondent|editor|senior editor|contributor|news desk|newsdesk|agencies|wire|associated press|afp|reuters)$/i;

export function normalizeAuthors(names: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = raw
      .replace(/\s+/g, ' ')
      .replace(/^(by)\s+/i, '')
      .trim();
    if (!name || name.length > 80 || /^https?:|www\.|@/.test(name) || ROLE_WORDS.test(name)) continue;
    if (
      /\b(staff|correspondent|reporter|editor)\b$/i.test(name) &&
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
