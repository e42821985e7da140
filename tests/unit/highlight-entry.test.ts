import { describe, expect, test } from 'vitest';
import {
  HIGHLIGHT_COMMAND,
  HIGHLIGHT_MENU_ID,
  registerHighlightEntryPoints,
} from '../../lib/background/highlight-entry';

type Listener<A extends unknown[]> = (...args: A) => void;

/** The few menu, command and tab calls the wiring makes, recorded. */
function fakeApis(activeTab: number) {
  const menus: Array<{ id: string; contexts: string[] }> = [];
  let removed = 0;
  let onMenu: Listener<[{ menuItemId: string | number }, { id?: number }?]> = () => undefined;
  let onCommand: Listener<[string, { id?: number }?]> = () => undefined;
  return {
    apis: {
      contextMenus: {
        removeAll: async () => void removed++,
        create: (props: { id: string; title: string; contexts: ['selection'] }) => void menus.push(props),
        onClicked: { addListener: (cb: typeof onMenu) => void (onMenu = cb) },
      },
      commands: { onCommand: { addListener: (cb: typeof onCommand) => void (onCommand = cb) } },
      tabs: { query: async () => [{ id: activeTab }] },
    },
    menus,
    removed: () => removed,
    click: (id: string, tab?: { id?: number }) => onMenu({ menuItemId: id }, tab),
    command: (name: string, tab?: { id?: number }) => onCommand(name, tab),
  };
}

describe('highlight entry points', () => {
  test('the menu item is rebuilt on start and highlights in the clicked tab', async () => {
    const fake = fakeApis(9);
    const asked: number[] = [];
    registerHighlightEntryPoints(fake.apis, async (tabId) => void asked.push(tabId));
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.removed()).toBe(1);
    expect(fake.menus).toEqual([{ id: HIGHLIGHT_MENU_ID, title: 'Highlight with Backstory', contexts: ['selection'] }]);
    fake.click(HIGHLIGHT_MENU_ID, { id: 4 });
    fake.click('someone-else', { id: 5 });
    expect(asked).toEqual([4]);
  });

  test('the shortcut highlights in its tab, or the active tab when the browser gives none', async () => {
    const fake = fakeApis(9);
    const asked: number[] = [];
    registerHighlightEntryPoints(fake.apis, async (tabId) => void asked.push(tabId));
    fake.command(HIGHLIGHT_COMMAND, { id: 3 });
    fake.command('other-command', { id: 6 });
    fake.command(HIGHLIGHT_COMMAND);
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual([3, 9]);
  });
});
