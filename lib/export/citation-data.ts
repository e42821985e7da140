import { parse as parseName } from '@citation-js/name';
import type { ArticleContext } from '../annotations/library';
import type { Annotation, SavedItem } from '../types';

/** One cited article, from the reading list or from an annotated page. */
export interface CitedArticle extends Pick<
  SavedItem,
  'id' | 'url' | 'title' | 'authors' | 'publisher' | 'publishedTime' | 'language'
> {
  /** When the reader saved or first annotated it (CSL "accessed"). */
  accessed: string;
}

/** CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the shape citation-js reads. */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  URL: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  language?: string;
}
type CslName = { given?: string; family?: string; literal?: string };

/**
 * Saved items first (the reader's own record), then annotated articles the reading list lacks, described by
 * the news base when it analysed them and by the highlight otherwise.
 */
export function citedArticles(
  items: readonly SavedItem[],
  annotations: readonly Annotation[],
  articles: readonly ArticleContext[],
): CitedArticle[] {
  const out = new Map<string, CitedArticle>();
  for (const i of items)
    out.set(i.id, {
      id: i.id,
      url: i.url,
      title: i.title,
      authors: i.authors,
      publisher: i.publisher,
      publishedTime: i.publishedTime,
      language: i.language,
      accessed: i.savedAt,
    });
  const known = new Map(articles.map((a) => [a.id, a]));
  for (const a of [...annotations].sort((x, y) => x.created.localeCompare(y.created))) {
    if (out.has(a.articleId)) continue;
    const article = known.get(a.articleId);
    out.set(a.articleId, {
      id: a.articleId,
      url: article?.url ?? a.url,
      title: article?.title || a.title,
      authors: article?.authors ?? [],
      publisher: article?.publisher ?? article?.domain ?? null,
      publishedTime: article?.publishedTime ?? null,
      language: null,
      accessed: a.created,
    });
  }
  return [...out.values()];
}

export function toCsl(article: CitedArticle): CslItem {
  const names = article.authors.map(cslName);
  const issued = dateParts(article.publishedTime);
  return {
    id: citationId(article.url),
    type: 'article-newspaper',
    title: article.title,
    URL: article.url,
    ...(names.length ? { author: names } : {}),
    ...(article.publisher ? { 'container-title': article.publisher } : {}),
    ...(issued ? { issued } : {}),
    accessed: dateParts(article.accessed) ?? { 'date-parts': [] },
    ...(article.language ? { language: article.language } : {}),
  };
}

/** A person's name split into given and family names; anything else (an agency, "staff") kept whole. */
function cslName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  const personLike = words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w));
  if (!personLike) return { literal: name.trim() };
  const parsed = parseName(name.trim()) as CslName;
  return parsed.family ? parsed : { literal: name.trim() };
}

function dateParts(iso: string | null): { 'date-parts': number[][] } | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : null;
}

/** A short stable id from the URL (FNV-1a): citation formats cut or mangle a whole URL used as an id. */
export function citationId(url: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193);
  return `backstory-${(h >>> 0).toString(16).padStart(8, '0')}`;
}
