import { useEffect, useState } from 'preact/hooks';
import type { TabView } from '@/lib/view';
import { Tabs } from './Tabs';
import { SourcePanel } from './SourcePanel';
import { TimelinePanel } from './TimelinePanel';
import { RelatedList } from './RelatedList';
import { relativeTime } from './format';
// Feeds and stories: "Follow this outlet" and the link to the Stories page.
import { FollowOutlet, type FollowApi } from './FollowOutlet';
import { SavePanel, type ReadingPopupApi } from './reading/SavePanel';

export interface PopupApi {
  getView(tabId: number): Promise<{ ok: true; value: TabView } | { ok: false; error: string }>;
  analyze(tabId: number): Promise<{ ok: true; value: { started: boolean } } | { ok: false; error: string }>;
  /** Feeds: following the outlet's advertised feed (absent where the popup cannot follow feeds). */
  feeds?: FollowApi;
  /** Reading list: save the article, show its saved state and changes (absent where no library is wired). */
  reading?: ReadingPopupApi;
}

type ViewKey = 'source' | 'timeline' | 'related';
const POLL_MS = 400;
const POLL_LIMIT = 40;

export function App(props: { tabId: number | null; api: PopupApi }) {
  const [view, setView] = useState<TabView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState<ViewKey>('source');
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (props.tabId === null) {
      setError('No tab to describe.');
      return;
    }
    const tabId = props.tabId;
    let cancelled = false;
    let polls = 0;
    const load = async (): Promise<void> => {
      const result = await props.api.getView(tabId);
      if (cancelled) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setView(result.value);
      // Analysis runs in the page after the popup opens on a fresh tab: keep asking for a while.
      if (result.value.status === 'pending' && ++polls < POLL_LIMIT) setTimeout(() => void load(), POLL_MS);
      else if (result.value.status === 'pending')
        setError('The page is taking too long to analyse. Reload it and try again.');
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [props.tabId, generation]);

  const analyze = async () => {
    if (props.tabId === null) return;
    setError(null);
    const r = await props.api.analyze(props.tabId);
    if (!r.ok) setError(r.error);
    else if (!r.value.started) setError('This page cannot be analysed.');
    else {
      setView({ status: 'pending', url: view?.url ?? '' });
      setGeneration((g) => g + 1);
    }
  };

  if (error) {
    return (
      <main class="state" data-testid="error">
        <p role="alert">{error}</p>
        <button
          onClick={() => {
            setError(null);
            setGeneration((g) => g + 1);
          }}
        >
          Try again
        </button>
      </main>
    );
  }
  if (!view || view.status === 'pending') {
    return (
      <main class="state" data-testid="loading" aria-busy="true">
        <div class="spinner" aria-hidden="true" />
        <p>Reading the page…</p>
      </main>
    );
  }
  if (view.status === 'unsupported') {
    return (
      <main class="state" data-testid="unsupported">
        <p>Backstory works on web pages. Open a news article to see its source, timeline and related coverage.</p>
      </main>
    );
  }
  if (view.status === 'error') {
    return (
      <main class="state" data-testid="error">
        <p role="alert">Could not analyse this page: {view.error}</p>
        <button onClick={analyze}>Try again</button>
      </main>
    );
  }
  if (view.status === 'not-article') {
    return (
      <main class="state" data-testid="not-article">
        <h1>Not a news article</h1>
        <p>This page does not look like an article, so Backstory left it alone.</p>
        <button class="primary" data-testid="analyze-anyway" onClick={analyze}>
          Analyse this page anyway
        </button>
        {props.api.feeds && props.tabId !== null && <FollowOutlet tabId={props.tabId} api={props.api.feeds} />}
      </main>
    );
  }

  const { article, analysis, related, timeline, publisherCount, story } = view;
  const otherOutlets = new Set(related.filter((r) => !r.sameOutlet).map((r) => r.domain)).size;
  return (
    <main>
      <header class="header" data-testid="header">
        <p class="kicker">
          {article.publisher ?? article.domain}
          {article.publishedTime && <> · {relativeTime(article.publishedTime)}</>}
        </p>
        <h1 data-testid="headline">{article.title}</h1>
        {story && otherOutlets > 0 && <p class="muted">Story covered by {otherOutlets + 1} outlets in your library</p>}
        {props.api.feeds && props.tabId !== null && <FollowOutlet tabId={props.tabId} api={props.api.feeds} />}
        {props.api.reading && props.tabId !== null && <SavePanel tabId={props.tabId} api={props.api.reading} />}
        {/* Annotations: highlights of every page, orphans and exports */}
        <a class="muted" href="/annotations.html" target="_blank" rel="noopener" data-testid="annotations-link">
          Highlights and exports
        </a>
      </header>
      <Tabs<ViewKey>
        tabs={[
          { key: 'source', label: 'Source' },
          { key: 'timeline', label: 'Timeline', count: timeline.length },
          { key: 'related', label: 'Related', count: related.length },
        ]}
        active={active}
        onSelect={setActive}
      >
        {active === 'source' && <SourcePanel article={article} analysis={analysis} publisherCount={publisherCount} />}
        {active === 'timeline' && <TimelinePanel events={timeline} />}
        {active === 'related' && <RelatedList items={related} />}
        {active === 'related' && story && (
          <p class="story-link">
            <a href={`/stories.html?story=${encodeURIComponent(story.id)}`} target="_blank" data-testid="open-story">
              See the whole story
            </a>
          </p>
        )}
      </Tabs>
    </main>
  );
}
