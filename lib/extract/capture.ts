import type { DOMPurify } from 'dompurify';
import { readMainContent } from './readable';
import { extractMetadata } from './metadata';
import { sanitizeArticleHtml } from '../library/sanitize';

/** Main text kept at most, as in analysis: past this a page is a book, not a news story. */
export const CAPTURE_MAX_TEXT = 200_000;
/** Sanitized HTML kept at most; a larger copy keeps its text only (truncated markup would be broken markup). */
export const CAPTURE_MAX_HTML = 1_000_000;

/** What the capture script hands back to the background when the reader saves a page. */
export interface CapturedPage {
  url: string;
  canonicalUrl: string | null;
  title: string;
  authors: string[];
  publisher: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Readability's HTML after DOMPurify ('' when the page had no readable body or it was too large). */
  html: string;
  text: string;
}

/** An offline copy of the page in front of the reader: Readability on a clone, DOMPurify on the result. */
export function capturePage(doc: Document, url: string, purify: DOMPurify): CapturedPage {
  const readable = readMainContent(doc, undefined, true);
  const meta = extractMetadata(doc, url, readable ?? {});
  const html = readable?.html ? sanitizeArticleHtml(purify, readable.html) : '';
  return {
    url,
    canonicalUrl: meta.canonicalUrl,
    title: meta.title,
    authors: meta.authors,
    publisher: meta.publisher,
    publishedTime: meta.publishedTime,
    lang: meta.lang,
    excerpt: meta.excerpt,
    html: html.length <= CAPTURE_MAX_HTML ? html : '',
    text: (readable?.text ?? '').slice(0, CAPTURE_MAX_TEXT),
  };
}
