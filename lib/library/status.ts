import type { ArticleChange } from './changes';
import type { SavedItem } from '../types';

/** What the popup shows about the library and the article in the tab. */
export interface ReadingStatus {
  /** The reading-list item, when the article is saved. */
  saved: SavedItem | null;
  /** How the article's text differs from the stored copy (saved or annotated), when it does. */
  change: ArticleChange | null;
}
