/**
 * Inline entity markup for hand-labelled sentences: "[PER Joe Biden] met [ORG Nato] chiefs in [LOC Vilnius]."
 * Used by the training script (news sentences) and the evaluation (news test set).
 */
export interface GoldSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC';
  text: string;
}

export function parseMarkup(line: string): { text: string; spans: GoldSpan[] } {
  let text = '';
  const spans: GoldSpan[] = [];
  const re = /\[(PER|ORG|LOC) ([^\]]+)\]/g;
  let last = 0;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    text += line.slice(last, m.index);
    const inner = m[2]!;
    spans.push({ start: text.length, end: text.length + inner.length, type: m[1] as GoldSpan['type'], text: inner });
    text += inner;
    last = m.index + m[0].length;
  }
  text += line.slice(last);
  return { text, spans };
}
