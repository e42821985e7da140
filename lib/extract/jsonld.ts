/**
 * JSON-LD blocks of a page, flattened: top-level objects, arrays and `@graph` members. Publishers wrap the
 * article in all three shapes, and a single malformed block must not hide the others.
 */
export type JsonLdNode = Record<string, unknown>;

const MAX_BLOCK_CHARS = 2_000_000;

export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  // By tag and a case-blind type test, as `script[type="application/ld+json"]` matches in HTML, without
  // running the selector engine over the whole page.
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    const raw = script.textContent ?? '';
    if (!raw.trim() || raw.length > MAX_BLOCK_CHARS) continue;
    let parsed: unknown;
    try {
      // Some CMSs emit raw newlines inside strings or an HTML comment wrapper; both are invalid JSON.
      parsed = JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '').replace(/[\n\r\t]+/g, ' '));
    } catch {
      continue;
    }
    collect(parsed, nodes, 0);
  }
  return nodes;
}

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  out.push(node);
  if (Array.isArray(node['@graph'])) collect(node['@graph'], out, depth + 1);
}

export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

/** schema.org types that mean "this page is one article". */
export const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
]);

export function findArticleNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  return nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t))) ?? null;
}

/** A JSON-LD value as text: strings directly, `{name}` / `{@value}` objects, first of arrays. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = textOf(v);
      if (t) return t;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const o = value as JsonLdNode;
    return textOf(o.name) ?? textOf(o['@value']) ?? textOf(o.url) ?? null;
  }
  return null;
}

/** Every name in a JSON-LD person/organisation value (`author` may be a string, an object or a list). */
export function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === 'object') {
    const name = (value as JsonLdNode).name;
    return typeof name === 'string' && name.trim() ? [name.trim()] : Array.isArray(name) ? namesOf(name) : [];
  }
  return [];
}
