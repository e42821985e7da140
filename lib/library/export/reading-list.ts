import Papa from 'papaparse';
import type { SavedItem } from '../../types';

/** The reading list as CSV, one row per item; cells that would start a spreadsheet formula are escaped. */
export function readingListCsv(items: readonly SavedItem[]): string {
  return Papa.unparse(
    items.map((i) => ({
      title: i.title,
      url: i.url,
      publisher: i.publisher ?? '',
      authors: i.authors.join('; '),
      published: i.publishedTime ?? '',
      saved: i.savedAt,
      status: i.status,
      favourite: i.favourite ? 'yes' : 'no',
      tags: i.tags.join('|'),
      note: i.note,
    })),
    { escapeFormulae: true, newline: '\n' },
  );
}

/** Markdown text that stays text: characters that would make links, emphasis or HTML are escaped. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&').replace(/\s+/g, ' ');
}

/** The reading list as Markdown: unread then archived, each item a link with its source, tags and note. */
export function readingListMarkdown(items: readonly SavedItem[], now = new Date()): string {
  const lines = ['# Reading list', '', `Exported from Backstory on ${now.toISOString().slice(0, 10)}.`];
  for (const [status, heading] of [
    ['unread', 'Unread'],
    ['archived', 'Archived'],
  ] as const) {
    const group = items.filter((i) => i.status === status);
    if (!group.length) continue;
    lines.push('', `## ${heading}`, '');
    for (const i of group) {
      const source = [i.publisher, i.publishedTime?.slice(0, 10)].filter(Boolean).map((s) => md(s!));
      const tags = i.tags.map((t) => `#${md(t)}`).join(' ');
      const star = i.favourite ? ' ★' : '';
      lines.push(
        `- [${md(i.title)}](<${i.url.replace(/[<>\s]/g, encodeURIComponent)}>)${star}${source.length ? ` — ${source.join(', ')}` : ''}${tags ? ` ${tags}` : ''}`,
      );
      for (const para of i.note.split(/\n\s*\n/).filter((p) => p.trim())) lines.push(`  > ${md(para)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
