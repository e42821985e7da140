import { parseHTML } from 'linkedom';

/**
 * A DOM for Node, where the library code expects a browser `Document`. linkedom is fast and small; the
 * pieces it lacks and Readability reads (`documentURI`, `baseURI`) are set from the page URL.
 */
export function parseDocument(html: string, url: string): Document {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  setDocumentUrl(doc, url);
  return doc;
}

/** Give a parsed document its address (and its <base>), as a browser would have. */
export function setDocumentUrl(doc: Document, url: string): void {
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  let baseURI = url;
  try {
    if (base) baseURI = new URL(base, url).href;
  } catch {
    // A broken <base> is ignored, as browsers do.
  }
  Object.defineProperty(doc, 'documentURI', { value: url, configurable: true });
  Object.defineProperty(doc, 'baseURI', { value: baseURI, configurable: true });
  Object.defineProperty(doc, 'URL', { value: url, configurable: true });
}
