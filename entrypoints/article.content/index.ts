import { detectArticle } from '@/lib/extract/detect';
import { send } from '@/lib/send';
import { advertisedFeeds } from '@/lib/extract/feed-links';
import { installHighlightButton } from '@/lib/annotator/highlight-button';

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
      // Annotations: the background injects the annotator only when this page has highlights (one index count).
      void send('annot:check', { url: location.href }).then((r) => {
        if (isArticle || (r.ok && r.value.annotations > 0)) offerHighlighting();
      });
    };
    let highlighting = false;
    const offerHighlighting = (): void => {
      if (highlighting) return;
      highlighting = true;
      const remove = installHighlightButton(document, window, () => void send('annot:request', {}));
      ctx.onInvalidated(remove);
    };
    report();
    // Single-page sites swap the article without a load: wait for the new page to render, then look again.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(report, 800);
    });
  },
});
