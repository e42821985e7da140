import type { Claim } from '@/lib/types';

const KIND: Record<Claim['kind'], string> = { quote: 'Quote', reported: 'Said', numeric: 'Figure' };

/** `<q>` adds its own quotation marks: drop the ones the text carries, and a dangling comma. */
function unquote(text: string): string {
  return text.replace(/^[\s"“‘'«]+/, '').replace(/[\s,"”’'»]+$/, '');
}

const shorten = (t: string) => (t.length > 280 ? `${t.slice(0, 277)}…` : t);

export function ClaimList(props: { claims: Claim[]; max?: number }) {
  // Attributed statements first: who said what is what a reader checks.
  const order = { quote: 0, reported: 1, numeric: 2 } as const;
  const shown = [...props.claims]
    .sort((a, b) => order[a.kind] - order[b.kind] || a.content.start - b.content.start)
    .slice(0, props.max ?? 12);
  if (!shown.length) return <p class="muted">None found</p>;
  return (
    <ul class="claims" data-testid="claims">
      {shown.map((c) => (
        <li key={`${c.kind}-${c.content.start}`} class={`claim claim-${c.kind}`}>
          <span class="kind">{KIND[c.kind]}</span>
          {c.speaker && <strong class="speaker">{c.speaker.text}</strong>}
          {c.cue && <span class="muted"> {c.cue.text}</span>}
          <q>{shorten(unquote(c.content.text))}</q>
        </li>
      ))}
    </ul>
  );
}
