import type { RelatedItem } from '@/lib/types';
import { relativeTime, safeHref } from './format';

export function RelatedList(props: { items: RelatedItem[] }) {
  if (!props.items.length) {
    return (
      <p class="muted" data-testid="related-empty">
        No other coverage of this story in your library yet. Read or follow more outlets and it will appear here.
      </p>
    );
  }
  return (
    <ul class="related" data-testid="related">
      {props.items.map((r) => (
        <li key={r.id} data-kind={r.kind}>
          <a href={safeHref(r.url)} target="_blank" rel="noopener noreferrer">
            {r.title}
          </a>
          <p class="muted">
            {r.publisher ?? r.domain}
            {r.time && <> · {relativeTime(r.time)}</>}
            {r.kind === 'headline' && <> · headline</>}
            {r.sameOutlet && <> · same outlet</>}
          </p>
        </li>
      ))}
    </ul>
  );
}
