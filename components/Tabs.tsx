import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabDef<K extends string> {
  key: K;
  label: string;
  count?: number;
}

/** WAI-ARIA tabs: arrow keys move between tabs, Tab moves into the panel. */
export function Tabs<K extends string>(props: {
  tabs: TabDef<K>[];
  active: K;
  onSelect: (key: K) => void;
  children: ComponentChildren;
}) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKey = (e: KeyboardEvent, index: number) => {
    const n = props.tabs.length;
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % n
        : e.key === 'ArrowLeft'
          ? (index - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    props.onSelect(props.tabs[next]!.key);
    refs.current[next]?.focus();
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label="Views">
        {props.tabs.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="tab"
            id={`tab-${t.key}`}
            aria-selected={t.key === props.active}
            aria-controls={`panel-${t.key}`}
            tabIndex={t.key === props.active ? 0 : -1}
            data-testid={`tab-${t.key}`}
            onClick={() => props.onSelect(t.key)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t.label}
            {t.count !== undefined && <span class="count">{t.count}</span>}
          </button>
        ))}
      </div>
      <div
        class="panel"
        role="tabpanel"
        id={`panel-${props.active}`}
        aria-labelledby={`tab-${props.active}`}
        tabIndex={0}
      >
        {props.children}
      </div>
    </>
  );
}
