import { ImportError, importedItem, unixTime } from './item';
import { webHref } from '../../url';
import type { SavedItem } from '../../types';

export interface BookmarksResult {
  items: SavedItem[];
  /** Bookmarks that are not web pages (bookmarklets, `place:` queries, files): left out, counted. */
  skipped: number;
}

/**
 * A Netscape bookmark file (what every browser, Pocket and Pinboard export). Each `<A HREF>` becomes an item,
 * tagged with its TAGS attribute and the folder it sits in. `parser` is the page's DOMParser, injected so the
 * HTML is parsed inertly (no scripts run, nothing loads) and tests can bring their own.
 */
export function parseBookmarksHtml(html: string, parser: DOMParser, now: Date): BookmarksResult {
  if (!/<!DOCTYPE\s+NETSCAPE-Bookmark-file-1>/i.test(html.slice(0, 2_000)))
    throw new ImportError('Not a bookmarks file: it lacks the NETSCAPE-Bookmark-file-1 header');
  const doc = parser.parseFromString(html, 'text/html');
  const links = Array.from(doc.querySelectorAll('a[href]'));
  const items: SavedItem[] = [];
  let skipped = 0;
  links.forEach((a, i) => {
    const href = a.getAttribute('href') ?? '';
    if (!webHref(href)) {
      skipped++;
      return;
    }
    const where = `bookmark ${i + 1} ("${(a.textContent ?? '').trim().slice(0, 60)}")`;
    const tags = (a.getAttribute('tags') ?? '').split(',');
    const folder = folderOf(a);
    if (folder) tags.push(folder);
    items.push(
      importedItem(
        {
          url: href,
          title: (a.textContent ?? '').replace(/\s+/g, ' '),
          savedAt: unixTime(a.getAttribute('add_date'), where, now.toISOString()),
          tags,
          status: 'unread',
          favourite: false,
          note: '',
          source: 'bookmarks',
        },
        where,
      ),
    );
  });
  if (!items.length) throw new ImportError('The bookmarks file holds no web addresses');
  return { items, skipped };
}

/** The name of the folder (`<DT><H3>name</H3><DL>…`) a bookmark is filed under, if any. */
function folderOf(a: Element): string | null {
  const list = a.closest('dl');
  let heading = list?.previousElementSibling ?? null;
  // Parsers nest the <DL> inside the folder's <DT> or put it right after it, depending on the markup.
  if (heading && heading.tagName !== 'H3') heading = heading.querySelector('h3');
  if (!heading && list?.parentElement?.tagName === 'DT') heading = list.parentElement.querySelector(':scope > h3');
  const name = heading?.tagName === 'H3' ? (heading.textContent ?? '').trim() : '';
  return name || null;
}
