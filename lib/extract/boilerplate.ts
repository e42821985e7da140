/**
 * Blocks Readability keeps inside the article that are not the story: "Read more: …" and "Lesen Sie auch"
 * teasers, newsletter and share prompts, and lists made only of links. They are removed from the extracted
 * content before its text is taken, so entities, claims and dates do not come from other stories.
 */
const PROMPT =
  /^\s*(?:read more|read also|related(?: articles| stories| coverage)?|see also|more from|more on this|recommended|also read|most read|lesen sie (?:auch|mehr|hier)|mehr zum thema|mehr dazu|auch interessant|das könnte sie auch interessieren|weiterlesen|zum weiterlesen|le puede interesar|lee también|te puede interesar|también te puede interesar|lire aussi|à lire aussi|sign up|subscribe|join our newsletter|get (?:the|our) (?:latest|newsletter)|newsletter|möchten sie (?:den|diesen) artikel teilen|share this|teilen sie|diesen artikel teilen|follow us|folgen sie uns)\b/i;

// Paragraph-sized blocks only: asking every div for its text would cost more than Readability's own pass.
const CANDIDATES = 'p, li, ul, ol, h2, h3, h4, h5, h6';

export function pruneBoilerplate(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(CANDIDATES))) {
    if (!root.contains(el)) continue; // inside a block removed already
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (text.length < 200 && PROMPT.test(text)) {
      el.remove();
      continue;
    }
    if (isLinkList(el, text)) el.remove();
  }
}

/** A list or paragraph that is nothing but links (two or more), each short: a related-stories block. */
function isLinkList(el: Element, text: string): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'UL' && tag !== 'OL' && tag !== 'P') return false;
  const links = Array.from(el.querySelectorAll('a'));
  if (links.length < 2) return false;
  let linked = 0;
  for (const a of links) linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return linked / Math.max(1, text.length) > 0.9;
}
