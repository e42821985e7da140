// @vitest-environment jsdom
// jsdom, not happy-dom: the reader view runs DOMPurify, which happy-dom's DOM makes keep event handlers.
import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ReadingListApp } from '../../components/reading/ReadingListApp';
import { SavePanel, type ReadingPopupApi } from '../../components/reading/SavePanel';
import { createReadingListApi } from '../../lib/library/page-api';
import { saveItem } from '../../lib/store/library/items';
import { diffParagraphs } from '../../lib/library/changes';
import type { SavedItem } from '../../lib/types';
import { freshLibrary, libraryFixture, NOW, offlineCopy, savedItem } from '../helpers/library';

const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));
/** Let IndexedDB and renders run until `check` holds (2 s at most), so a busy machine does not fail a test. */
async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100 && !(await check()); i++) await settle();
}
const byTestId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const titles = (root: HTMLElement) => [...root.querySelectorAll('[data-testid="open-item"]')].map((b) => b.textContent);

/** The listed titles, once the list shows `expected` (or the wait runs out and the assertion says what it shows). */
async function expectTitles(root: HTMLElement, expected: string[]): Promise<void> {
  await until(() => JSON.stringify(titles(root)) === JSON.stringify(expected));
  expect(titles(root)).toEqual(expected);
}

async function mount(node: preact.ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => render(node, root));
  await settle();
  return root;
}

async function type(input: HTMLInputElement | HTMLSelectElement, value: string, event = 'input') {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await settle();
}

async function library() {
  const db = await freshLibrary();
  const truce = savedItem({ tags: ['iraq'], publishedTime: '2024-08-07T07:30:00Z', savedAt: '2024-08-08T09:00:00Z' });
  const regatta = savedItem({
    url: 'https://sport.example/regatta',
    title: 'Harbour City wins the regatta',
    publishedTime: '2024-08-09T07:30:00Z',
    savedAt: '2024-08-01T09:00:00Z',
  });
  const old = savedItem({ url: 'https://news.example/old', title: 'An archived piece', status: 'archived' });
  await saveItem(db, truce, offlineCopy(truce, 'Kataib Hezbollah said the truce was over.\n\nFour fighters died.'));
  await saveItem(db, regatta, offlineCopy(regatta, 'Sailors won in Muscat.'));
  await saveItem(db, old, null);
  return { db, api: createReadingListApi(db, new DOMParser(), () => NOW) };
}

