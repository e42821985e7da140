import { nativeSelectors } from './native-selectors';

/**
 * Author markup, most specific first. Each entry is the selector it stands for, and the same test by hand
 * for a walk of the page (`authorMarkupByWalk`): seventeen `querySelectorAll` calls were seventeen walks, and
 * linkedom's engine re-parses and re-matches the selector at every element.
 */
interface Open {
  /** Ancestors (not the element itself) with `itemprop="author"`, class `vcard`, class `author`, both. */
  itempropAuthor: number;
  vcard: number;
  author: number;
  authorVcard: number;
  /** Ancestors with class `submitted` (Drupal's "Submitted by <span class=username>…</span> on …"). */
  submitted: number;
}

/** `cls` is the element's class attribute ('' without one), `classes` its tokens. */
type Test = (el: Element, classes: readonly string[], open: Open, cls: string) => boolean;

const hasClass =
  (name: string): Test =>
  (_el, classes) =>
    classes.includes(name);
/** The entry `[class*="part"]`: the class attribute contains `part`. */
const classContains = (part: string): readonly [string, Test] => [
  `[class*="${part}"]`,
  (_el, _c, _o, cls) => cls.includes(part),
];
const isLink = (el: Element): boolean => el.localName === 'a';
const linkTo =
  (part: string): Test =>
  (el) =>
    isLink(el) && (el.getAttribute('href') ?? '').includes(part);

export const AUTHOR_MARKUP: ReadonlyArray<readonly [selector: string, test: Test]> = [
  [
    '[itemprop="author"] [itemprop="name"]',
    (el, _c, o) => o.itempropAuthor > 0 && el.getAttribute('itemprop') === 'name',
  ],
  ['.author.vcard .fn', (_el, c, o) => o.authorVcard > 0 && c.includes('fn')],
  ['.vcard .fn', (_el, c, o) => o.vcard > 0 && c.includes('fn')],
  ['a[rel="author"]', (el) => isLink(el) && el.getAttribute('rel') === 'author'],
  ['[itemprop="author"]', (el) => el.getAttribute('itemprop') === 'author'],
  ['.byline__name', hasClass('byline__name')],
  ['.author-name', hasClass('author-name')],
  ['.post-meta-author', hasClass('post-meta-author')],
  ['.entry-author', hasClass('entry-author')],
  ['.byline', hasClass('byline')],
  ['.article-author', hasClass('article-author')],
  ['.autorenzeile', hasClass('autorenzeile')],
  ['.author a', (el, _c, o) => o.author > 0 && isLink(el)],
  ['a[href*="/author/"]', linkTo('/author/')],
  ['a[href*="/autor/"]', linkTo('/autor/')],
  ['a[href*="/autoren/"]', linkTo('/autoren/')],
  ['.author', hasClass('author')],
  // Theme classes built on "author": BEM names ("article_author-name", "header-info__author-link--text",
  // "byline-author") and Drupal fields ("field--name-field-author"); not "author-bio" or "author-box",
  // whose text is a paragraph about the person.
  ...['author-name', 'author_name', 'author__name', 'author-link', 'author__link', 'byline-author'].map(classContains),
  // (An image's author field is its photo credit.)
  [
    '[class*="field--name-field-"][class*="author"]:not([class*="image"])',
    (_el, _c, _o, cls) => cls.includes('field--name-field-') && cls.includes('author') && !cls.includes('image'),
  ],
  ['a[href*="/auteur/"]', linkTo('/auteur/')],
  ['.submitted .username', (_el, c, o) => o.submitted > 0 && c.includes('username')],
  ['a[href*="/staff/"]', linkTo('/staff/')],
  ['a[href*="/reporters/"]', linkTo('/reporters/')],
  // The Spanish, Portuguese and German word, and the French one.
  ['.autor', hasClass('autor')],
  ['.auteur', hasClass('auteur')],
  // An id is one element per page, but a theme's "author_header" or "post-author" box is the article's.
  ['[id*="author"]', (el) => (el.getAttribute('id') ?? '').includes('author')],
];

const CLASS_SPLIT = /[\t\n\f\r ]+/;

type Finder = (doc: Document, keep: (el: Element) => boolean, limit: number) => Iterable<Element[]>;

/**
 * Per `AUTHOR_MARKUP` entry, in order, its first `limit` elements in document order that `keep` accepts: what
 * `Array.from(doc.querySelectorAll(selector)).filter(keep).slice(0, limit)` gives for each selector, each list
 * made when it is reached, so a caller that stops at the first byline it reads makes no more. In a browser
 * that is the document's own engine, one selector at a time (the walk took a fifth of the analysis' time
 * beyond Readability in Chromium); elsewhere the walk, every list at once (see `nativeSelectors`).
 */
export const authorMarkup: Finder = (doc, keep, limit) =>
  nativeSelectors() ? authorMarkupBySelectors(doc, keep, limit) : authorMarkupByWalk(doc, keep, limit);

/** `authorMarkup` through the document's own selector engine. */
export function* authorMarkupBySelectors(
  doc: Document,
  keep: (el: Element) => boolean,
  limit: number,
): Generator<Element[]> {
  for (const [selector] of AUTHOR_MARKUP) {
    const list: Element[] = [];
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (list.length >= limit) break;
      if (keep(el)) list.push(el);
    }
    yield list;
  }
}

/** `authorMarkup` matched by hand in one walk of the page. */
export function authorMarkupByWalk(doc: Document, keep: (el: Element) => boolean, limit: number): Element[][] {
  const found: Element[][] = AUTHOR_MARKUP.map(() => []);
  const open: Open = { itempropAuthor: 0, vcard: 0, author: 0, authorVcard: 0, submitted: 0 };
  const visit = (el: Element): void => {
    const cls = el.getAttribute('class') ?? '';
    const classes = cls ? cls.split(CLASS_SPLIT).filter(Boolean) : [];
    let kept: boolean | undefined;
    for (let i = 0; i < AUTHOR_MARKUP.length; i++) {
      const list = found[i]!;
      if (list.length >= limit || !AUTHOR_MARKUP[i]![1](el, classes, open, cls)) continue;
      kept ??= keep(el);
      if (kept) list.push(el);
    }
    const itemprop = el.getAttribute('itemprop') === 'author';
    const vcard = classes.includes('vcard');
    const author = classes.includes('author');
    const submitted = classes.includes('submitted');
    if (submitted) open.submitted++;
    if (itemprop) open.itempropAuthor++;
    if (vcard) open.vcard++;
    if (author) open.author++;
    if (vcard && author) open.authorVcard++;
    // A template's content is not in the document (browsers keep it in a fragment; linkedom's selectors skip it).
    if (el.localName !== 'template') for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
    if (itemprop) open.itempropAuthor--;
    if (vcard) open.vcard--;
    if (author) open.author--;
    if (vcard && author) open.authorVcard--;
    if (submitted) open.submitted--;
  };
  // From the document's children, not `documentElement`: broken markup can leave a second root (a body
  // outside the html element), and querySelectorAll sees it.
  for (const root of Array.from(doc.children)) visit(root);
  return found;
}
