import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openBackstoryDb } from '../../lib/store/db';
import { openLibraryDb } from '../../lib/store/library-db';
import { getArticle, saveAnalyzedArticle } from '../../lib/store/articles';
import { sessionTabStates } from '../../lib/background/tabs';
import { createAnnotationHandlers } from '../../lib/background/annotations';
import { annotationFacets, groupAnnotations } from '../../lib/annotations/group';
import { analyzedFixture, NOW, URL_A } from '../helpers/articles';
import { parseMessage } from '../../lib/messaging';
import { getCopy } from '../../lib/store/library/copies';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function setup() {
  const [db, library] = await Promise.all([openBackstoryDb(), openLibraryDb()]);
  const injected: number[] = [];
  const urls = new Map<number, string>([
    [1, URL_A],
    [2, 'https://other.example/page'],
  ]);
  const handlers = createAnnotationHandlers({
    db: async () => db,
    library: async () => library,
    tabs: sessionTabStates(fakeBrowser.storage.session),
    injectAnnotator: async (tabId) => void injected.push(tabId),
    tabUrl: async (tabId) => urls.get(tabId) ?? null,
    now: () => NOW,
  });
  return { db, library, handlers, injected };
}

const create = {
  url: URL_A,
  title: 'Militias end truce',
  quote: { type: 'TextQuoteSelector' as const, exact: 'the truce is over', prefix: 'said ', suffix: '.' },
  position: { type: 'TextPositionSelector' as const, start: 40, end: 57 },
};

