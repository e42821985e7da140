/**
 * The text that selectors count in, defined once for creating and re-anchoring highlights.
 *
 * Root: `document.body` of the live page (Readability's main content is a clone, not the DOM the reader sees).
 * Content: the data of every text node under the root, in document order, except inside elements whose text
 * is never shown (script, style, template...) and Backstory's own UI (`isOwnUi`). Whitespace: every run of
 * whitespace counts as one space, and leading whitespace is dropped, so re-indented markup, added line breaks
 * and split text nodes leave the offsets where they were. Highlight wrappers add elements, never text, so
 * they do not change the text either.
 */

const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'HEAD']);

/** Elements Backstory adds to pages for its UI; their text is not the page's. */
export const OWN_UI_TAG = 'BACKSTORY-UI';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first counted character in the model text. */
  start: number;
  /** Offset after its last counted character. */
  end: number;
}

export interface TextModel {
  text: string;
  segments: TextSegment[];
}

export interface DomPoint {
  node: Text;
  offset: number;
}

const WS = /\s/;

export function buildTextModel(root: Node): TextModel {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  // True after a space (or at the start), so the next whitespace run adds nothing.
  let afterSpace = true;
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        let piece = '';
        for (let i = 0; i < data.length; i++) {
          const c = data[i]!;
          if (WS.test(c)) {
            if (!afterSpace) piece += ' ';
            afterSpace = true;
          } else {
            piece += c;
            afterSpace = false;
          }
        }
        segments.push({ node: child as Text, start: length, end: length + piece.length });
        parts.push(piece);
        length += piece.length;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (!HIDDEN.has(tag) && tag !== OWN_UI_TAG) visit(child);
      }
    }
  };
  visit(root);
  return { text: parts.join(''), segments };
}

/** The raw offset in a node's data of the model offset `offset` (counted from the node's start). */
function rawOffset(segment: TextSegment, offset: number, modelText: string): number {
  const data = segment.node.data;
  let counted = 0;
  // Whether the model character before this node was a space: then leading whitespace here counted nothing.
  let afterSpace = segment.start === 0 || modelText[segment.start - 1] === ' ';
  for (let i = 0; i < data.length; i++) {
    if (counted === offset) {
      // Skip whitespace that counted nothing, so a range never starts on collapsed space.
      if (!(WS.test(data[i]!) && afterSpace)) return i;
    }
    const ws = WS.test(data[i]!);
    if (!(ws && afterSpace)) counted++;
    afterSpace = ws;
  }
  return data.length;
}

/** The DOM point of a model offset. `end` picks the node that ends there rather than the one that starts there. */
export function pointAt(model: TextModel, offset: number, end = false): DomPoint | null {
  const segs = model.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (end ? s.end < offset : s.end <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  // Skip empty segments (collapsed whitespace) so the point lands in text.
  for (let i = lo; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.end === s.start) continue;
    if (s.start > offset) return { node: s.node, offset: 0 };
    if (end && offset === s.start && offset > 0) continue;
    return { node: s.node, offset: rawOffset(s, offset - s.start, model.text) };
  }
  const last = segs.findLast((s) => s.end > s.start);
  return last ? { node: last.node, offset: last.node.data.length } : null;
}

/** The model offset of a DOM point (a selection boundary), or null when it lies outside the model. */
export function offsetAt(model: TextModel, node: Node, offset: number): number | null {
  if (node.nodeType === 3) {
    const seg = model.segments.find((s) => s.node === node);
    if (!seg) return null;
    const data = (node as Text).data;
    let counted = 0;
    let afterSpace = seg.start === 0 || model.text[seg.start - 1] === ' ';
    for (let i = 0; i < Math.min(offset, data.length); i++) {
      const ws = WS.test(data[i]!);
      if (!(ws && afterSpace)) counted++;
      afterSpace = ws;
    }
    return seg.start + Math.min(counted, seg.end - seg.start);
  }
  // An element boundary: the offset of the first text at or after child `offset`.
  const after = node.childNodes[offset] ?? null;
  for (const seg of model.segments) {
    if (after ? isAtOrAfter(seg.node, after) : !node.contains(seg.node) && isAfter(seg.node, node)) return seg.start;
  }
  return model.text.length;
}

function isAtOrAfter(text: Node, ref: Node): boolean {
  return text === ref || ref.contains(text) || isAfter(text, ref);
}

function isAfter(text: Node, ref: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING
  return (ref.compareDocumentPosition(text) & 4) !== 0 && !ref.contains(text);
}
