import { analyzePage } from '@/lib/extract/analyze';
import { send } from '@/lib/send';

// Injected by the background into a tab that looks like an article (or that the reader asked about).
export default defineUnlistedScript(async () => {
  const url = location.href;
  try {
    const article = analyzePage(document, url);
    await send('page:analyzed', { article });
  } catch (error) {
    await send('page:failed', { url, error: error instanceof Error ? error.message : String(error) });
  }
});
