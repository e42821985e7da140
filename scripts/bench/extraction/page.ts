// The extraction benchmark's page: the extractor's own analysis (lib/extract/analyze, what
// entrypoints/extractor.ts runs on a tab) over pages parsed by the browser's DOMParser, each timed against
// Readability's parse of the same page, driven from Node (scripts/bench/extraction/index.ts) via `window.bench`.
import { Readability } from '@mozilla/readability';
import { analyzePage } from '../../../lib/extract/analyze';

const time = (fn: () => void): number => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export const bench = {
  /** Per page: [analysis ms, Readability ms], each on its own fresh parse of the HTML. */
  run(pages: string[], url: string): Array<[number, number]> {
    return pages.map((html) => {
      const a = parse(html);
      const r = time(() => new Readability(a.cloneNode(true) as Document).parse());
      const b = parse(html);
      return [time(() => void analyzePage(b, url)), r];
    });
  },
};

(globalThis as unknown as { bench: typeof bench }).bench = bench;
