import type { Annotation } from '../types';

/** Highlights as Markdown, one section per article in the order given, each quote a block quote. */
export function annotationsMarkdown(annotations: readonly Annotation[], now = new Date()): string {
  const byUrl = new Map<string, Annotation[]>();
  for (const a of annotations) byUrl.set(a.url, [...(byUrl.get(a.url) ?? []), a]);
  const out = [
    `# Backstory highlights`,
    '',
    `Exported ${now.toISOString().slice(0, 10)}, ${annotations.length} highlights.`,
  ];
  for (const [url, list] of byUrl) {
    out.push('', `## [${inline(list[0]!.title || url)}](<${url.replace(/[<>]/g, encodeURIComponent)}>)`);
    for (const a of list) {
      out.push('', ...a.quote.exact.split('\n').map((line) => `> ${inline(line)}`));
      if (a.anchor.state === 'orphan') out.push('', '_Not found on the page at the last visit (orphan)._');
      if (a.note.trim()) out.push('', ...a.note.trim().split('\n').map(inline));
      if (a.tags.length) out.push('', `Tags: ${a.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(', ')}`);
    }
  }
  return out.join('\n') + '\n';
}

/** Page text is not Markdown: escape what would turn it into markup or HTML. */
function inline(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|!])/g, '\\$1');
}
