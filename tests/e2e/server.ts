import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const pages = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

/** Paths the e2e "outlets" serve. Two outlets: 127.0.0.1 and localhost (different hosts, one server). */
export const ROUTES: Record<string, string> = {
  '/middle-east/2024/08/06/pro-iran-militias-iraq-end-truce-us-troops': 'militia-truce',
  '/iraq/2024/08/07/iraqi-militia-says-truce-with-us-forces-is-over': 'militia-followup',
  '/weather/tides': 'not-article',
};

export interface FixtureServer {
  port: number;
  /** Outlet A (127.0.0.1) and outlet B (localhost) addresses of a route. */
  urlA(path: string): string;
  urlB(path: string): string;
  close(): Promise<void>;
}

/** `extraPages` serves more pages (a feature's own fixtures): HTML for a path, or null. */
export async function startFixtureServer(
  extraPages: (path: string) => string | null = () => null,
): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const extra = extraPages(path);
    if (extra !== null) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(extra);
      return;
    }
    const slug = ROUTES[path];
    if (!slug) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(`${pages}${slug}/source.html`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    urlA: (path) => `http://127.0.0.1:${port}${path}`,
    urlB: (path) => `http://localhost:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
