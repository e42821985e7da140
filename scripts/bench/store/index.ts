// `npm run bench:store [-- --quick]`: the news base at scale, in real Chromium with its real IndexedDB.
// Bundles page.tsx (the real store, story grouping and popup App), serves it from 127.0.0.1, grows the base
// 1k → 10k → 100k articles (with 5 headlines per article: harvested plus feed items) and prints, per size,
// ingest rates, related-coverage query times, popup render time, IndexedDB bytes and JS heap.
import { resolve } from 'node:path';
import { openBenchPage } from '../browser';
import { loadPools } from './corpus';

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const quick = process.argv.includes('--quick');
const sizes = flag('sizes');
// `--profile=DIR --port=N` keeps the base in DIR for a later run; `--measure` then measures it as it is.
const profile = flag('profile');
const keep = profile ? { profile: resolve(profile), port: Number(flag('port') ?? 47_100) } : undefined;
const measureOnly = process.argv.includes('--measure');
const TIERS = sizes ? sizes.split(',').map(Number) : quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const HEADLINES_PER_ARTICLE = 5;
const QUERIES = 200;
const RENDERS = 20;
/** Articles per page call: progress shows between calls. */
const CHUNK = 500;

const pools = loadPools();
if (!pools) process.exit(0);

type Bench = typeof import('./page').bench;
const { context, page, call, close } = await openBenchPage<Bench>(resolve(import.meta.dirname, 'page.tsx'), { keep });
const cdp = await context.newCDPSession(page);

const ms = (x: number) => x.toFixed(1);
const rows: string[][] = [];
try {
  console.log(`corpus: ${JSON.stringify(await call('init', pools))}`);
  let articles = 0;
  let feedItems = 0;
  const held = await call('counts');
  if (held.articles > 0 && !measureOnly) throw new Error('the profile holds a base already: measure it with --measure');
  // Measured alone, a kept base is one tier of its own size, and nothing is ingested.
  if (measureOnly) articles = held.articles;
  for (const tier of measureOnly ? [held.articles] : TIERS) {
    let articleMs = 0;
    const fromArticles = articles;
    while (articles < tier) {
      const to = Math.min(tier, articles + CHUNK);
      articleMs += await call('ingestArticles', articles, to);
      articles = to;
      process.stderr.write(
        `\r  articles ${articles} (${(((articles - fromArticles) / articleMs) * 1000).toFixed(0)}/s)   `,
      );
    }
    const { headlines } = await call('counts');
    const feedTarget = measureOnly ? feedItems : feedItems + Math.max(0, tier * HEADLINES_PER_ARTICLE - headlines);
    let feedMs = 0;
    const fromFeed = feedItems;
    while (feedItems < feedTarget) {
      const to = Math.min(feedTarget, feedItems + CHUNK * 5);
      feedMs += await call('ingestFeedItems', feedItems, to);
      feedItems = to;
      process.stderr.write(
        `\r  feed items ${feedItems} (${(((feedItems - fromFeed) / feedMs) * 1000).toFixed(0)}/s)   `,
      );
    }
    process.stderr.write('\n');
    const counts = await call('counts');
    const q = await call('query', tier, QUERIES);
    const r = await call('renderPopup', tier, RENDERS);
    const usage = await call('storage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const rate = (n: number, spent: number) => (spent > 0 ? ((n / spent) * 1000).toFixed(0) : '-');
    const articleRate = rate(articles - fromArticles, articleMs);
    const feedRate = rate(feedItems - fromFeed, feedMs);
    console.log(
      `tier ${tier}: ${JSON.stringify(counts)}\n` +
        `  ingest.articles_per_s ${articleRate} (target ≥ 500)\n` +
        `  ingest.feed_items_per_s ${feedRate} (target ≥ 2000)\n` +
        `  related.p50_ms ${ms(q.related.p50)} p95_ms ${ms(q.related.p95)} max ${ms(q.related.max)} (target p95 ≤ 20 at 100k; ${q.meanRelated.toFixed(1)} items each, ${(q.onStory * 100).toFixed(0)}% on the article's story)\n` +
        `  view.p50_ms ${ms(q.view.p50)} p95_ms ${ms(q.view.p95)} (related + timeline + story + outlet count)\n` +
        `  popup.first_render_p50_ms ${ms(r.p50)} p95_ms ${ms(r.p95)} (target ≤ 150)\n` +
        `  idb.bytes_per_article ${(usage / counts.articles).toFixed(0)} (whole base incl. headlines and stories: ${(usage / 1e6).toFixed(1)} MB)\n` +
        `  heap.mb ${(heap / 1e6).toFixed(1)} (target ≤ 100)`,
    );
    rows.push([
      `${tier / 1000}k + ${Math.round(counts.headlines / 1000)}k headlines`,
      articleRate,
      feedRate,
      `${ms(q.related.p50)} / ${ms(q.related.p95)}`,
      `${ms(q.view.p50)} / ${ms(q.view.p95)}`,
      `${ms(r.p50)} / ${ms(r.p95)}`,
      (usage / counts.articles / 1024).toFixed(1),
      (heap / 1e6).toFixed(1),
    ]);
  }
  console.log(
    '\n| base | articles/s | feed items/s | related p50/p95 ms | view p50/p95 ms | popup render p50/p95 ms | IDB KB/article | JS heap MB |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  await close();
}
