import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from '../../cli/dom';
import { openLibraryDb, type LibraryDb } from '../../lib/store/library-db';
import type { OfflineCopy, SavedItem } from '../../lib/types';

// Resolved from the repo root: happy-dom's URL does not know file: URLs.
const dir = resolve('tests/fixtures/library') + '/';

export const NOW = new Date('2024-08-10T12:00:00Z');

export function libraryFixture(name: string): string {
  return readFileSync(`${dir}${name}`, 'utf8');
}

/** A fixture page parsed with linkedom, loadable under happy-dom (whose URL rejects file: URLs). */
export function pageDocument(slug: string, url: string): Document {
  return parseDocument(readFileSync(resolve('tests/fixtures/pages', slug, 'source.html'), 'utf8'), url);
}

let n = 0;
/** A fresh, empty library database (fake-indexeddb) per call. */
export function freshLibrary(): Promise<LibraryDb> {
  return openLibraryDb(`library-test-${++n}-${Math.random()}`);
}

export function savedItem(overrides: Partial<SavedItem> = {}): SavedItem {
  const url = overrides.url ?? 'https://news.example/iraq/truce';
  return {
    id: url,
    url,
    title: 'Iraqi militia says truce with US forces is over',
    authors: ['Sara Whitfield'],
    publisher: 'Tigris Times',
    publishedTime: '2024-08-07T07:30:00Z',
    language: 'en',
    excerpt: 'A militia says its truce is over.',
    savedAt: '2024-08-08T09:00:00.000Z',
    status: 'unread',
    favourite: false,
    tags: [],
    note: '',
    entityKeys: ['per:haider al lami'],
    storyId: 's1',
    source: 'browser',
    ...overrides,
  };
}

export function offlineCopy(item: SavedItem, text: string): OfflineCopy {
  return {
    id: item.id,
    url: item.url,
    html: text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join(''),
    text,
    capturedAt: item.savedAt,
  };
}
