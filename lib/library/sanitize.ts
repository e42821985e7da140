import type { Config, DOMPurify } from 'dompurify';

/**
 * The one DOMPurify policy for article HTML, applied twice: in the page when a copy is captured, and again in
 * the extension page that shows it (a stored copy may come from an import file). Plain article markup only:
 * no scripts, handlers, styles, forms or embedded documents, and links to web or mail addresses only.
 */
export const ARTICLE_HTML_POLICY: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'link', 'meta'],
  FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'formaction', 'action'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

/** Sanitized article HTML as a string; `purify` is DOMPurify bound to the window of the context that runs it. */
export function sanitizeArticleHtml(purify: DOMPurify, html: string): string {
  return purify.sanitize(html, { ...ARTICLE_HTML_POLICY, RETURN_TRUSTED_TYPE: false }) as string;
}
