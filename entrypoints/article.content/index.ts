import { detectArticle } from '@/lib/extract/detect';
import { send } from '@/lib/send';
import { advertisedFeeds } from '@/lib/extract/feed-links';

// Runs on every page: detection only. The extractor is a separate script the background injects when
// this says "article", so pages that are not articles never load it.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastUrl = '';
    const report = (): void => {
      if (location.href === lastUrl) return;
      lastUrl = location.href;
      const { isArticle, signals } = detectArticle(document, location.href);
      void send('page:detected', {
        url: location.href,
        isArticle,
        signals,
        feeds: advertisedFeeds(document, location.href),
      });
    };
    report();
    // Single-page sites swap the article without a load: wait for the new page to render, then look again.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(report, 800);
    });
  },
});
