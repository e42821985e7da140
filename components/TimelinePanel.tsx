import type { TimelineEvent } from '@/lib/types';
import { formatDay, safeHref } from './format';

export function TimelinePanel(props: { events: TimelineEvent[] }) {
  if (!props.events.length) return <p class="muted">No dated events found in this story yet.</p>;
  return (
    <ol class="timeline" data-testid="timeline">
      {props.events.map((e) => (
        <li key={`${e.articleId}-${e.day}-${e.text}-${e.sentence.slice(0, 20)}`} class={e.isCurrent ? 'current' : ''}>
          <time dateTime={e.day}>{formatDay(e.day, e.value)}</time>
          <p>{e.sentence.length > 240 ? `${e.sentence.slice(0, 237)}…` : e.sentence}</p>
          <p class="muted source">
            {e.isCurrent ? (
              <span class="badge">This article</span>
            ) : (
              <a href={safeHref(e.articleId)} target="_blank" rel="noopener noreferrer">
                {e.publisher ?? 'Source'}: {e.articleTitle}
              </a>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
