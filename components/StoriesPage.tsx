import { useEffect, useState } from 'preact/hooks';
import type { StoryDetail, StoryFilter, StorySummary } from '@/lib/store/story-list';
import { absoluteTime, formatDay, relativeTime, safeHref } from './format';

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface StoriesApi {
  list(filter: StoryFilter): Promise<Result<StorySummary[]>>;
  get(id: string): Promise<Result<StoryDetail | null>>;
}

/** Where the page is: the list (with its filter) or one story. Kept in the address so links and Back work. */
export interface StoriesRoute {
  story: string | null;
  entity: string | null;
  outlet: string | null;
}

export function StoriesPage(props: { api: StoriesApi; route: StoriesRoute; navigate: (route: StoriesRoute) => void }) {
  const { route } = props;
  return route.story ? (
    <StoryView api={props.api} id={route.story} back={() => props.navigate({ ...route, story: null })} />
  ) : (
    <StoryList api={props.api} route={route} navigate={props.navigate} />
  );
}

function StoryList(props: { api: StoriesApi; route: StoriesRoute; navigate: (route: StoriesRoute) => void }) {
  const { route, navigate } = props;
  const [stories, setStories] = useState<StorySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [singles, setSingles] = useState(false);

  useEffect(() => {
    setStories(null);
    const filter: StoryFilter = { minSize: singles ? 1 : 2, limit: 100 };
    if (route.entity) filter.entity = route.entity;
    if (route.outlet) filter.outlet = route.outlet;
    void props.api.list(filter).then((r) => {
      if (r.ok) setStories(r.value);
      else setError(r.error);
    });
  }, [route.entity, route.outlet, singles]);

  const outlets = [...new Set((stories ?? []).flatMap((s) => s.outlets))].sort();
  const entityName = stories?.flatMap((s) => s.entities).find((e) => e.key === route.entity)?.name ?? route.entity;
  return (
    <main class="page" data-testid="stories">
      <h1>Stories</h1>
      <p class="muted">What you read and the feeds you follow, grouped by the event they cover. Most recent first.</p>
      <div class="row filters">
        {route.entity && (
          <button onClick={() => navigate({ ...route, entity: null })} data-testid="clear-entity">
            About {entityName} ✕
          </button>
        )}
        <label>
          Outlet{' '}
          <select
            value={route.outlet ?? ''}
            onChange={(e) => navigate({ ...route, outlet: e.currentTarget.value || null })}
            data-testid="outlet-filter"
          >
            <option value="">all</option>
            {[...new Set([...(route.outlet ? [route.outlet] : []), ...outlets])].map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={singles} onChange={(e) => setSingles(e.currentTarget.checked)} /> Include
          single headlines
        </label>
      </div>
      {error && <p role="alert">{error}</p>}
      {!stories && !error && <p class="muted">Loading…</p>}
      {stories?.length === 0 && (
        <p class="muted" data-testid="stories-empty">
          No stories here yet. Read news articles or follow feeds (in the settings) and they will gather here.
        </p>
      )}
      <ul class="stories" data-testid="story-list">
        {stories?.map((s) => (
          <li key={s.id} class="story" data-testid="story-item">
            <button class="link" onClick={() => navigate({ ...route, story: s.id })} data-testid="story-open">
              {s.label}
            </button>
            <p class="muted">
              <span data-testid="story-outlets">
                {s.outlets.length} {s.outlets.length === 1 ? 'outlet' : 'outlets'}
              </span>
              {' · '}
              {s.articleCount + s.headlineCount} items · {timeRange(s.firstTime, s.lastTime)}
            </p>
            <EntityFilterChips story={s} onPick={(key) => navigate({ ...route, entity: key })} />
          </li>
        ))}
      </ul>
    </main>
  );
}

function EntityFilterChips(props: { story: StorySummary; onPick: (key: string) => void }) {
  if (!props.story.entities.length) return null;
  return (
    <ul class="chips">
      {props.story.entities.map((e) => (
        <li key={e.key}>
          <button
            class={`chip chip-${e.key.slice(0, 3)}`}
            onClick={() => props.onPick(e.key)}
            title={`Stories about ${e.name}`}
          >
            {e.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

function StoryView(props: { api: StoriesApi; id: string; back: () => void }) {
  const [detail, setDetail] = useState<StoryDetail | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void props.api.get(props.id).then((r) => {
      if (r.ok) setDetail(r.value);
      else setError(r.error);
    });
  }, [props.id]);

  if (error)
    return (
      <main class="page">
        <p role="alert">{error}</p>
      </main>
    );
  if (detail === undefined)
    return (
      <main class="page">
        <p class="muted">Loading…</p>
      </main>
    );
  if (detail === null)
    return (
      <main class="page" data-testid="story-missing">
        <button onClick={props.back}>← All stories</button>
        <p>This story is no longer stored (old headlines are forgotten after a while).</p>
      </main>
    );
  const { story, coverage, events } = detail;
  return (
    <main class="page" data-testid="story">
      <button onClick={props.back} data-testid="story-back">
        ← All stories
      </button>
      <h1 data-testid="story-label">{story.label}</h1>
      <p class="muted">
        {story.outlets.length} {story.outlets.length === 1 ? 'outlet' : 'outlets'} ({story.outlets.join(', ')}) ·{' '}
        {timeRange(story.firstTime, story.lastTime)}
      </p>
      {story.entities.length > 0 && <p>About {story.entities.map((e) => e.name).join(', ')}</p>}

      <h2>Coverage over time</h2>
      <ol class="coverage" data-testid="story-coverage">
        {coverage.map((c) => (
          <li key={`${c.kind}:${c.id}`} data-kind={c.kind}>
            <time class="muted">{absoluteTime(c.time) ?? 'undated'}</time>{' '}
            <a href={safeHref(c.url)} target="_blank" rel="noopener noreferrer">
              {c.title}
            </a>
            <span class="muted">
              {' '}
              · {c.publisher ?? c.outlet}
              {c.kind === 'headline' && ' · headline'}
            </span>
          </li>
        ))}
      </ol>

      {events.length > 0 && (
        <>
          <h2>Dates in the coverage</h2>
          <ol class="events" data-testid="story-events">
            {events.map((e) => (
              <li key={`${e.day}|${e.sentence}`}>
                <strong>{formatDay(e.day, e.day)}</strong> {e.sentence}
                <span class="muted"> — {e.articleTitle}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </main>
  );
}

function timeRange(first: string, last: string): string {
  const a = relativeTime(first);
  const b = relativeTime(last);
  return a === b ? (b ?? '') : `${a} – ${b}`;
}
