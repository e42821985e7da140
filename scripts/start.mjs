#!/usr/bin/env node
// `npm start`: install what is missing, build both browsers, open Chromium with Backstory loaded on a
// local demo article. Plain Node with no dependencies, because it runs before `npm ci` may have.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd) => {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit' });
};

if (!existsSync('node_modules/.bin/wxt')) run('npm ci --no-audit --no-fund');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium) || !existsSync('/usr/bin/firefox-esr')) {
  if (process.getuid?.() === 0)
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium firefox-esr');
  else console.warn('Chromium or Firefox ESR is missing: sudo apt-get install chromium firefox-esr');
}
run('npm run build');
const result = spawnSync('npx', ['tsx', 'scripts/demo.ts'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
