import type { Db } from './db';
import { saveAnalyzedArticles, type ArticleToSave, type SaveResult } from './articles';

/** Pages saved in one transaction at most: a batch stays a few hundred milliseconds of work. */
const MAX_BATCH = 16;

interface Waiting {
  page: ArticleToSave;
  resolve(result: SaveResult): void;
  reject(error: unknown): void;
}

/**
 * The background's saves of analysed pages, one transaction at a time on one connection, the pages that
 * arrive during a save stored together in the next (group commit): tabs restored at once, or a burst of
 * reloads, then cost one commit per batch, and every save keeps the connection's committed caches (a
 * transaction that begins while another is open must read the store instead; see `TxTermCounts`).
 *
 * A batch is all or nothing, so when one fails its pages are saved again one by one: a page that cannot
 * be stored (a quota error, bad data) fails alone and the others are stored.
 */
export class ArticleSaver {
  private readonly waiting: Waiting[] = [];
  private draining = false;

  constructor(private readonly db: () => Promise<Db>) {}

  save(page: ArticleToSave): Promise<SaveResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ page, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.waiting.length > 0) await this.saveBatch(this.waiting.splice(0, MAX_BATCH));
    } finally {
      this.draining = false;
    }
  }

  private async saveBatch(batch: Waiting[]): Promise<void> {
    try {
      const db = await this.db();
      const results = await saveAnalyzedArticles(
        db,
        batch.map((w) => w.page),
      );
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const w of batch) await this.saveBatch([w]);
    }
  }
}
