import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { findArticleNode, readJsonLd, type JsonLdNode } from './jsonld';
import type { DetectionResult } from '../types';

/**
 * Is this page a news article? Runs on every page the content script sees, so the cheap signals come first
 * and Readability's reader check (which walks every paragraph) only runs when the URL or markup suggest an
 * article without saying so in metadata. `jsonLd` is the page's parsed JSON-LD when the caller has it already.
 */
export function detectArticle(doc: Document, url: string, jsonLd?: readonly JsonLdNode[]): DetectionResult {
  const signals: string[] = [];
  const head = doc.head ?? doc.documentElement;

  if (jsonLd || doc.querySelector('script[type="application/ld+json"]')) {
    const node = findArticleNode(jsonLd ?? readJsonLd(doc));
    if (node) signals.push(`jsonld:${String(node['@type'])}`);
  }
  const ogType = head?.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') signals.push('og:article');
  if (head?.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]')) {
    signals.push('article:published_time');
  }
  if (signals.length > 0) return { isArticle: true, signals };

  const urlLooksLikeArticle = isArticleUrl(url);
  const articleElements = doc.getElementsByTagName('article').length;
  if (urlLooksLikeArticle) signals.push('url');
  if (!urlLooksLikeArticle && articleElements !== 1) return { isArticle: false, signals };

  if (isProbablyReaderable(doc)) signals.push('readerable');
  return { isArticle: signals.includes('readerable'), signals };
}

/**
 * URL shape of an article: a dated path (/2024/08/06/), a long hyphenated slug, or a numeric story id.
 * Section fronts ("/world/", "/") and search pages are not.
 */
export function isArticleUrl(url: string): boolean {
  let path: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return false;
    path = decodeURIComponent(u.pathname);
  } catch {
    return false;
  }
  if (/\/(search|tag|tags|topic|topics|category|author|authors|page)\//i.test(path)) return false;
  if (/\/(19|20)\d\d\/[01]?\d\/([0-3]?\d\/)?[^/]+/.test(path)) return true;
  const last = path.split('/').filter(Boolean).pop() ?? '';
  const slug = last.replace(/\.(s?html?|php|aspx?)$/i, '');
  if (slug.split(/[-_]/).filter((w) => /\p{L}/u.test(w)).length >= 4) return true;
  return /(^|[-_/])\d{5,}($|[-_.])/.test(slug) && path.split('/').filter(Boolean).length >= 2;
}
