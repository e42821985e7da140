import { urlKey } from '../url';

/**
 * An article's id: its canonical URL, unless the canonical points somewhere implausible (another site's
 * home page, a section front) — some CMSs set every page's canonical to the front page.
 */
export function articleId(url: string, canonicalUrl: string | null): string {
  const own = urlKey(url) ?? url;
  const canon = canonicalUrl ? urlKey(canonicalUrl) : null;
  if (!canon) return own;
  try {
    if (new URL(canon).pathname === '/' && new URL(own).pathname !== '/') return own;
  } catch {
    return own;
  }
  return canon;
}

/**
 * A short, stable id for a string: 64 bits of two 32-bit FNV-style hashes, in base 36, always 14 characters
 * (the chance that any two of a million ids collide is about 3 in 100 million). Story ids and the postings'
 * item refs (schema v7) are made from an item's id this way: every index entry of a posting repeats both,
 * and as addresses they made a posting's write about 1.5 times as slow (lib/store/postings.ts).
 */
export function shortId(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
}
