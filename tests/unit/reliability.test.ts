import { afterEach, describe, expect, test, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openBackstoryDb, type Db } from '../../lib/store/db';
import { createHandlers, describeError } from '../../lib/background/service';
import { sessionTabStates } from '../../lib/background/tabs';
import { analyzedFixture, NOW, URL_A, URL_B } from '../helpers/articles';

function background() {
  globalThis.indexedDB = new IDBFactory();
  const db = openBackstoryDb();
  const handlers = createHandlers({
    db: () => db,
    tabs: sessionTabStates(fakeBrowser.storage.session),
    injectExtractor: async () => {},
    setBadge: async () => {},
    tabUrl: async () => null,
    now: () => NOW,
  });
  return { handlers, db };
}

/** Everything the news base holds, store by store. */
async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of db.objectStoreNames) out[name] = await db.getAll(name);
  return out;
}

const A = () => analyzedFixture('militia-truce', URL_A);
const B = () => analyzedFixture('militia-followup', URL_B);

describe('two tabs analysed at the same moment', () => {
  test('both are stored and the base ends exactly as if they had come one after the other', async () => {
    const together = background();
    await Promise.all([
      together.handlers['page:analyzed']({ article: A() }, { tabId: 1 }),
      together.handlers['page:analyzed']({ article: B() }, { tabId: 2 }),
    ]);
    const db = await together.db;
    const a = (await db.get('articles', URL_A))!;
    const b = (await db.get('articles', URL_B))!;
    expect(a.storyId).toBe(b.storyId);
    expect(await db.getAllKeysFromIndex('articles', 'by-story', a.storyId!)).toEqual([URL_A, URL_B]);
    expect((await db.get('stories', a.storyId!))?.articleCount).toBe(2);
    const placed = (await db.count('articles')) + (await db.count('headlines'));
    expect((await db.get('meta', 'items'))?.value).toBe(placed);
    const concurrent = await snapshot(db);

    const oneByOne = background();
    await oneByOne.handlers['page:analyzed']({ article: A() }, { tabId: 1 });
    await oneByOne.handlers['page:analyzed']({ article: B() }, { tabId: 2 });
    expect(concurrent).toEqual(await snapshot(await oneByOne.db));
  });
});

describe('a storage quota error during a save', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('is reported on the tab, loses nothing stored before, stores nothing half, and the worker keeps serving', async () => {
    const { handlers, db: opening } = background();
    await handlers['page:analyzed']({ article: A() }, { tabId: 1 });
    const db = await opening;
    const before = await snapshot(db);

    // The disk fills up while B's analysis (the big record) is written; the story, terms and article
    // writes queued before it in the same transaction must not survive.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'analyses') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const failed = handlers['page:analyzed']({ article: B() }, { tabId: 2 });
    await expect(failed).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await handlers['view:get']({ tabId: 2 })).toEqual({
      status: 'error',
      url: URL_B,
      error: 'Storage is full: free some space or remove saved data',
    });
    expect(await snapshot(db)).toEqual(before);

    const view = await handlers['view:get']({ tabId: 1 });
    expect(view).toMatchObject({ status: 'article', article: { id: URL_A } });

    vi.restoreAllMocks();
    await handlers['page:analyzed']({ article: B() }, { tabId: 2 });
    expect((await db.get('articles', URL_B))?.storyId).toBe((await db.get('articles', URL_A))?.storyId);
  });

  test('crosses to the popup as a plain message', () => {
    expect(describeError(new DOMException('quota', 'QuotaExceededError'))).toBe(
      'Storage is full: free some space or remove saved data',
    );
  });
});
