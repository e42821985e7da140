import { createShadowHost } from './shadow-host';
import type { Annotation } from '../types';

const CSS = `
:host{all:initial}
form{position:absolute;width:300px;box-sizing:border-box;padding:10px;background:#fff;color:#1d2430;
font:13px/1.4 system-ui,sans-serif;border:1px solid #c9d2e0;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.18)}
q{display:block;max-height:4.2em;overflow:hidden;color:#4a5568;font-style:italic;margin:0 0 8px}
label{display:block;font-size:11px;color:#4a5568;margin:6px 0 2px}
textarea,input{box-sizing:border-box;width:100%;font:inherit;border:1px solid #c9d2e0;border-radius:4px;padding:4px 6px}
textarea{min-height:54px;resize:vertical}
.row{display:flex;gap:6px;justify-content:flex-end;margin-top:8px}
button{font:inherit;border:1px solid #c9d2e0;background:#f5f7fa;border-radius:4px;padding:3px 10px;cursor:pointer}
button.primary{background:#3a5a8c;border-color:#3a5a8c;color:#fff}
button.danger{margin-right:auto;color:#a3262a}
p[role=status]{margin:6px 0 0;font-size:12px;color:#a3262a}`;

export interface EditorActions {
  save(id: string, note: string, tags: string[]): Promise<boolean>;
  remove(id: string): Promise<boolean>;
}

/**
 * The small note-and-tags editor shown next to a highlight. Page text reaches it only through
 * `textContent` and input values, never as HTML.
 */
export function createEditor(doc: Document, actions: EditorActions) {
  let ui: { host: HTMLElement; root: ShadowRoot } | null = null;

  const close = () => {
    ui?.host.remove();
    ui = null;
  };

  const open = (annotation: Annotation, at: { top: number; left: number }) => {
    close();
    ui = createShadowHost(doc, CSS);
    const form = doc.createElement('form');
    form.dataset.testid = 'backstory-editor';
    form.style.top = `${at.top}px`;
    form.style.left = `${at.left}px`;
    const quote = doc.createElement('q');
    quote.textContent = annotation.quote.exact;
    const note = field(doc, 'textarea', 'Note', annotation.note, 'backstory-note');
    const tags = field(doc, 'input', 'Tags (comma-separated)', annotation.tags.join(', '), 'backstory-tags');
    const status = doc.createElement('p');
    status.setAttribute('role', 'status');
    const row = doc.createElement('div');
    row.className = 'row';
    const del = button(doc, 'Delete', 'danger', 'backstory-delete');
    const cancel = button(doc, 'Close', '', 'backstory-close');
    const save = button(doc, 'Save', 'primary', 'backstory-save');
    save.type = 'submit';
    row.append(del, cancel, save);
    form.append(quote, ...note.nodes, ...tags.nodes, row, status);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const list = tags.input.value.split(',');
      void actions.save(annotation.id, note.input.value, list).then((ok) => {
        if (ok) close();
        else status.textContent = 'Could not save the note.';
      });
    });
    cancel.addEventListener('click', close);
    del.addEventListener('click', () => {
      void actions.remove(annotation.id).then((ok) => {
        if (ok) close();
        else status.textContent = 'Could not delete the highlight.';
      });
    });
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') close();
    });
    ui.root.append(form);
    note.input.focus({ preventScroll: true });
  };

  return { open, close, isOpen: () => ui !== null };
}

function field(doc: Document, tag: 'textarea' | 'input', label: string, value: string, testid: string) {
  const l = doc.createElement('label');
  l.textContent = label;
  const input = doc.createElement(tag);
  input.value = value;
  input.dataset.testid = testid;
  l.append(input);
  return { nodes: [l], input };
}

function button(doc: Document, text: string, className: string, testid: string): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = text;
  if (className) b.className = className;
  b.dataset.testid = testid;
  return b;
}
