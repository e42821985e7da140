import type { Claim, Span } from '../../types';

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half';
const QUANTIFIER =
  '(?:at least|more than|less than|fewer than|up to|as many as|nearly|almost|about|around|roughly|approximately|over|some|only|just|a total of|an estimated)';
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';

/**
 * Checkable figures. Each alternative is a quantity, not a label: money, percentages, counts of things,
 * and quantified number words. Years, dates, clock times and ordinals ("47th Brigade") are not figures.
 */
const FIGURE = new RegExp(
  [
    String.raw`[$€£¥]\s?\d[\d,.]*(?:\s?(?:bn|m|k|tn|trillion|billion|million|thousand)\b)?`,
    String.raw`\b\d[\d,.]*\s?(?:%|per ?cent\b|percent\b|percentage points?\b)`,
    String.raw`\b\d[\d,.]*\s?(?:bn|tn|trillion|billion|million|thousand)\b`,
    String.raw`\b${QUANTIFIER}\s+(?:\d[\d,.]*|${NUMBER_WORDS})\b`,
    String.raw`\b(?:${NUMBER_WORDS})\s+(?:[a-z]+\s+)?(?:people|persons|personnel|members|soldiers|troops|civilians|children|students|voters|workers|jobs|votes|points|deaths|dead|casualties|injured|cases|delegates|seats|states|times|years|months|days|weeks|hours|dollars|miles|kilometres|kilometers|tons|rockets|missiles|drones|attacks|strikes)\b`,
    String.raw`\b\d[\d,]*(?:\.\d+)?\s+(?![Tt]h\b)(?:[A-Za-z]+\s+)?(?:people|persons|personnel|members|soldiers|troops|civilians|children|students|voters|workers|jobs|votes|points|deaths|dead|casualties|cases|delegates|seats|times|miles|kilometres|kilometers|tons|rockets|missiles|drones|attacks|strikes|percent)\b`,
  ].join('|'),
  'gi',
);

/** What every figure shows: a digit or a number word. A sentence without one skips `FIGURE`'s alternatives. */
const FIGURE_HINT = new RegExp(String.raw`\d|\b(?:${NUMBER_WORDS})\b`, 'i');

const DATE_LIKE = new RegExp(String.raw`^(?:${MONTHS})\b|^(?:1[89]|20)\d\d$`, 'i');

/** The first figure of a sentence that is not a date (`FIGURE` is global: its scan starts at 0). */
function firstFigure(slice: string): RegExpExecArray | null {
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(slice); m; m = FIGURE.exec(slice)) if (!DATE_LIKE.test(m[0].trim())) return m;
  return null;
}

/** One numeric claim per sentence carrying a figure; the content is the whole sentence. */
export function numericClaims(text: string, sentences: readonly Span[]): Claim[] {
  const out: Claim[] = [];
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    if (!FIGURE_HINT.test(slice)) continue;
    const hit = firstFigure(slice);
    if (!hit) continue;
    let end = s.end;
    if (/[.!?]$/.test(slice)) end--;
    out.push({
      kind: 'numeric',
      content: { start: s.start, end, text: text.slice(s.start, end) },
      speaker: null,
      cue: { start: s.start + hit.index, end: s.start + hit.index + hit[0].length, text: hit[0] },
      sentence: s,
    });
  }
  return out;
}
