/**
 * Tests of a string's first character that run once per token: ASCII (most of news text) by code, the rest
 * by Unicode property, so the common case costs no regular expression.
 */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** A letter or digit first. */
export function startsWordChar(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^[\p{L}\p{N}]/u.test(s);
}
