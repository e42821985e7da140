import { findArticleNode, namesOf, readJsonLd, textOf, type JsonLdNode } from './jsonld';
import { extractAuthors } from './authors';
import { normalizeTimestamp } from './dates-meta';
import { findPublishedTime } from './published';
import { metaKey } from './meta-key';
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

  // Publication date: its own module (lib/extract/published), from address, JSON-LD, meta and visible date lines.
  const publishedTime = findPublishedTime(doc, url, jsonLd, hints.publishedTime);

  const modifiedTime =
    normalizeTimestamp(textOf(ld.dateModified)) ??
    normalizeTimestamp(
      meta('article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified'),
    ) ??
    normalizeTimestamp(doc.querySelector('time[itemprop="dateModified"]')?.getAttribute('datetime'));

  const authors = extractAuthors(doc, {
    article: ld,
    nodes: jsonLd,
    meta,
    byline: hints.byline,
    siteName: publisherOf(ld) ?? meta('og:site_name') ?? hints.siteName,
    host: domainOf(url),
  });

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
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (content === undefined) continue;
    const key = metaKey(el);
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
