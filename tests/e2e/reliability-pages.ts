import { htmlRoute, type ExtraRoutes } from './server';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pages = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const slugs = ['militia-truce', 'militia-followup'] as const;

/**
 * A burst of distinct articles for the reliability scenario: `/burst/<n>` is one of the two militia pages
 * with its own canonical address and a numbered title, so each is stored as a separate article.
 */
export function burstPage(path: string): string | null {
  const m = /^\/burst\/(\d+)$/.exec(path);
  if (!m) return null;
  const n = Number(m[1]);
  const html = readFileSync(`${pages}${slugs[n % 2]}/source.html`, 'utf8');
  return html
    .replace(/<link rel="canonical" href="[^"]*"/, `<link rel="canonical" href="${path}"`)
    .replace(/<meta property="og:url" content="[^"]*"/, `<meta property="og:url" content="${path}"`)
    .replace(/<title>/, `<title>Burst ${n}: `);
}

export const BURST = (n: number) => `/burst/${n}`;

/** The burst's pages as server routes: /burst/0 … /burst/(size-1). */
export function burstRoutes(size: number): ExtraRoutes {
  const routes: ExtraRoutes = {};
  for (let n = 0; n < size; n++) routes[BURST(n)] = htmlRoute(() => burstPage(BURST(n))!);
  return routes;
}

/** What an extension page finds in the news base: every article whole, or the first thing missing. */
export interface Integrity {
  articles: number;
  ids: string[];
  /** Articles with something missing: analysis, events, story membership or postings. */
  broken: string[];
  /** Parts whose article is not stored (an article half-removed or half-written). */
  orphans: number;
}

/**
 * Read the news base from an extension page (same origin as the background) and check each article is
 * whole. Runs in the browser: plain IndexedDB, no imports. Returns null while the database does not exist
 * (opening it here would create an empty one the background could not upgrade).
 */
export async function checkIntegrity(): Promise<Integrity | null> {
  const known = await indexedDB.databases();
  if (!known.some((d) => d.name === 'backstory' && (d.version ?? 0) >= 5)) return null;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open('backstory');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const tx = db.transaction(['articles', 'analyses', 'articleEvents', 'stories', 'itemPostings']);
  const all = <T>(store: string, keys = false) =>
    new Promise<T[]>((resolve, reject) => {
      const s = tx.objectStore(store);
      const r = keys ? s.getAllKeys() : s.getAll();
      r.onsuccess = () => resolve(r.result as T[]);
      r.onerror = () => reject(r.error);
    });
  type Row = {
    id: string;
    ref?: string;
    storyId?: string;
    articleId?: string;
    dates?: Array<{ day: string | null }>;
    events?: unknown[];
  };
  const [articles, analyses, events, stories, postings] = await Promise.all([
    all<Row>('articles'),
    all<Row>('analyses'),
    all<Row>('articleEvents'),
    all<Row & { articleCount: number }>('stories'),
    all<[string, string]>('itemPostings', true),
  ]);
  db.close();
  const ids = new Set(articles.map((a) => a.id));
  const eventCount = (id: string) => events.find((r) => r.articleId === id)?.events?.length ?? 0;
  const posted = new Set(postings.map(([, ref]) => ref));
  const broken: string[] = [];
  for (const a of articles) {
    const analysis = analyses.find((x) => x.id === a.id);
    const story = stories.find((s) => s.id === a.storyId);
    if (!analysis) broken.push(`${a.id}: no analysis`);
    else if (eventCount(a.id) !== analysis.dates!.filter((d) => d.day).length) broken.push(`${a.id}: events`);
    else if (!story) broken.push(`${a.id}: no story`);
    // Posted under its short ref (schema v7), which its record holds.
    else if (!a.ref || !posted.has(a.ref)) broken.push(`${a.id}: not posted`);
  }
  // A story counts exactly the articles that name it: a half-written save would leave one counted but absent.
  const miscounted = stories.filter((s) => s.articleCount !== articles.filter((a) => a.storyId === s.id).length);
  const orphans =
    analyses.filter((x) => !ids.has(x.id)).length +
    events.filter((x) => !ids.has(x.articleId!)).length +
    miscounted.length;
  return { articles: articles.length, ids: [...ids], broken, orphans };
}
