import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnnotationLibrary } from '@/lib/annotations/library';
import { annotationFacets, groupAnnotations, type AnnotationFilter } from '@/lib/annotations/group';
import type { Annotation } from '@/lib/types';
import { AnnotationCard, type CardActions } from './AnnotationCard';
import { ExportPanel } from './ExportPanel';

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface AnnotationsApi {
  library(): Promise<Reply<AnnotationLibrary>>;
  update(id: string, note: string, tags: string[]): Promise<Reply<Annotation | null>>;
  remove(id: string): Promise<Reply<{ deleted: boolean }>>;
}

const NO_FILTER: AnnotationFilter = { tag: '', entity: '', outlet: '' };

/** The Annotations page: every highlight grouped by story and article, filters, edits, exports. */
export function AnnotationsApp(props: { api: AnnotationsApi }) {
  const [library, setLibrary] = useState<AnnotationLibrary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);

  const load = async () => {
    const r = await props.api.library();
    if (r.ok) setLibrary(r.value);
    else setError(r.error);
  };
  useEffect(() => void load(), []);

  const groups = useMemo(() => (library ? groupAnnotations(library, filter) : []), [library, filter]);
  const facets = useMemo(() => (library ? annotationFacets(library) : null), [library]);

  const actions: CardActions = {
    async update(id, note, tags) {
      const r = await props.api.update(id, note, tags);
      if (!r.ok) return r.error;
      if (!r.value) return 'This highlight no longer exists.';
      await load();
      return null;
    },
    async remove(id) {
      const r = await props.api.remove(id);
      if (!r.ok) return r.error;
      await load();
      return null;
    },
  };

  if (error) return <p role="alert">{error}</p>;
  if (!library || !facets) return <p aria-busy="true">Loading…</p>;
  const orphans = library.annotations.filter((a) => a.anchor.state === 'orphan').length;

  return (
    <>
      <header>
        <h1>Annotations</h1>
        <p data-testid="summary">
          {library.annotations.length} highlights{orphans ? `, ${orphans} orphaned` : ''}. Select text on an article and
          press “Highlight” (or Alt+Shift+H, or the context menu) to add one.
        </p>
        <div class="filters">
          <Select
            label="Tag"
            value={filter.tag}
            options={facets.tags.map((t) => [t, t])}
            testid="filter-tag"
            onChange={(tag) => setFilter({ ...filter, tag })}
          />
          <Select
            label="Entity"
            value={filter.entity}
            options={facets.entities.map((e) => [e.key, e.name])}
            testid="filter-entity"
            onChange={(entity) => setFilter({ ...filter, entity })}
          />
          <Select
            label="Outlet"
            value={filter.outlet}
            options={facets.outlets.map((o) => [o, o])}
            testid="filter-outlet"
            onChange={(outlet) => setFilter({ ...filter, outlet })}
          />
        </div>
      </header>
      <main>
        {groups.length === 0 && <p class="empty">No highlights match.</p>}
        {groups.map((story) => (
          <section class="story" key={story.storyId ?? story.articles[0]?.articleId} data-testid="story">
            <h2>{story.label}</h2>
            {story.articles.map((article) => (
              <article key={article.articleId} data-testid="article">
                <h3>
                  <a href={safeHref(article.url)} target="_blank" rel="noreferrer noopener">
                    {article.title}
                  </a>{' '}
                  <span class="outlet">{article.outlet}</span>
                </h3>
                <ul>
                  {article.annotations.map((a) => (
                    <AnnotationCard key={`${a.id}:${a.updated}:${a.anchor.state}`} annotation={a} actions={actions} />
                  ))}
                </ul>
              </article>
            ))}
          </section>
        ))}
      </main>
      <ExportPanel library={library} />
    </>
  );
}

function Select(props: {
  label: string;
  value: string;
  options: Array<[string, string]>;
  testid: string;
  onChange(value: string): void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} data-testid={props.testid} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">Any</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Links from page data only as http(s). */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
