import DOMPurify from 'dompurify';
import { sanitizeArticleHtml } from '@/lib/library/sanitize';
import { paragraphs } from '@/lib/library/changes';
import type { OfflineCopy, SavedItem } from '@/lib/types';
import { absoluteTime, safeHref } from '../format';

/**
 * The clean reader view of an offline copy. The copy's HTML was sanitized when it was captured, but a copy can
 * also come from an import file: it is sanitized again here, the only place it becomes markup. Everything else
 * (title, byline, publisher) is rendered as text.
 */
export function ReaderView(props: { item: SavedItem; copy: OfflineCopy | undefined; onBack(): void }) {
  const { item, copy } = props;
  const html = copy?.html ? sanitizeArticleHtml(DOMPurify, copy.html) : '';
  const byline = [item.authors.join(', '), item.publisher, absoluteTime(item.publishedTime)].filter(Boolean);
  return (
    <article class="reader" data-testid="reader">
      <button class="link" data-testid="reader-back" onClick={props.onBack}>
        ← Reading list
      </button>
      <h1 data-testid="reader-title">{item.title}</h1>
      {byline.length > 0 && (
        <p class="muted" data-testid="reader-byline">
          {byline.join(' · ')}
        </p>
      )}
      <p class="muted">
        <a href={safeHref(item.url)} target="_blank" rel="noopener noreferrer">
          Original page
        </a>
        {copy && <> · offline copy of {absoluteTime(copy.capturedAt)}</>}
      </p>
      {html ? (
        <div class="reader-body" data-testid="reader-body" dangerouslySetInnerHTML={{ __html: html }} />
      ) : copy?.text ? (
        <div class="reader-body" data-testid="reader-body">
          {paragraphs(copy.text).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      ) : (
        <p data-testid="reader-empty">No offline copy of this article (it was imported): open the original page.</p>
      )}
    </article>
  );
}
