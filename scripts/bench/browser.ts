// A benchmark page in real Chromium: bundles a page module with esbuild, serves it from 127.0.0.1 and opens it
// headless. The module sets `globalThis.bench` to an object of functions; `call` runs one of them in the page.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, parse } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

type Fns = Record<string, (...args: never[]) => unknown>;

export interface BenchPage<B extends Fns> {
  page: Page;
  context: BrowserContext;
  call<K extends keyof B & string>(name: K, ...args: Parameters<B[K]>): Promise<Awaited<ReturnType<B[K]>>>;
  close(): Promise<void>;
}

export interface BenchPageOptions {
  /**
   * A browser profile to use and keep, with the port to serve from (storage belongs to the origin, port
   * included): a later run opens the same IndexedDB. Without it, a fresh profile is made and removed.
   */
  keep?: { profile: string; port: number };
}

export async function openBenchPage<B extends Fns>(
  entry: string,
  options: BenchPageOptions = {},
): Promise<BenchPage<B>> {
  const out = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  const profile = options.keep?.profile ?? mkdtempSync(join(tmpdir(), 'backstory-bench-profile-'));
  const name = parse(entry).name;
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    outdir: out,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // BENCH_MINIFY=0: readable function names in a CPU profile of the page.
    minify: process.env.BENCH_MINIFY !== '0',
    logLevel: 'warning',
  });
  const css = join(out, `${name}.css`);
  const files: Record<string, [string, string]> = {
    '/': [
      'text/html',
      `<!doctype html><meta charset="utf-8">${existsSync(css) ? '<link rel="stylesheet" href="/page.css">' : ''}<body>`,
    ],
    '/page.js': ['text/javascript', readFileSync(join(out, `${name}.js`), 'utf8')],
    ...(existsSync(css) ? { '/page.css': ['text/css', readFileSync(css, 'utf8')] as [string, string] } : {}),
  };
  const server = createServer((req, res) => {
    const file = files[req.url ?? '/'];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((done) => server.listen(options.keep?.port ?? 0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  const close = async (): Promise<void> => {
    await context.close();
    server.close();
    if (!options.keep) rmSync(profile, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}/`);
    await page.addScriptTag({ url: '/page.js', type: 'module' });
    await page.waitForFunction(() => 'bench' in globalThis);
    const call: BenchPage<B>['call'] = (fn, ...args) =>
      page.evaluate(
        ([n, a]) =>
          (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>).bench![n]!(...a),
        [fn, args] as const,
      ) as never;
    return { page, context, call, close };
  } catch (error) {
    await close();
    throw error;
  }
}
