import type { Entity } from '@/lib/types';

const LABEL: Record<Entity['type'], string> = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other' };

export function EntityChips(props: { entities: Entity[]; max?: number }) {
  const shown = props.entities.slice(0, props.max ?? 18);
  if (!shown.length) return <p class="muted">None found</p>;
  return (
    <ul class="chips" data-testid="entities">
      {shown.map((e) => (
        <li
          key={e.key}
          class={`chip chip-${e.type.toLowerCase()}`}
          title={`${LABEL[e.type]} · ${e.aliases.join(', ')}`}
        >
          <span class="sr-only">{LABEL[e.type]}: </span>
          {e.name}
          {e.mentions.length > 1 && <span class="count">{e.mentions.length}</span>}
        </li>
      ))}
    </ul>
  );
}
