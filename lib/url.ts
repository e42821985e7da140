/**
 * Addresses, one set of rules for every context: Backstory only stores and links to http(s) URLs (a page
 * can plant `javascript:` or `data:` URLs anywhere), and one article reached through several links is
 * one key.
 */

/** `href` resolved against `base` when it is an http(s) URL, else null. */
export function webUrl(href: string | null | undefined, base?: string): URL | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The resolved http(s) address as a string, or null. */
export function webHref(href: string | null | undefined, base?: string): string | null {
  return webUrl(href, base)?.href ?? null;
}

/** The resolved http(s) address without its fragment (the same page), or null. */
export function pageHref(href: string | null | undefined, base?: string): string | null {
  const u = webUrl(href, base);
  if (!u) return null;
  u.hash = '';
  return u.href;
}

/** Tracking parameters that make one article look like many. */
const TRACKING =
  /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|at_\w+|ref|ref_src|taid|smid|ito|s_cid|__twitter_impression)$/i;

/** The store key of a URL: http(s), no fragment, no tracking parameters, no trailing "index.html". */
export function urlKey(url: string): string | null {
  const u = webUrl(url);
  if (!u) return null;
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
  return u.href.replace(/\/index\.html?$/, '/');
}

/** The site a URL belongs to, without "www."; '' when it has none. */
export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}
