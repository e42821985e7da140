import type { Span } from '../../types';
import type { Attribution } from './attribution';

// "Pence: Flowers won't be at debate" (headline) and "PENCE: Well, look, …" (transcript): a short name,
// a colon, then the statement, at the start of a paragraph.
const LABEL = /^["“]?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}):\s+(?=\S)/u;
// Labels that head a paragraph without naming a speaker.
const NOT_SPEAKERS =
  /^(note|editor|editors|update|updated|correction|photo|photos|video|watch|read|related|source|sources|credit|caption|disclosure|warning|breaking|exclusive|analysis|opinion|live|subscribe|follow|more|also|image|listen|q|a|question|answer|transcript|partial transcript|title|summary|background|what|why|how|who|when|where|here|this|that|the)$/i;

/** Statements introduced by a speaker label at the start of a paragraph. */
export function labelledStatements(text: string): Attribution[] {
  const out: Attribution[] = [];
  const paragraphs = /[^\n]+/g;
  for (let p = paragraphs.exec(text); p; p = paragraphs.exec(text)) {
    const m = LABEL.exec(p[0]);
    if (!m || NOT_SPEAKERS.test(m[1]!) || /['’]s$/.test(m[1]!)) continue;
    const nameStart = p.index + m[0].indexOf(m[1]!);
    const speaker: Span = { start: nameStart, end: nameStart + m[1]!.length };
    const colon = speaker.end;
    let end = p.index + p[0].length;
    while (end > colon && /[\s.”"']/.test(text[end - 1]!)) end--;
    const start = p.index + m[0].length;
    if (end - start < 12) continue;
    const sentence = { start: p.index, end: p.index + p[0].length };
    out.push({ kind: 'reported', content: { start, end }, speaker, cue: { start: colon, end: colon + 1 }, sentence });
  }
  return out;
}
