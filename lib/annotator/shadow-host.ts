import { OWN_UI_TAG } from '../anchoring/text-model';

/**
 * A host element for Backstory's in-page UI with its own shadow root: the page's CSS cannot reach inside,
 * the UI's CSS cannot leak out, and the host is positioned absolutely so it never moves the page's layout.
 * It is appended to <html>, outside <body>, and the text model skips it.
 */
export function createShadowHost(doc: Document, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(OWN_UI_TAG.toLowerCase());
  host.setAttribute(
    'style',
    'all:initial;position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647;display:block;overflow:visible',
  );
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root };
}

/** Page coordinates just below the end of a range, kept inside the viewport's width. */
export function positionBelow(range: Range, win: Window, width: number): { top: number; left: number } {
  const rects = range.getClientRects();
  const rect = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const left = Math.max(4, Math.min(rect.right - width / 2, win.innerWidth - width - 4));
  return { top: rect.bottom + win.scrollY + 6, left: left + win.scrollX };
}
