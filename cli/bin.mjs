#!/usr/bin/env node
// The CLI runs the library's TypeScript directly through tsx, so it works right after `npm ci`, no build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
