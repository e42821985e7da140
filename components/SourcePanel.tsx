import type { StoredAnalysis, StoredArticle } from '@/lib/types';
import { absoluteTime, relativeTime } from './format';
import { EntityChips } from './EntityChips';
import { ClaimList } from './ClaimList';

export function SourcePanel(props: { article: StoredArticle; analysis: StoredAnalysis; publisherCount: number }) {
  const { article, analysis } = props;
  const cited = [...new Map(analysis.citedSources.map((c) => [c.name.toLowerCase(), c])).values()];
  return (
    <section data-testid="source-panel" aria-label="Source">
      <dl class="facts">
        <dt>Publisher</dt>
        <dd data-testid="publisher">
          {article.publisher ?? article.domain} <span class="muted">({article.domain})</span>
        </dd>
        <dt>By</dt>
        <dd data-testid="authors">
          {article.authors.length ? article.authors.join(', ') : <span class="muted">No byline</span>}
        </dd>
        <dt>Published</dt>
        <dd data-testid="published">
          {article.publishedTime ? (
            <time dateTime={article.publishedTime} title={article.publishedTime}>
              {absoluteTime(article.publishedTime)} <span class="muted">· {relativeTime(article.publishedTime)}</span>
            </time>
          ) : (
            <span class="muted">Unknown</span>
          )}
        </dd>
        {article.modifiedTime && article.modifiedTime !== article.publishedTime && (
          <>
            <dt>Updated</dt>
            <dd data-testid="modified">
              <time dateTime={article.modifiedTime}>{absoluteTime(article.modifiedTime)}</time>{' '}
              <span class="muted">· {relativeTime(article.modifiedTime)}</span>
            </dd>
          </>
        )}
        {article.section && (
          <>
            <dt>Section</dt>
            <dd>{article.section}</dd>
          </>
        )}
        {article.lang && (
          <>
            <dt>Language</dt>
            <dd data-testid="lang">{article.lang}</dd>
          </>
        )}
        <dt>Cited</dt>
        <dd data-testid="cited-sources">
          {cited.length ? (
            <ul class="inline-list">
              {cited.map((c) => (
                <li key={c.name} title={c.cue}>
                  {c.name} <span class="muted">({c.cue})</span>
                </li>
              ))}
            </ul>
          ) : (
            <span class="muted">No outlets cited</span>
          )}
        </dd>
        <dt>In your library</dt>
        <dd data-testid="publisher-count">
          {props.publisherCount} {props.publisherCount === 1 ? 'article' : 'articles'} from this publisher
        </dd>
      </dl>
      <h2>People, organisations, places</h2>
      <EntityChips entities={analysis.entities} />
      <h2>Claims</h2>
      <ClaimList claims={analysis.claims} />
    </section>
  );
}
