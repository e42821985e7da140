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
