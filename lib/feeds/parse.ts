import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeHTML } from 'entities';
import { webHref } from '../url';
import { feedText } from './text';

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

export interface FeedItem {
  title: string;
  url: string;
  /** ISO time, when the feed gave a readable one. */
  published: string | null;
  /** Plain-text summary (tags stripped), for story grouping. */
  summary: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  siteUrl: string | null;
  items: FeedItem[];
}

/** A feed that cannot be read; the message is shown on that feed's row. */
export class FeedError extends Error {}

/** Items read from one document at most: a feed with 100,000 entries is cut, not choked on. */
export const MAX_PARSED_ITEMS = 500;
const MAX_TITLE = 500;
const MAX_SUMMARY = 2_000;

/** Elements that may repeat; everything else keeps its first occurrence. */
const REPEATED = new Set(['item', 'entry', 'link']);

// The parser never expands entities (the DOCTYPE's least of all): `feedText` decodes the standard ones.
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => REPEATED.has(name),
});

/**
 * Read an RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document into plain items. `base` (the feed's URL)
 * resolves relative links; only http(s) links are kept.
 */
export function parseFeed(body: string, base: string): ParsedFeed {
  const trimmed = body.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) return parseJsonFeed(trimmed, base);
  if (!trimmed.startsWith('<')) throw new FeedError('Not a feed: the response is neither XML nor JSON');
  let doc: Node;
  try {
    doc = xml.parse(trimmed) as Node;
  } catch (error) {
    throw new FeedError(`Malformed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const root = asObject(doc);
  const feed = root?.rss
    ? parseRss(asObject(root.rss), base)
    : root?.RDF
      ? parseRdf(asObject(root.RDF), base)
      : root?.feed
        ? parseAtom(asObject(root.feed), base)
        : null;
  if (feed) {
    // The parser is lenient, which real feeds need (a stray "&" is common); but a document that yields
    // nothing gets the strict check's diagnosis instead of passing for an empty feed.
    if (feed.items.length === 0) {
      const check = XMLValidator.validate(trimmed);
      if (check !== true) throw new FeedError(`Malformed XML at line ${check.err.line}: ${check.err.msg}`);
    }
    return feed;
  }
  const name = Object.keys(root ?? {}).find((k) => !k.startsWith('#') && !k.startsWith('?'));
  throw new FeedError(name ? `Not a feed: the document is <${name.slice(0, 40)}>` : 'Malformed XML: no root element');
}

type Node = string | NodeObject | Node[] | undefined;
interface NodeObject {
  [key: string]: Node;
}

function asObject(node: Node): NodeObject | undefined {
  const first = Array.isArray(node) ? node[0] : node;
  return first && typeof first === 'object' && !Array.isArray(first) ? first : undefined;
}

function list(node: Node): Node[] {
  if (node === undefined) return [];
  return Array.isArray(node) ? node : [node];
}

/** The text of an element: a string, or the text node of an element that also has attributes. */
function raw(node: Node): string {
  const first = Array.isArray(node) ? node[0] : node;
  if (typeof first === 'string') return first;
  const text = asObject(first)?.['#text'];
  return typeof text === 'string' ? text : '';
}

function attr(node: Node, name: string): string | null {
  const value = asObject(node)?.[`@${name}`];
  return typeof value === 'string' ? decodeHTML(value) : null;
}

function link(href: string | null, base: string): string | null {
  return href ? webHref(decodeHTML(href).trim(), base) : null;
}

function isoTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value.trim());
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function item(title: string, url: string | null, published: string | null, summary: string): FeedItem | null {
  const text = feedText(title, MAX_TITLE);
  if (!url || !text) return null;
  return { title: text, url, published: isoTime(published), summary: feedText(summary, MAX_SUMMARY) };
}

function collect(nodes: Node[], read: (node: NodeObject) => FeedItem | null): FeedItem[] {
  const items: FeedItem[] = [];
  for (const node of nodes.slice(0, MAX_PARSED_ITEMS)) {
    const obj = asObject(node);
    const parsed = obj ? read(obj) : null;
    if (parsed) items.push(parsed);
  }
  return items;
}

/** An RSS `<link>` is text; the Atom `<atom:link rel="self">` some channels add has the same local name. */
function rssLink(node: Node, base: string): string | null {
  const text = list(node)
    .map(raw)
    .find((t) => t.trim());
  return link(text ?? null, base);
}

function parseRss(rss: NodeObject | undefined, base: string): ParsedFeed {
  const channel = asObject(rss?.channel);
  if (!channel) throw new FeedError('Malformed RSS: no <channel>');
  return {
    format: 'rss',
    title: feedText(raw(channel.title), MAX_TITLE),
    siteUrl: rssLink(channel.link, base),
    items: collect(list(channel.item), (i) => {
      const guid = asObject(i.guid);
      const permalink = typeof i.guid === 'string' || (guid && attr(guid, 'isPermaLink') !== 'false');
      const url = rssLink(i.link, base) ?? (permalink ? link(raw(i.guid), base) : null);
      return item(raw(i.title), url, raw(i.pubDate) || raw(i.date), raw(i.description) || raw(i.encoded));
    }),
  };
}

function parseRdf(rdf: NodeObject | undefined, base: string): ParsedFeed {
  const channel = asObject(rdf?.channel);
  // RSS 1.0 puts the items beside the channel, not inside it.
  return {
    format: 'rdf',
    title: feedText(raw(channel?.title), MAX_TITLE),
    siteUrl: rssLink(channel?.link, base),
    items: collect(list(rdf?.item), (i) =>
      item(raw(i.title), rssLink(i.link, base) ?? link(attr(i, 'about'), base), raw(i.date), raw(i.description)),
    ),
  };
}

/** Atom's page link: rel="alternate" or no rel at all. */
function atomLink(node: Node, base: string): string | null {
  const alternate = list(node).find((l) => {
    const rel = attr(l, 'rel');
    return !rel || rel === 'alternate';
  });
  return link(alternate ? attr(alternate, 'href') : null, base);
}

function parseAtom(feed: NodeObject | undefined, base: string): ParsedFeed {
  if (!feed) throw new FeedError('Malformed Atom: empty <feed>');
  return {
    format: 'atom',
    title: feedText(raw(feed.title), MAX_TITLE),
    siteUrl: atomLink(feed.link, base),
    items: collect(list(feed.entry), (e) =>
      item(
        raw(e.title),
        atomLink(e.link, base),
        raw(e.published) || raw(e.updated) || raw(e.issued),
        raw(e.summary) || raw(e.content),
      ),
    ),
  };
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function parseJsonFeed(body: string, base: string): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (error) {
    throw new FeedError(`Malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const feed = doc && typeof doc === 'object' ? (doc as Record<string, unknown>) : {};
  if (!str(feed.version).startsWith('https://jsonfeed.org/version/'))
    throw new FeedError('Not a feed: JSON without a JSON Feed version');
  const items = Array.isArray(feed.items) ? (feed.items as unknown[]) : [];
  const parsed: FeedItem[] = [];
  for (const entry of items.slice(0, MAX_PARSED_ITEMS)) {
    if (!entry || typeof entry !== 'object') continue;
    const i = entry as Record<string, unknown>;
    const url = webHref(str(i.url) || str(i.external_url), base);
    // JSON strings are text already; `content_html` and HTML-ish titles still get their tags stripped.
    const one = item(
      str(i.title),
      url,
      str(i.date_published) || str(i.date_modified),
      str(i.summary) || str(i.content_text) || str(i.content_html),
    );
    if (one) parsed.push(one);
  }
  return {
    format: 'json',
    title: feedText(str(feed.title), MAX_TITLE),
    siteUrl: webHref(str(feed.home_page_url), base),
    items: parsed,
  };
}
