import type { TabState } from '../view';

/** Where per-tab state lives: `browser.storage.session` in the extension, a Map in tests. */
export interface TabStateStore {
  get(tabId: number): Promise<TabState | null>;
  set(tabId: number, state: TabState): Promise<void>;
  remove(tabId: number): Promise<void>;
}

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function sessionTabStates(area: SessionArea): TabStateStore {
  const key = (tabId: number) => `tab:${tabId}`;
  return {
    async get(tabId) {
      const items = await area.get(key(tabId));
      return (items[key(tabId)] as TabState | undefined) ?? null;
    },
    set: (tabId, state) => area.set({ [key(tabId)]: state }),
    remove: (tabId) => area.remove(key(tabId)),
  };
}
