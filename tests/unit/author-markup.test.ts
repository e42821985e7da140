import { describe, expect, test } from 'vitest';
import { AUTHOR_MARKUP, authorMarkupBySelectors, authorMarkupByWalk } from '../../lib/extract/author-markup';
import { htmlDocument } from '../helpers/fixtures';

// Markup where a hand matcher can part from the selector engine: nesting conditions on ancestors only,
// an element that is itself the ancestor class, exact attribute values, template content, a second root.
const PAGE = `<html><head><title>t</title></head><body>
  <div itemprop="author"><span itemprop="name">Ann Lee</span></div>
  <span itemprop="name">Not nested</span>
  <div class="author vcard"><span class="fn">Bo Park</span></div>
  <div class="vcard"><b class="fn x">Cy Ng</b></div>
  <a class="author" href="/news/1">self-classed link</a>
  <p class="Author"><a href="/author/dee">Dee</a></p>
  <p class="byline byline__name">Eve Roe</p>
  <a rel="author nofollow">Not exact rel</a><a rel="author" href="/autor/fay">Fay</a>
  <span itemprop="author publisher">Not exact itemprop</span>
  <div class="author"><em><a href="/autoren/gus">Gus</a></em></div>
  <template><div class="author"><a href="/author/hid">Hidden</a></div></template>
  <p class="submitted">Submitted by <span class="username">hal</span> on 3 March</p>
  <span class="username">Not submitted</span>
  <a href="/fr/staff/ida-moss/">Ida Moss</a>
  <span class="article_author-name x">Jo Kim</span><a class="header-info__author-link--text">Kai Orr</a>
  <b class="byline-author">Posted by Lu Wei</b><i class="field field--name-field-term-author">Mo Diaz</i>
  <i class="field--name-field-image-author">Not an author field</i><a href="/auteur/nia-ba-1">Nia Ba</a>
  <div id="post-author-box">Oz Paz</div>
  <a href="/reporters/pe-li">Pe Li</a><div class="autor x"><h6>Qu Bo</h6></div><span class="auteur">Ra Do</span>
</body></html>`;

describe.each([
  ['by walk', authorMarkupByWalk],
  ['by selectors', authorMarkupBySelectors],
])('authorMarkup %s', (_name, find) => {
  const authorMarkup = (doc: Document, keep: (el: Element) => boolean, limit: number) =>
    Array.from(find(doc, keep, limit));
  test('finds, per entry, what querySelectorAll finds for its selector, in document order', () => {
    const doc = htmlDocument(PAGE);
    const found = authorMarkup(doc, () => true, 100);
    AUTHOR_MARKUP.forEach(([selector], i) => {
      expect(found[i], selector).toEqual(Array.from(doc.querySelectorAll(selector)));
    });
    const texts = (selector: string) =>
      found[AUTHOR_MARKUP.findIndex(([s]) => s === selector)]!.map((e) => e.textContent?.trim());
    expect(texts('[itemprop="author"] [itemprop="name"]')).toEqual(['Ann Lee']);
    expect(texts('.author a')).toEqual(['Gus']);
    expect(texts('a[rel="author"]')).toEqual(['Fay']);
    expect(texts('.submitted .username')).toEqual(['hal']);
    expect(texts('a[href*="/staff/"]')).toEqual(['Ida Moss']);
    expect(texts('[class*="author-name"]')).toEqual(['Jo Kim']);
    expect(texts('[class*="author-link"]')).toEqual(['Kai Orr']);
    expect(texts('[class*="byline-author"]')).toEqual(['Posted by Lu Wei']);
    expect(texts('[class*="field--name-field-"][class*="author"]:not([class*="image"])')).toEqual(['Mo Diaz']);
    expect(texts('a[href*="/auteur/"]')).toEqual(['Nia Ba']);
    expect(texts('[id*="author"]')).toEqual(['Oz Paz']);
    expect(texts('a[href*="/reporters/"]')).toEqual(['Pe Li']);
    expect(texts('.autor')).toEqual(['Qu Bo']);
    expect(texts('.auteur')).toEqual(['Ra Do']);
  });

  test('a body left outside the html element by broken markup is still searched', () => {
    const doc = htmlDocument('<html><head></head><body></body></html>');
    const stray = doc.createElement('a');
    stray.setAttribute('rel', 'author');
    doc.appendChild(stray);
    const found = authorMarkup(doc, () => true, 100);
    expect(found[AUTHOR_MARKUP.findIndex(([s]) => s === 'a[rel="author"]')]).toEqual([stray]);
  });

  test('keeps the first `limit` elements that pass `keep`, skipping the rejected ones', () => {
    const doc = htmlDocument(
      `<body>${['A', 'B', 'C', 'D'].map((n) => `<span class="author">${n}</span>`).join('')}</body>`,
    );
    const found = authorMarkup(doc, (e) => e.textContent !== 'A', 2);
    const author = AUTHOR_MARKUP.findIndex(([selector]) => selector === '.author');
    expect(found[author]!.map((e) => e.textContent)).toEqual(['B', 'C']);
  });
});
