// Analysis in real Chromium: the readability pages parsed by the browser's DOMParser, each page's analysis
// timed against Readability's parse of it in one page (warm after the first few; the first call is reported
// on its own, since the extension injects the extractor into each article tab afresh).
import { resolve } from 'node:path';
import { openBenchPage } from '../browser';

type Bench = typeof import('./page').bench;
/** Pages per call: keeps each message to the page a few MB. */
const CHUNK = 20;

/** `runs` passes over the pages in one page context: per pass, per page, [analysis ms, Readability ms]. */
export async function browserAnalysis(
  pages: readonly string[],
  url: string,
  runs = 1,
): Promise<Array<Array<[number, number]>>> {
  const { call, close } = await openBenchPage<Bench>(resolve(import.meta.dirname, 'page.ts'));
  try {
    const out: Array<Array<[number, number]>> = [];
    for (let run = 0; run < runs; run++) {
      const pass: Array<[number, number]> = [];
      for (let i = 0; i < pages.length; i += CHUNK) pass.push(...(await call('run', pages.slice(i, i + CHUNK), url)));
      out.push(pass);
    }
    return out;
  } finally {
    await close();
  }
}
