import { decodeHTML } from 'entities';

/**
 * Feed text as plain text. Feeds put HTML (often escaped twice) in titles and summaries; Backstory never
 * renders feed text as HTML, so tags are dropped and entities decoded to the characters they name. Entities
 * a document declares itself (`<!ENTITY ...>`) are not expanded: the XML parser leaves them alone and the
 * HTML decoder does not know them, so they stay as literal text.
 */
export function feedText(raw: string, max: number): string {
  let text = decodeHTML(raw);
  // Twice-escaped markup ("&amp;lt;b&amp;gt;") is markup after one decoding: strip it, then decode again.
  text = stripTags(text);
  if (text.includes('&')) text = decodeHTML(text);
  text = stripTags(text)
    // Control characters have no business in a title (and some feeds smuggle them in).
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Drop tags, comments and the content of script/style elements, leaving a space where a tag was. */
function stripTags(html: string): string {
  if (!html.includes('<')) return html;
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ');
}
