import { describe, expect, test } from 'vitest';
import {
  HIGHLIGHT_COMMAND,
  HIGHLIGHT_MENU_ID,
  registerEntryPoints,
  SAVE_COMMAND,
  SAVE_MENU_ID,
  type EntryPoint,
} from '../../lib/background/entry-points';

type Listener<A extends unknown[]> = (...args: A) => void;

/** The few menu, command and tab calls the wiring makes, recorded. */
function fakeApis(activeTab: number) {
  const menus: Array<{ id: string; title: string; contexts: string[] }> = [];
  let removed = 0;
  let onMenu: Listener<[{ menuItemId: string | number }, { id?: number }?]> = () => undefined;
  let onCommand: Listener<[string, { id?: number }?]> = () => undefined;
  return {
    apis: {
      contextMenus: {
        removeAll: async () => {
          removed++;
          menus.length = 0;
        },
        create: (props: { id: string; title: string; contexts: string[] }) => void menus.push(props),
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

function entries(log: string[]): EntryPoint[] {
  return [
    {
      menuId: SAVE_MENU_ID,
      title: 'Save to Backstory reading list',
      contexts: ['page'],
      command: SAVE_COMMAND,
      run: async (tabId) => void log.push(`save ${tabId}`),
    },
    {
      menuId: HIGHLIGHT_MENU_ID,
      title: 'Highlight with Backstory',
      contexts: ['selection'],
      command: HIGHLIGHT_COMMAND,
      run: async (tabId) => void log.push(`highlight ${tabId}`),
    },
  ];
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('menu items and shortcuts', () => {
  test('every start rebuilds the whole menu once, and a click runs its own item in the clicked tab', async () => {
    const fake = fakeApis(9);
    const log: string[] = [];
    registerEntryPoints(fake.apis, entries(log));
    await tick();
    expect(fake.removed()).toBe(1);
    expect(fake.menus.map((m) => [m.id, m.contexts])).toEqual([
      [SAVE_MENU_ID, ['page']],
      [HIGHLIGHT_MENU_ID, ['selection']],
    ]);
    fake.click(HIGHLIGHT_MENU_ID, { id: 4 });
    fake.click(SAVE_MENU_ID, { id: 2 });
    fake.click('someone-else', { id: 5 });
    await tick();
    expect(log).toEqual(['highlight 4', 'save 2']);
  });

  test('a shortcut acts on its tab, or the active tab when the browser gives none', async () => {
    const fake = fakeApis(9);
    const log: string[] = [];
    registerEntryPoints(fake.apis, entries(log));
    fake.command(HIGHLIGHT_COMMAND, { id: 3 });
    fake.command('other-command', { id: 6 });
    fake.command(SAVE_COMMAND);
    await tick();
    expect(log).toEqual(['highlight 3', 'save 9']);
  });

  test('a failing action does not break the next one', async () => {
    const fake = fakeApis(9);
    const log: string[] = [];
    const [save, highlight] = entries(log);
    registerEntryPoints(fake.apis, [{ ...save!, run: async () => Promise.reject(new Error('quota')) }, highlight!]);
    fake.command(SAVE_COMMAND, { id: 1 });
    fake.command(HIGHLIGHT_COMMAND, { id: 1 });
    await tick();
    expect(log).toEqual(['highlight 1']);
  });
});
