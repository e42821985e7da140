import type { DBSchema } from 'idb';
import type { Annotation, OfflineCopy, ReadingStatus, SavedItem } from '../types';

/**
 * The library: what the reader made (reading list, offline copies, annotations). It is a database of its own,
 * apart from the news base, because it is the reader's work: the news base can be pruned or rebuilt from pages
 * and feeds, the library never; export and import cover exactly this database.
 */
export const LIBRARY_DB_NAME = 'backstory-library';
export const LIBRARY_DB_VERSION = 1;

export interface LibraryDB extends DBSchema {
  items: {
    key: string;
    value: SavedItem;
    indexes: { 'by-url': string; 'by-saved': string; 'by-status': ReadingStatus; 'by-tag': string };
  };
  copies: { key: string; value: OfflineCopy };
  annotations: {
    key: string;
    value: Annotation;
    indexes: { 'by-article': string; 'by-url': string; 'by-tag': string; 'by-created': string };
  };
  /** Small named records: the persisted full-text index, settings of the library. */
  meta: { key: string; value: { key: string; value: unknown } };
}
