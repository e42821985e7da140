import type { ArticleChange } from '@/lib/library/changes';
import { absoluteTime } from '../format';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "This article changed": the paragraphs removed and added since the copy was kept. Page text stays text. */
export function ChangeNotice(props: { change: ArticleChange; saved: boolean }) {
  const { change } = props;
  return (
    <section class="change" data-testid="article-changed" role="status">
      <p>
        <strong>This article changed</strong> since you {props.saved ? 'saved' : 'annotated'} it (
        {absoluteTime(change.capturedAt)}): {plural(change.added, 'paragraph')} added,{' '}
        {plural(change.removed, 'paragraph')} removed.
      </p>
      <details>
        <summary data-testid="article-changed-toggle">Show what changed</summary>
        <ol class="diff" data-testid="article-diff">
          {change.parts.map((part, i) =>
            part.kind === 'same' ? (
              <li key={i} class="diff-same">
                … {plural(part.paragraphs.length, 'unchanged paragraph')} …
              </li>
            ) : (
              part.paragraphs.map((p, j) =>
                part.kind === 'added' ? (
                  <li key={`${i}-${j}`} class="diff-added">
                    <span class="sr-only">Added: </span>
                    <ins>{p}</ins>
                  </li>
                ) : (
                  <li key={`${i}-${j}`} class="diff-removed">
                    <span class="sr-only">Removed: </span>
                    <del>{p}</del>
                  </li>
                ),
              )
            ),
          )}
        </ol>
      </details>
    </section>
  );
}
