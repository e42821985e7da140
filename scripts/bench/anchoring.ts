// `npm run bench:anchoring`: how well highlights come back after a page changes. From each corpus page it
// makes quotes, then edits a copy of the page (paragraphs inserted and removed, typo fixes, whitespace and
// markup changes, all together, the quote deleted) and re-anchors. The true place of each quote is carried
// through the edits by a wrapper element around it (wrappers add no text), so "correct" is checked against
// where the text really went, not where the anchorer thinks it went.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from '../../cli/dom';
import { buildTextModel, type TextModel } from '../../lib/anchoring/text-model';
import { describeRange, type Selectors } from '../../lib/anchoring/selectors';
import { anchorQuote } from '../../lib/anchoring/match';
import { HIGHLIGHT_TAG, highlightRange } from '../../lib/anchoring/highlight';
import { corpusDir } from '../eval/corpus';

const QUOTES_PER_PAGE = 6;
/** Boundary tolerance for "correct": a fixed typo can move a quote's edge by a character or two. */
const TOLERANCE = 2;

const pagesDir = resolve(corpusDir(), 'readability-pages/test-pages');
if (!existsSync(pagesDir)) {
  console.log(`skip: ${pagesDir} is absent (the anchoring benchmark needs the corpus pages)`);
  process.exit(0);
}

// A small seeded generator, so every run edits the same way.
let seed = 20261125;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;

type Edit = (body: HTMLElement, doc: Document) => void;
const FILLER = [
  'This article has been updated with new information from officials.',
  'Sign up for our newsletter to get the latest stories in your inbox every morning.',
  'Correction: an earlier version of this story misstated the date of the meeting.',
];

const paragraphs = (body: HTMLElement): HTMLElement[] => Array.from(body.querySelectorAll('p'));
const truthParagraph = (body: HTMLElement): Element | null =>
  body.querySelector(HIGHLIGHT_TAG)?.closest('p, li, blockquote, td, div') ?? null;
const outsideTruth = (body: HTMLElement) => paragraphs(body).filter((p) => !p.querySelector(HIGHLIGHT_TAG));

/** Text nodes under `root`, optionally only those inside (or outside) the truth wrappers. */
function textNodes(root: Node, inside?: boolean): Text[] {
  const out: Text[] = [];
  const walk = (n: Node, inTruth: boolean): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 && (inside === undefined || inside === inTruth)) out.push(c as Text);
      else if (c.nodeType === 1) walk(c, inTruth || (c as Element).tagName.toLowerCase() === HIGHLIGHT_TAG);
    }
  };
  walk(root, false);
  return out;
}

/** Swap two adjacent letters inside a word of one of `nodes` (a typo, or the fix of one). */
function typo(nodes: Text[]): void {
  const candidates = nodes.filter((n) => /\p{L}{4,}/u.test(n.data));
  if (!candidates.length) return;
  const node = pick(candidates);
  const words = [...node.data.matchAll(/\p{L}{4,}/gu)];
  const w = pick(words);
  const i = w.index! + 1 + Math.floor(random() * (w[0].length - 2));
  const d = node.data;
  node.data = d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2);
}

