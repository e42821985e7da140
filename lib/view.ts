import type { RelatedItem, Story, StoredAnalysis, StoredArticle, TimelineEvent } from './types';

/** What the popup shows for one tab, as the background computes it. */
export type TabView =
  | { status: 'pending'; url: string }
  | { status: 'not-article'; url: string; signals: string[] }
  | { status: 'unsupported'; url: string }
  | { status: 'error'; url: string; error: string }
  | {
      status: 'article';
      url: string;
      article: StoredArticle;
      analysis: StoredAnalysis;
      related: RelatedItem[];
      timeline: TimelineEvent[];
      story: Story | null;
      /** Articles from the same publisher stored locally, this one included. */
      publisherCount: number;
    };

/** Per-tab state the background keeps in session storage, since an MV3 worker can be stopped at any time. */
export interface TabState {
  url: string;
  status: 'pending' | 'not-article' | 'article' | 'error';
  signals: string[];
  articleId?: string;
  error?: string;
}
