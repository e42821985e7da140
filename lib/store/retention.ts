import type { StoreNames } from 'idb';
import type { Db } from './db';
import type { BackstoryDB } from './schema';
import { postedRef } from './postings';
import { forgetCommitted } from './term-counts';

const PRUNE_STORES: StoreNames<BackstoryDB>[] = ['headlines', 'stories', 'itemPostings'];
/** Headlines deleted per transaction: short transactions keep the store responsive for the popup. */
const BATCH = 500;

/**
 * Delete headlines first seen before `cutoff` (from the `by-seen` index, oldest first) and take them out
 * of their stories and the look-up postings; a story left with no member at all goes too. Only headlines are pruned: articles the
 * reader opened, and everything in the library database (saved and annotated items), are never touched.
 */
export async function pruneHeadlines(db: Db, cutoff: Date, batchSize = BATCH): Promise<number> {
  const range = IDBKeyRange.upperBound(cutoff.toISOString(), true);
  let pruned = 0;
  for (;;) {
    // Stories change here outside placement: what placement remembers of them goes, before and after.
    forgetCommitted(db);
    const tx = db.transaction(PRUNE_STORES, 'readwrite');
    const headlines = tx.objectStore('headlines');
    const stories = tx.objectStore('stories');
    const batch = await headlines.index('by-seen').getAll(range, batchSize);
    const byStory = new Map<string, Set<string>>();
    for (const h of batch) {
      if (h.storyId) byStory.set(h.storyId, (byStory.get(h.storyId) ?? new Set()).add(h.id));
    }
    const postings = tx.objectStore('itemPostings');
    const pending: Promise<unknown>[] = batch.map((h) => headlines.delete(h.id));
    // Its look-up postings go with it (one record, named by its story and itself).
    for (const h of batch) if (h.storyId) pending.push(postings.delete([h.storyId, postedRef('headline', h)]));
    for (const [storyId, ids] of byStory) {
      pending.push(
        stories.get(storyId).then(async (story) => {
          if (!story) return;
          const headlineCount = Math.max(0, story.headlineCount - ids.size);
          if (headlineCount === 0 && story.articleCount === 0) await stories.delete(storyId);
          else await stories.put({ ...story, headlineCount });
        }),
      );
    }
    await Promise.all(pending);
    await tx.done;
    forgetCommitted(db);
    pruned += batch.length;
    if (batch.length < batchSize) return pruned;
  }
}
