/**
 * Run the writes of `work` in `tx` as one unit. A failure part-way (a value IndexedDB cannot clone, a quota
 * error, a bug) would otherwise let the transaction commit what was already put: abort it, then rethrow.
 */
export async function atomically<T>(tx: { done: Promise<void>; abort(): void }, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by IndexedDB itself.
    }
    // Swallow the abort's own rejection of `done`; the original error is the one worth reporting.
    await tx.done.catch(() => undefined);
    throw error;
  }
}