const EDITS: Record<string, Edit> = {
  'paragraphs inserted': (body, doc) => {
    const target = truthParagraph(body);
    for (const text of FILLER.slice(0, 2)) {
      const p = doc.createElement('p');
      p.textContent = text;
      if (target?.parentNode) target.parentNode.insertBefore(p, target);
      else body.prepend(p);
    }
    const first = doc.createElement('p');
    first.textContent = FILLER[2]!;
    body.prepend(first);
  },
  'paragraphs removed': (body) => {
    const others = outsideTruth(body);
    for (let i = 0; i < 2 && others.length; i++) others.splice(Math.floor(random() * others.length), 1)[0]!.remove();
  },
  'typo fixes': (body) => {
    typo(textNodes(body, true));
    const around = truthParagraph(body);
    if (around) typo(textNodes(around, false));
  },
  'whitespace changes': (body) => {
    for (const n of textNodes(body)) n.data = n.data.replace(/ /g, () => pick([' ', '  ', '\n    ', ' \t']));
  },
  'markup changes': (body, doc) => {
    for (const n of textNodes(body).filter((t) => /\s\p{L}+\s/u.test(t.data))) {
      if (random() > 0.3) continue;
      const m = /\s(\p{L}+)\s/u.exec(n.data)!;
      const word = n.splitText(m.index + 1);
      word.splitText(m[1]!.length);
      const em = doc.createElement(pick(['em', 'strong', 'a', 'span']));
      word.replaceWith(em);
      em.append(word);
    }
    const target = truthParagraph(body);
    if (target?.parentNode) {
      const div = doc.createElement('div');
      div.className = 'article-body__wrapper';
      target.replaceWith(div);
      div.append(target);
    }
  },
};
const SINGLE_EDITS = Object.values(EDITS);
EDITS['all of these'] = (body, doc) => {
  for (const edit of SINGLE_EDITS) edit(body, doc);
};
const DELETED = 'quote deleted';
EDITS[DELETED] = (body) => {
  truthParagraph(body)?.remove();
  for (const w of Array.from(body.querySelectorAll(HIGHLIGHT_TAG))) w.remove();
};

/**
 * linkedom (the CLI's DOM, 10× faster here than happy-dom on large pages) has no Text.splitText, which
 * highlighting uses; this is the DOM standard's definition of it, for this benchmark only.
 */
function polyfillSplitText(doc: Document): void {
  const proto = Object.getPrototypeOf(doc.createTextNode('')) as Text;
  if (typeof proto.splitText === 'function') return;
  proto.splitText = function (this: Text, offset: number): Text {
    const tail = this.ownerDocument.createTextNode(this.data.slice(offset));
    this.data = this.data.slice(0, offset);
    this.parentNode?.insertBefore(tail, this.nextSibling);
    return tail;
  };
}

/** Quotes within paragraphs of the page, word-aligned, 20–200 characters, unique on the page. */
function makeQuotes(body: HTMLElement, model: TextModel): Selectors[] {
  const segments = new Map(model.segments.map((s) => [s.node as Node, s]));
  const ranges: Array<[number, number]> = [];
  for (const p of paragraphs(body)) {
    const inside = textNodes(p).filter((n) => segments.has(n));
    if (!inside.length) continue;
    const start = segments.get(inside[0]!)!.start;
    const end = segments.get(inside.at(-1)!)!.end;
    if (end - start >= 60) ranges.push([start, end]);
  }
  const quotes: Selectors[] = [];
  for (let tries = 0; tries < 40 && ranges.length && quotes.length < QUOTES_PER_PAGE; tries++) {
    const [ps, pe] = pick(ranges);
    const words = [...model.text.slice(ps, pe).matchAll(/\S+/g)].map((m) => [ps + m.index, ps + m.index + m[0].length]);
    const from = Math.floor(random() * words.length);
    const count = 3 + Math.floor(random() * 25);
    const last = words[Math.min(words.length - 1, from + count)]!;
    const s = describeRange(model.text, words[from]![0]!, last[1]!);
    if (!s || s.quote.exact.length < 20 || s.quote.exact.length > 200) continue;
    if (model.text.indexOf(s.quote.exact) !== model.text.lastIndexOf(s.quote.exact)) continue;
    if (quotes.some((q) => q.position.start < s.position.end && s.position.start < q.position.end)) continue;
    quotes.push(s);
  }
  return quotes;
}

/** Where the truth wrappers' text is in the edited page's model. */
function truthRange(body: HTMLElement, model: TextModel): [number, number] | null {
  const segments = new Map(model.segments.filter((s) => s.end > s.start).map((s) => [s.node as Node, s]));
  const inside = textNodes(body, true).filter((n) => segments.has(n));
  const first = inside[0];
  const last = inside.at(-1);
  if (!first || !last) return null;
  return [segments.get(first)!.start, segments.get(last)!.end];
}

