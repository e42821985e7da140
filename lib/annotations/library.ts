import type { Annotation, EntityType, SavedItem } from '../types';

/** What the Annotations page and the exports get from the background in one reply. */
export interface AnnotationLibrary {
  annotations: Annotation[];
  /** The news base's view of each annotated or saved article (missing when it was never analysed). */
  articles: ArticleContext[];
  /** Saved articles of the reading list, for citations. */
  items: SavedItem[];
}

export interface ArticleContext {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  domain: string;
  authors: string[];
  publishedTime: string | null;
  storyId: string | null;
  storyLabel: string | null;
  entities: Array<{ key: string; name: string; type: EntityType }>;
}
