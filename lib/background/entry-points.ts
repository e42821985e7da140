/**
 * The context-menu items and keyboard shortcuts (manifest `commands`) that act on a tab: save it to the reading
 * list, highlight its selection. One module wires them all, because menus are rebuilt as a set: Chrome keeps
 * menus across worker restarts, Firefox's MV2 page does not, and a second `create` with the same id fails — so
 * every start removes all and creates each item once.
 */
type MenuContext = 'page' | 'selection';

export interface EntryPoint {
  /** Context-menu item id. */
  menuId: string;
  title: string;
  contexts: [MenuContext, ...MenuContext[]];
  /** The `commands` key of its keyboard shortcut. */
  command: string;
  run(tabId: number): Promise<void>;
}

type Tab = { id?: number };
export interface EntryPointApis {
  contextMenus?: {
    removeAll(): Promise<void>;
    create(props: { id: string; title: string; contexts: [MenuContext, ...MenuContext[]] }): unknown;
    onClicked: { addListener(cb: (info: { menuItemId: string | number }, tab?: Tab) => void): void };
  };
  commands?: { onCommand: { addListener(cb: (command: string, tab?: Tab) => void): void } };
  tabs: { query(q: { active: true; currentWindow: true }): Promise<Tab[]> };
}

export const SAVE_COMMAND = 'save-to-reading-list';
export const SAVE_MENU_ID = 'backstory-save';
export const HIGHLIGHT_COMMAND = 'highlight-selection';
export const HIGHLIGHT_MENU_ID = 'backstory-highlight';

export function registerEntryPoints(apis: EntryPointApis, entries: EntryPoint[]): void {
  const run = (entry: EntryPoint, tabId: number | undefined) => {
    // Errors are the entry's own to report (badge title, in-page notice); a menu click has no one to tell.
    if (tabId !== undefined && tabId >= 0) entry.run(tabId).catch(() => undefined);
  };
  const menus = apis.contextMenus;
  if (menus) {
    void menus
      .removeAll()
      .then(() => {
        for (const { menuId, title, contexts } of entries) menus.create({ id: menuId, title, contexts });
      })
      .catch(() => undefined);
    menus.onClicked.addListener((info, tab) => {
      const entry = entries.find((e) => e.menuId === info.menuItemId);
      if (entry) run(entry, tab?.id);
    });
  }
  apis.commands?.onCommand.addListener((command, tab) => {
    const entry = entries.find((e) => e.command === command);
    if (!entry) return;
    if (tab?.id !== undefined) run(entry, tab.id);
    else void apis.tabs.query({ active: true, currentWindow: true }).then(([active]) => run(entry, active?.id));
  });
}
