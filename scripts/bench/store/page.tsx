// The store benchmark's page: the real lib/store and lib/stories code and the real popup App over the page's
// own IndexedDB, driven from Node (scripts/bench/store/index.ts) through `window.bench`.
import { render } from 'preact';
import { App, type PopupApi } from '../../../components/App';
import '../../../components/popup.css';
import { createHandlers } from '../../../lib/background/service';
import type { TabStateStore } from '../../../lib/background/tabs';
import { getArticle, saveAnalyzedArticle } from '../../../lib/store/articles';
import { openBackstoryDb, type Db } from '../../../lib/store/db';
import { saveHeadlines } from '../../../lib/store/headlines';
import { findRelated } from '../../../lib/stories/related';
import type { TabState } from '../../../lib/view';
import type { Pools } from './corpus';
import { NewsGenerator } from './generate';

let db: Db;
let gen: NewsGenerator;
const states = new Map<number, TabState>();
const tabs: TabStateStore = {
  get: async (tabId) => states.get(tabId) ?? null,
  set: async (tabId, state) => void states.set(tabId, state),
  remove: async (tabId) => void states.delete(tabId),
};
const handlers = createHandlers({
  db: async () => db,
  tabs,
  injectExtractor: async () => {},
  setBadge: async () => {},
  tabUrl: async (tabId) => states.get(tabId)?.url ?? null,
});
const api: PopupApi = {
  getView: async (tabId) => ({ ok: true, value: await handlers['view:get']({ tabId }) }),
  analyze: async () => ({ ok: true, value: { started: false } }),
};

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] ?? 0;
const summary = (xs: number[]) => ({ p50: percentile(xs, 0.5), p95: percentile(xs, 0.95), max: Math.max(...xs) });

/** Indexes of stored articles to query: spread over the base, the same ones every run. */
function sample(stored: number, n: number): number[] {
  return Array.from({ length: n }, (_, k) => Math.floor(((k * 7919) % n) * (stored / n) + (k % 13)) % stored);
}

export const bench = {
  async init(pools: Pools) {
    gen = new NewsGenerator(pools);
    db = await openBackstoryDb();
    return { rows: pools.rows.length, sentences: pools.sentences.length };
  },

  /** Save articles [from, to) with the real saveAnalyzedArticle; returns the time spent saving (ms). */
  async ingestArticles(from: number, to: number) {
    let ms = 0;
    for (let i = from; i < to; i++) {
      const article = gen.article(i);
      const t = performance.now();
      await saveAnalyzedArticle(db, article, new Date(Date.parse(article.analyzedAt)));
      ms += performance.now() - t;
    }
    return ms;
  },

  /** Store feed items [from, to) in polls of `perPoll` with the real headline path; returns ms spent saving. */
  async ingestFeedItems(from: number, to: number, perPoll = 50) {
    let ms = 0;
    for (let i = from; i < to; i += perPoll) {
      const items = Array.from({ length: Math.min(perPoll, to - i) }, (_, k) => gen.feedItem(i + k));
      const t = performance.now();
      await saveHeadlines(db, items, new Date(Date.parse(items[0]!.time!)));
      ms += performance.now() - t;
    }
    return ms;
  },

  async counts() {
    const [articles, headlines, stories] = await Promise.all([
      db.count('articles'),
      db.count('headlines'),
      db.count('stories'),
    ]);
    return { articles, headlines, stories };
  },

  /** Related coverage for `n` stored articles: findRelated alone, and the popup's whole view. */
  async query(stored: number, n: number) {
    const related: number[] = [];
    const view: number[] = [];
    let found = 0;
    let onStory = 0;
    for (const i of sample(stored, n)) {
      const hit = await getArticle(db, gen.articleUrl(i));
      if (!hit) continue;
      let t = performance.now();
      const items = await findRelated(db, hit.article);
      related.push(performance.now() - t);
      found += items.length;
      onStory += items.filter((item) => gen.storyOfUrl(item.url) === gen.articleStory(i)).length;
      states.set(1, { url: hit.article.url, status: 'article', signals: [], articleId: hit.article.id });
      t = performance.now();
      await handlers['view:get']({ tabId: 1 });
      view.push(performance.now() - t);
    }
    return {
      related: summary(related),
      view: summary(view),
      meanRelated: found / Math.max(1, related.length),
      // Items of the article's own corpus story, of all items found: the related list's precision.
      onStory: onStory / Math.max(1, found),
    };
  },

  /** Popup open to first full render (header and source panel filled in) with the real App component. */
  async renderPopup(stored: number, n: number) {
    const times: number[] = [];
    for (const i of sample(stored, n)) {
      const hit = await getArticle(db, gen.articleUrl(i));
      if (!hit) continue;
      states.set(2, { url: hit.article.url, status: 'article', signals: [], articleId: hit.article.id });
      const root = document.createElement('div');
      document.body.append(root);
      const t = performance.now();
      render(<App tabId={2} api={api} />, root);
      await new Promise<void>((resolve) => {
        const done = () =>
          root.querySelector('[data-testid="publisher"]') && root.querySelector('[data-testid="headline"]');
        if (done()) return resolve();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(root, { childList: true, subtree: true });
      });
      // Wait for the frame to be painted, as a person would see it.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      times.push(performance.now() - t);
      render(null, root);
      root.remove();
    }
    return summary(times);
  },

  async storage() {
    const { usage = 0 } = await navigator.storage.estimate();
    return usage;
  },
};

(globalThis as unknown as { bench: typeof bench }).bench = bench;