describe('Reading list page', () => {
  test('views, sort, tag filter and full-text search', async () => {
    const { api } = await library();
    const root = await mount(<ReadingListApp api={api} />);
    await expectTitles(root, ['Iraqi militia says truce with US forces is over', 'Harbour City wins the regatta']);
    await type(byTestId(root, 'sort') as HTMLSelectElement, 'published', 'change');
    await expectTitles(root, ['Harbour City wins the regatta', 'Iraqi militia says truce with US forces is over']);
    await type(byTestId(root, 'tag-filter') as HTMLSelectElement, 'iraq', 'change');
    await expectTitles(root, ['Iraqi militia says truce with US forces is over']);
    await type(byTestId(root, 'tag-filter') as HTMLSelectElement, '', 'change');
    await type(byTestId(root, 'search') as HTMLInputElement, 'muscat');
    await expectTitles(root, ['Harbour City wins the regatta']);
    await type(byTestId(root, 'search') as HTMLInputElement, 'nothing-like-this');
    await until(() => byTestId(root, 'empty') !== null);
    expect(byTestId(root, 'empty')?.textContent).toContain('No saved article matches');
    await type(byTestId(root, 'search') as HTMLInputElement, '');
    await act(async () => byTestId(root, 'view-archived')!.click());
    await expectTitles(root, ['An archived piece']);
  });

  test('archive, favourite, tags and note are kept; the reader view shows the offline copy', async () => {
    const { api, db } = await library();
    const root = await mount(<ReadingListApp api={api} />);
    await act(async () => byTestId(root, 'favourite')!.click());
    await until(async () => (await db.get('items', 'https://news.example/iraq/truce'))?.favourite === true);
    await until(() => byTestId(root, 'favourite')?.textContent === '★');
    await type(byTestId(root, 'edit-tags') as HTMLInputElement, 'iraq, security, iraq');
    await type(byTestId(root, 'edit-note') as HTMLInputElement, 'Check the figures.');
    await act(async () => byTestId(root, 'save-edit')!.click());
    await until(async () => (await db.get('items', 'https://news.example/iraq/truce'))?.note !== '');
    const stored = (await db.get('items', 'https://news.example/iraq/truce')) as SavedItem;
    expect(stored).toMatchObject({ favourite: true, tags: ['iraq', 'security'], note: 'Check the figures.' });
    await act(async () => byTestId(root, 'view-favourites')!.click());
    await expectTitles(root, ['Iraqi militia says truce with US forces is over']);

    await act(async () => byTestId(root, 'open-item')!.click());
    await until(() => byTestId(root, 'reader-body') !== null);
    expect(byTestId(root, 'reader-body')?.textContent).toContain('Kataib Hezbollah said the truce was over.');
    await act(async () => byTestId(root, 'reader-back')!.click());
    await act(async () => byTestId(root, 'toggle-archive')!.click());
    await until(async () => (await db.get('items', stored.id))?.status === 'archived');
    expect((await db.get('items', stored.id))?.status).toBe('archived');
  });

  test('an import reports what it did; a malformed file is refused with the reason', async () => {
    const { api } = await library();
    expect(await api.importFile(libraryFixture('pocket.csv'))).toBe(
      'Pocket export (CSV): 1 new item, 2 merged with items already here.',
    );
    await expect(api.importFile('title,url,time_added,tags,status\nA,ftp://x,1723017600,,unread\n')).rejects.toThrow(
      'Pocket file, line 2: "ftp://x" is not a web address',
    );
    const csv = await api.exportFile('csv');
    expect(csv.text.split('\n')).toHaveLength(5);
    const md = await api.exportFile('markdown');
    expect(md.text).toContain('- [Harbour City wins the regatta](<https://sport.example/regatta>)');
  });
});

describe('popup save panel', () => {
  test('saves, then shows the saved state; a changed article says what changed', async () => {
    const saved: SavedItem[] = [];
    const change = diffParagraphs('One.\n\nTwo.', 'One.\n\nTwo, revised.', '2024-08-08T09:00:00Z');
    const api: ReadingPopupApi = {
      status: async () => ({ ok: true, value: { saved: saved[0] ?? null, change } }),
      save: async () => {
        saved.push(savedItem());
        return { ok: true, value: { item: saved[0]! } };
      },
      openReadingList: () => undefined,
    };
    const root = await mount(<SavePanel tabId={3} api={api} />);
    expect(byTestId(root, 'article-changed')?.textContent).toContain('1 paragraph added, 1 paragraph removed');
    expect(byTestId(root, 'article-changed')?.textContent).toContain('since you annotated it');
    await act(async () => byTestId(root, 'save-article')!.click());
    await settle();
    expect(byTestId(root, 'saved-state')?.textContent).toContain('Saved to your reading list');
    expect(byTestId(root, 'article-changed')?.textContent).toContain('since you saved it');
  });

  test('a failed save says why', async () => {
    const api: ReadingPopupApi = {
      status: async () => ({ ok: true, value: { saved: null, change: null } }),
      save: async () => ({ ok: false, error: 'Only web pages can be saved to the reading list' }),
      openReadingList: () => undefined,
    };
    const root = await mount(<SavePanel tabId={3} api={api} />);
    await act(async () => byTestId(root, 'save-article')!.click());
    await settle();
    expect(byTestId(root, 'save-error')?.textContent).toBe('Only web pages can be saved to the reading list');
  });
});
