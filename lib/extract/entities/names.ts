import type { TagSpan } from './tagger';
import { TITLES } from './titles';
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

/** Last words that mark a company's full name: "Timex Inc.", "Poughkeepsie Savings Bank", "Reed PLC". */
const COMPANY_END = /^(?:inc|corp|co|cos|ltd|plc|ag|sa|s\.a|nv|se|llc|bancorp|group|holdings?|industries|bank)\.?$/i;
/** Trailing words of a company prefix that are no part of its short form: "Dow Jones & Co.", "amp" from "&amp;". */
const JOINERS = new Set(['&', 'and', 'amp', 'of', 'the', ',']);

/**
 * Short forms of companies named in full earlier: after "Timex Inc." or "Poughkeepsie Savings Bank",
 * "Timex" and "Poughkeepsie" are the company wherever they recur, whatever the tagger made of them
 * (news names a company in full once, then by its first word). A first word is only a short form when
 * it cannot be something else: not a title, not a place (`isPlace`), never written in lower case here.
 */
export function propagateCompanies(
  spans: readonly TagSpan[],
  tokens: readonly Token[],
  isPlace: (word: string) => boolean,
): TagSpan[] {
  const lowerSeen = new Set<string>();
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) lowerSeen.add(t.text);
  }
  const distinctive = (w: string): boolean =>
    /^\p{Lu}/u.test(w) &&
    !TITLES.has(w.toLowerCase().replace(/\.$/, '')) &&
    !isPlace(w) &&
    !lowerSeen.has(w.toLowerCase());
  /** Short form (token texts) → token index of the full name that defines it. */
  const forms = new Map<string, { words: string[]; after: number }>();
  const add = (words: string[], after: number): void => {
    const id = words.join(' ');
    if (words.length > 0 && !forms.has(id)) forms.set(id, { words, after });
  };
  for (const s of spans) {
    if (s.type !== 'ORG' || s.to - s.from < 2 || !COMPANY_END.test(tokens[s.to - 1]!.text)) continue;
    let end = s.to - 1;
    while (end > s.from && JOINERS.has(tokens[end - 1]!.text.toLowerCase())) end--;
    const words = tokens.slice(s.from, end).map((t) => t.text);
    if (words.length > 1 || distinctive(words[0] ?? '')) add(words, s.to);
    const first = words[0] ?? '';
    if (words.length > 1 && distinctive(first)) add([first], s.to);
    const head = first.split(/[-‐‑]/u)[0]!;
    if (head !== first && distinctive(head)) add([head], s.to);
  }
  if (forms.size === 0) return [...spans];
  const byFirst = new Map<string, Array<{ words: string[]; after: number }>>();
  for (const f of forms.values()) {
    const list = byFirst.get(f.words[0]!) ?? [];
    list.push(f);
    byFirst.set(f.words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const covered = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, n) => covered.fill(n, s.from, s.to));
  const out = [...spans];
  for (let i = 0; i < tokens.length; i++) {
    for (const f of byFirst.get(tokens[i]!.text) ?? []) {
      const len = f.words.length;
      if (i < f.after || i + len > tokens.length || f.words.some((w, k) => tokens[i + k]!.text !== w)) continue;
      const n = covered[i]!;
      const sameRange = n >= 0 && spans[n]!.from === i && spans[n]!.to === i + len;
      const free = covered.subarray(i, i + len).every((c) => c < 0);
      if (sameRange) out[n] = { ...spans[n]!, type: 'ORG' };
      else if (free) out.push({ from: i, to: i + len, type: 'ORG' });
      else continue;
      i += len - 1;
      break;
    }
  }
  return out.sort((a, b) => a.from - b.from);
}
