import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// See README "Architecture". Firefox is built as MV2 (WXT's default) so host access is granted at install,
// as in Chrome; the gecko id pins the extension so e2e tests can fix its UUID.
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
    action: { default_title: 'Backstory' },
    // Annotations: the highlight shortcut (the context-menu item needs `contextMenus` above).
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected text',
      },
    },
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
