import { diffArrays } from 'diff';

/** One run of paragraphs in a comparison: kept, only in the saved copy, or only in the page as it is now. */
export interface ParagraphChange {
  kind: 'same' | 'removed' | 'added';
  paragraphs: string[];
}

export interface ArticleChange {
  /** When the compared copy was taken (ISO). */
  capturedAt: string;
  added: number;
  removed: number;
  parts: ParagraphChange[];
}

/** Paragraphs as the extractor separates them (blank lines), whitespace collapsed so reflowing is no change. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * How the article's text changed since the copy was taken, by paragraph (an edited paragraph shows as the old
 * one removed and the new one added), or null when the paragraphs are the same.
 */
export function diffParagraphs(before: string, after: string, capturedAt: string): ArticleChange | null {
  const parts: ParagraphChange[] = diffArrays(paragraphs(before), paragraphs(after)).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    paragraphs: c.value,
  }));
  const count = (kind: ParagraphChange['kind']) =>
    parts.filter((p) => p.kind === kind).reduce((n, p) => n + p.paragraphs.length, 0);
  const added = count('added');
  const removed = count('removed');
  return added || removed ? { capturedAt, added, removed, parts } : null;
}
