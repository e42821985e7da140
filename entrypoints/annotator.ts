import { createAnnotator } from '@/lib/annotator/annotator';
import { send } from '@/lib/send';

type Annotator = ReturnType<typeof createAnnotator>;
const KEY = '__backstoryAnnotator';

// Injected by the background into a page that has highlights or whose reader asked to highlight. Injected
// again (another request), it reuses the instance of this page's isolated world instead of starting over.
export default defineUnlistedScript(async () => {
  const scope = globalThis as unknown as Record<string, Annotator | undefined>;
  const annotator = (scope[KEY] ??= createAnnotator(document, window, send));
  await annotator.sync();
});