interface Tally {
  total: number;
  correct: number;
  wrong: number;
  orphan: number;
}
const tallies = new Map<string, Tally>(
  Object.keys(EDITS).map((k) => [k, { total: 0, correct: 0, wrong: 0, orphan: 0 }]),
);
const anchorMs: number[] = [];
const modelMs: number[] = [];
const textLengths: number[] = [];
const wrongExamples: string[] = [];

const slugs = readdirSync(pagesDir).slice(0, Number(process.argv[2] ?? Infinity));
for (const [n, slug] of slugs.entries()) {
  process.stderr.write(`${n}/${slugs.length} ${slug} ${Math.round(performance.now())}\n`);
  const html = readFileSync(resolve(pagesDir, slug, 'source.html'), 'utf8');
  const doc = parseDocument(html, 'https://news.example/a');
  polyfillSplitText(doc);
  const body = doc.body as HTMLElement | null;
  if (!body) continue;
  const model = buildTextModel(body);
  textLengths.push(model.text.length);
  for (const quote of makeQuotes(body, model)) {
    for (const [name, edit] of Object.entries(EDITS)) {
      const copy = body.cloneNode(true) as HTMLElement;
      highlightRange(buildTextModel(copy), quote.position.start, quote.position.end, 'truth');
      edit(copy, doc);
      let t = performance.now();
      const edited = buildTextModel(copy);
      modelMs.push(performance.now() - t);
      t = performance.now();
      const anchor = anchorQuote(edited.text, quote.quote, quote.position);
      anchorMs.push(performance.now() - t);
      const tally = tallies.get(name)!;
      tally.total++;
      if (name === DELETED) {
        if (anchor) {
          tally.wrong++;
          wrongExamples.push(
            `${slug} [${name}] "${quote.quote.exact}" → "${edited.text.slice(anchor.start, anchor.end)}"`,
          );
        } else tally.orphan++;
        continue;
      }
      const truth = truthRange(copy, edited);
      if (!anchor) tally.orphan++;
      else if (truth && Math.abs(anchor.start - truth[0]) <= TOLERANCE && Math.abs(anchor.end - truth[1]) <= TOLERANCE)
        tally.correct++;
      else {
        tally.wrong++;
        wrongExamples.push(
          `${slug} [${name}] "${quote.quote.exact}" → "${edited.text.slice(anchor.start, anchor.end)}" (${anchor.method})`,
        );
      }
    }
  }
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(2)}%`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;
const survived = [...tallies].filter(([k]) => k !== DELETED).map(([, t]) => t);
const sum = (key: keyof Tally, ts: Tally[]) => ts.reduce((s, t) => s + t[key], 0);
const total = sum('total', survived);

console.log(`anchoring benchmark: ${slugs.length} corpus pages, median text ${median(textLengths)} chars`);
for (const [name, t] of tallies)
  console.log(
    `  ${name.padEnd(20)} ${String(t.total).padStart(5)} quotes: correct ${pct(t.correct, t.total)}, wrong ${pct(t.wrong, t.total)}, orphaned ${pct(t.orphan, t.total)}`,
  );
console.log(`quote survives: re-anchored correctly ${pct(sum('correct', survived), total)} of ${total} (target ≥ 98%)`);
console.log(`quote survives: placed wrongly ${pct(sum('wrong', survived), total)} (target 0)`);
const deleted = tallies.get(DELETED)!;
console.log(
  `quote deleted: orphaned ${pct(deleted.orphan, deleted.total)}, placed wrongly ${pct(deleted.wrong, deleted.total)} of ${deleted.total}`,
);
console.log(
  `time per anchor: median ${median(anchorMs).toFixed(3)} ms, p95 ${p95(anchorMs).toFixed(3)} ms; text model per page: median ${median(modelMs).toFixed(2)} ms`,
);
for (const w of wrongExamples.slice(0, 10)) console.log(`  wrong: ${w}`);
