import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// See README "Architecture". Firefox is built as MV2 (WXT's default) so host access is granted at install,
// as in Chrome; the gecko id pins the extension so e2e tests can fix its UUID.
/** Keyboard shortcuts: save to the reading list, highlight the selection (each also has a context-menu item). */
const commands = {
  'save-to-reading-list': {
    suggested_key: { default: 'Alt+Shift+S' },
    description: 'Save the current article to the Backstory reading list',
  },
  'highlight-selection': {
    suggested_key: { default: 'Alt+Shift+H' },
    description: 'Highlight the selected text',
  },
};

export default defineConfig({
  srcDir: '.',
  outDir: 'dist',
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
    // Annotations: citation-js imports node-fetch (for URL inputs, unused here); the browser has fetch.
    resolve: { alias: { 'node-fetch': fileURLToPath(new URL('./lib/export/fetch-shim.ts', import.meta.url)) } },
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'The context of the news story in front of you: its source, timeline and related coverage. Everything stays on your machine.',
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'scripting', 'alarms', 'contextMenus'],
    host_permissions: ['<all_urls>'],
    // Feeds: host access to a feed's origin is optional and asked for when it is followed (README "Feeds").
    // WXT drops optional_host_permissions from MV2 builds, where origins go in optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: 'Backstory' },
    commands,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '115.0',
              // Backstory collects nothing: AMO asks extensions to say so in the manifest.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