describe('annotation handlers', () => {
  test('the annotator is injected only on pages with highlights (after one indexed count)', async () => {
    const { handlers, injected } = await setup();
    expect(await handlers['annot:check']({ url: URL_A }, { tabId: 1, frameId: 0 })).toEqual({ annotations: 0 });
    expect(injected).toEqual([]);
    await handlers['annot:create'](create, { tabId: 1 });
    expect(await handlers['annot:check']({ url: `${URL_A}#comments` }, { tabId: 1, frameId: 0 })).toEqual({
      annotations: 1,
    });
    expect(injected).toEqual([1]);
    // Frames inside the page do not speak for it.
    expect(await handlers['annot:check']({ url: URL_A }, { tabId: 1, frameId: 3 })).toEqual({ annotations: 0 });
  });

  test('a highlight request is taken once by the annotator it injects', async () => {
    const { handlers, injected } = await setup();
    await handlers.requestHighlight(1);
    expect(injected).toEqual([1]);
    expect((await handlers['annot:page']({ url: URL_A }, { tabId: 1 })).highlightSelection).toBe(true);
    expect((await handlers['annot:page']({ url: URL_A }, { tabId: 1 })).highlightSelection).toBe(false);
  });

  test("a page may edit, delete and report only its own page's highlights", async () => {
    const { handlers } = await setup();
    const a = await handlers['annot:create'](create, { tabId: 1 });
    expect(a.articleId).toBe(URL_A);
    expect(await handlers['annot:update']({ id: a.id, note: 'x', tags: [] }, { tabId: 2 })).toBeNull();
    expect(await handlers['annot:delete']({ id: a.id }, { tabId: 2 })).toEqual({ deleted: false });
    expect(await handlers['annot:anchored']({ url: URL_A, anchored: [], orphaned: [a.id] }, { tabId: 2 })).toEqual({
      recorded: 0,
    });
    expect((await handlers['annot:update']({ id: a.id, note: 'checked', tags: ['t'] }, { tabId: 1 }))?.note).toBe(
      'checked',
    );
    expect(await handlers['annot:anchored']({ url: URL_A, anchored: [], orphaned: [a.id] }, { tabId: 1 })).toEqual({
      recorded: 1,
    });
    const lib = await handlers['annotations:library']();
    expect(lib.annotations[0]!.anchor.state).toBe('orphan');
    expect(await handlers['annot:delete']({ id: a.id }, { tabId: 1 })).toEqual({ deleted: true });
  });

  test('a page may read and highlight only the page its tab shows', async () => {
    const { handlers } = await setup();
    await handlers['annot:create'](create, { tabId: 1 });
    await expect(handlers['annot:create'](create, { tabId: 2 })).rejects.toThrow(/only highlight itself/);
    expect((await handlers['annot:page']({ url: URL_A }, { tabId: 2 })).annotations).toEqual([]);
    expect((await handlers['annot:page']({ url: URL_A }, { tabId: 1 })).annotations).toHaveLength(1);
  });

  test("the first highlight keeps the article's text as it is now, so a later change can be shown", async () => {
    const { db, library, handlers } = await setup();
    const { article } = await saveAnalyzedArticle(db, analyzedFixture('militia-truce', URL_A), NOW);
    const { analysis } = (await getArticle(db, article.id))!;
    expect(await getCopy(library, article.id)).toBeUndefined();
    const first = await handlers['annot:create'](create, { tabId: 1 });
    expect(first.articleId).toBe(article.id);
    const copy = await getCopy(library, article.id);
    expect(copy?.text).toBe(analysis.text);
    expect(copy?.capturedAt).toBe(first.created);
    // A later highlight does not replace that first copy.
    await library.put('copies', { ...copy!, text: 'As first kept.' });
    await handlers['annot:create']({ ...create, position: { ...create.position, start: 5, end: 22 } }, { tabId: 1 });
    expect((await getCopy(library, article.id))?.text).toBe('As first kept.');
  });

  test('the library joins story, outlet and entities from the news base, and groups and filters by them', async () => {
    const { db, library, handlers } = await setup();
    await saveAnalyzedArticle(db, analyzedFixture('militia-truce', URL_A), NOW);
    await handlers['annot:create'](create, { tabId: 1 });
    const second = await handlers['annot:create'](
      { ...create, position: { ...create.position, start: 5, end: 22 } },
      { tabId: 1 },
    );
    await handlers['annotations:update']({ id: second.id, note: '', tags: ['evidence'] });
    await library.add('items', {
      id: 'https://saved.example/a',
      url: 'https://saved.example/a',
      title: 'Saved',
      authors: [],
      publisher: null,
      publishedTime: null,
      language: null,
      excerpt: null,
      savedAt: NOW.toISOString(),
      status: 'unread',
      favourite: false,
      tags: [],
      note: '',
      entityKeys: [],
      storyId: null,
      source: 'browser',
    });
    const lib = await handlers['annotations:library']();
    expect(lib.items.map((i) => i.id)).toEqual(['https://saved.example/a']);
    const article = lib.articles.find((a) => a.id === URL_A)!;
    expect(article.storyId).not.toBeNull();
    expect(article.entities.length).toBeGreaterThan(0);

    const facets = annotationFacets(lib);
    expect(facets.tags).toEqual(['evidence']);
    expect(facets.outlets).toEqual([article.publisher ?? article.domain]);
    const groups = groupAnnotations(lib, { tag: '', entity: '', outlet: '' });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.articles[0]!.annotations.map((a) => a.position.start)).toEqual([5, 40]);
    expect(
      groupAnnotations(lib, { tag: 'Evidence', entity: '', outlet: '' })[0]!.articles[0]!.annotations,
    ).toHaveLength(1);
    const entity = article.entities[0]!.key;
    expect(groupAnnotations(lib, { tag: '', entity, outlet: '' })).toHaveLength(1);
    expect(groupAnnotations(lib, { tag: '', entity: 'per:nobody', outlet: '' })).toEqual([]);
    expect(groupAnnotations(lib, { tag: '', entity: '', outlet: 'elsewhere.example' })).toEqual([]);
  });
});

describe('annotation messages', () => {
  const sender = { id: 'ext', url: 'https://news.example/a', tab: { id: 1 }, frameId: 0 };
  test('page messages are checked for shape; extension-only messages refuse pages', () => {
    const msg = (name: string, payload: unknown) => ({ backstory: 1, name, payload });
    expect(parseMessage(msg('annot:create', create), sender, 'ext', 'chrome-extension://ext/').ok).toBe(true);
    const bad = { ...create, quote: { ...create.quote, exact: '' } };
    expect(parseMessage(msg('annot:create', bad), sender, 'ext', 'chrome-extension://ext/').ok).toBe(false);
    const long = { ...create, quote: { ...create.quote, prefix: 'x'.repeat(201) } };
    expect(parseMessage(msg('annot:create', long), sender, 'ext', 'chrome-extension://ext/').ok).toBe(false);
    expect(parseMessage(msg('annotations:delete', { id: 'a' }), sender, 'ext', 'chrome-extension://ext/')).toEqual({
      ok: false,
      error: 'annotations:delete is only accepted from extension pages',
    });
  });
});
