/** Tracking parameters that make one article look like many. */
const TRACKING =
  /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|at_\w+|ref|ref_src|taid|smid|ito|s_cid|__twitter_impression)$/i;

/** The store key of a URL: http(s), no fragment, no tracking parameters, no trailing "index.html". */
export function urlKey(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
    u.hostname = u.hostname.toLowerCase();
    return u.href.replace(/\/index\.html?$/, '/');
  } catch {
    return null;
  }
}

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

export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}
