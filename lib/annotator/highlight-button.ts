import { createShadowHost, positionBelow } from './shadow-host';

const CSS = `
button{font:500 12px/1 system-ui,sans-serif;color:#fff;background:#3a5a8c;border:0;border-radius:4px;
padding:6px 9px;box-shadow:0 1px 4px rgba(0,0,0,.25);cursor:pointer;position:absolute;white-space:nowrap}
button:hover,button:focus-visible{background:#2c4770;outline:2px solid #fff;outline-offset:-3px}`;
const WIDTH = 80;
const MIN_CHARS = 3;

/**
 * The quiet "Highlight" button that appears under a text selection (content-script side, so it stays
 * small): it only asks the background to run the annotator, which reads the selection itself.
 */
export function installHighlightButton(doc: Document, win: Window, onHighlight: () => void): () => void {
  let ui: { host: HTMLElement; button: HTMLButtonElement } | null = null;
  let timer = 0;

  const hide = () => {
    if (ui) ui.host.style.display = 'none';
  };
  const show = (range: Range) => {
    if (!ui) {
      const { host, root } = createShadowHost(doc, CSS);
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = 'Highlight';
      button.title = 'Highlight with Backstory (Alt+Shift+H)';
      button.dataset.testid = 'backstory-highlight-button';
      // Keep the selection: a mousedown on a button would otherwise clear it before the click.
      button.addEventListener('mousedown', (e) => e.preventDefault());
      button.addEventListener('click', () => {
        hide();
        onHighlight();
      });
      root.append(button);
      ui = { host, button };
    }
    const { top, left } = positionBelow(range, win, WIDTH);
    ui.button.style.top = `${top}px`;
    ui.button.style.left = `${left}px`;
    ui.host.style.display = 'block';
  };
  const check = () => {
    const sel = win.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || sel.toString().trim().length < MIN_CHARS) return hide();
    const range = sel.getRangeAt(0);
    const container = range.commonAncestorContainer;
    const el = container.nodeType === 1 ? (container as Element) : container.parentElement;
    // Not in form fields or editors, not in Backstory's own UI.
    if (!el || el.closest('input,textarea,[contenteditable=""],[contenteditable="true"],backstory-ui')) return hide();
    show(range);
  };
  const schedule = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(check, 120);
  };
  const collapsed = () => {
    if (win.getSelection()?.isCollapsed) hide();
  };
  doc.addEventListener('mouseup', schedule);
  doc.addEventListener('keyup', schedule);
  doc.addEventListener('selectionchange', collapsed);
  return () => {
    doc.removeEventListener('mouseup', schedule);
    doc.removeEventListener('keyup', schedule);
    doc.removeEventListener('selectionchange', collapsed);
    ui?.host.remove();
  };
}
