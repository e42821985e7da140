import type { TagSpan } from './tagger';
import type { Token } from './tokenize';

/**
 * Person-name propagation: once a full name is found, its later bare surnames are people too, even
 * sentence-initial ones the tagger skipped ("Haider Al Lami" ... "Al Lami said"). Suffixes are compared
 * token by token, indexed by their first word: a text has few names but many tokens.
 */
export function propagateNames(spans: readonly TagSpan[], tokens: readonly Token[]): TagSpan[] {
  /** First word of a suffix → the suffixes starting with it, as token texts, longest first. */
  const byFirst = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.to - s.from < 2) continue;
    for (let k = s.from + 1; k < s.to; k++) {
      if (!/^\p{Lu}/u.test(tokens[k]!.text)) continue;
      const words = tokens.slice(k, s.to).map((t) => t.text);
      const id = words.join(' ');
      if (seen.has(id)) continue;
      seen.add(id);
      const list = byFirst.get(words[0]!) ?? [];
      list.push(words);
      byFirst.set(words[0]!, list);
    }
  }
  if (byFirst.size === 0) return [...spans];
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const covered = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, n) => covered.fill(n, s.from, s.to));
  const removed = new Set<number>();
  const added: TagSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = byFirst.get(tokens[i]!.text);
    if (!list) continue;
    for (const words of list) {
      const len = words.length;
      if (i + len > tokens.length || words.some((w, k) => tokens[i + k]!.text !== w)) continue;
      // Only over nothing, or over spans that lie wholly inside the match ("Lami" → "Al Lami").
      const inside = new Set<number>();
      let ok = true;
      for (let k = i; k < i + len; k++) {
        const n = covered[k]!;
        if (n < 0) continue;
        const sp = spans[n]!;
        if (sp.from < i || sp.to > i + len || (sp.type === 'PER' && sp.to - sp.from === len)) ok = false;
        inside.add(n);
      }
      if (!ok) continue;
      for (const n of inside) removed.add(n);
      added.push({ from: i, to: i + len, type: 'PER' });
      covered.fill(-2, i, i + len);
      i += len - 1;
      break;
    }
  }
  return [...spans.filter((_, n) => !removed.has(n)), ...added].sort((a, b) => a.from - b.from);
}
