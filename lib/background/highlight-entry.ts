/** The keyboard command (manifest `commands`) and context-menu item that highlight the selection. */
export const HIGHLIGHT_COMMAND = 'highlight-selection';
export const HIGHLIGHT_MENU_ID = 'backstory-highlight';

type Tab = { id?: number };
interface EntryPointApis {
  contextMenus?: {
    removeAll(): Promise<void>;
    create(props: { id: string; title: string; contexts: ['selection'] }): unknown;
    onClicked: { addListener(cb: (info: { menuItemId: string | number }, tab?: Tab) => void): void };
  };
  commands?: { onCommand: { addListener(cb: (command: string, tab?: Tab) => void): void } };
  tabs: { query(q: { active: true; currentWindow: true }): Promise<Tab[]> };
}

/**
 * Wire the menu item and the shortcut to `highlight(tabId)`. The menu is rebuilt on every start (removeAll,
 * then create): Chrome keeps menus across worker restarts, Firefox's MV2 page does not, and a second
 * `create` with the same id would fail.
 */
export function registerHighlightEntryPoints(apis: EntryPointApis, highlight: (tabId: number) => Promise<void>): void {
  const run = (tabId: number | undefined) => {
    if (tabId !== undefined && tabId >= 0) highlight(tabId).catch(() => undefined);
  };
  const menus = apis.contextMenus;
  if (menus) {
    void menus
      .removeAll()
      .then(() => menus.create({ id: HIGHLIGHT_MENU_ID, title: 'Highlight with Backstory', contexts: ['selection'] }))
      .catch(() => undefined);
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === HIGHLIGHT_MENU_ID) run(tab?.id);
    });
  }
  apis.commands?.onCommand.addListener((command, tab) => {
    if (command !== HIGHLIGHT_COMMAND) return;
    if (tab?.id !== undefined) run(tab.id);
    else void apis.tabs.query({ active: true, currentWindow: true }).then(([active]) => run(active?.id));
  });
}
