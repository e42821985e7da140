import type { Tense } from './types';

/**
 * A light tense guess for the clause around a date, from the nearest word of a verb group: modals and
 * intentions ("will", "would", "plans to", "is set to", "is to") point ahead, past forms ("met",
 * "said", "was", "has agreed", "ago") point back. News is told in the past, so the caller treats "no
 * cue" as past for days and months; this mostly has to spot the future without being fooled by nouns
 * and adjectives that look like verbs ("vacation plans", "a still unspecified date", "United States").
 */
const MODAL = /^(will|won't|'ll|shall|would|wouldn't)$/;
/** Present modals look ahead unless a perfect follows ("may have been killed on Monday"). */
const PRESENT_MODAL = /^(can|cannot|can't|must|should|may|might)$/;
/** "postponed until Tuesday", "extended through January": the new end lies ahead. */
const DEFERRAL =
  /^(postpone[ds]?|postponing|delay(?:ed|s)?|defer(?:red|s)?|adjourn(?:ed|s)?|extend(?:ed|s)?|extending|give[sn]?|gave|suspend(?:ed|s)?)$/;
const FUTURE_WORD = /^(tomorrow|next|coming|upcoming|soon|payable|effective)$/;
/** Intentions and schedules, future when an infinitive or a "for" follows: "plans to", "set for". */
const INTENT =
  /^(plans?|planned|planning|schedule[ds]?|set|slated|expects?|expected|expecting|intends?|intended|aims?|aimed|hopes?|hoped|poised|going|about|prepared|preparing|promised?|vowed|threatened|wants?|wanted|decided|agreed|supposed)$/;
const BE = /^(is|are|was|were|am|be|been)$/;
/** "due to" before a noun phrase means "because of". */
const CAUSE_AFTER_TO =
  /^(the|a|an|its|his|her|their|our|this|that|these|those|lower|higher|weak|strong|poor|bad|heavy|\d.*)$/;
/**
 * The present of a scheduled event reads ahead: "talks resume Monday", "she arrives on Friday". Only
 * verbs that are rarely nouns in these forms.
 */
const SCHEDULED_PRESENT =
  /^(begins?|starts|resumes?|convenes?|arrives?|meets|leaves|departs|visits|travels|returns|opens|closes|ends|expires|launches|hosts)$/;
const AUXILIARY = /^(is|are|was|were|am|be|been|has|have|had|did)$/;
const PAST_WORD = /^(ago|last|earlier|yesterday|since|previously|already|according)$/;
const PAST_VERB =
  /^(said|told|was|were|had|did|didn't|wasn't|weren't|hadn't|has|have|hasn't|haven't|began|came|went|took|made|held|met|gave|won|lost|fell|rose|left|sent|brought|ran|saw|got|found|fled|flew|spoke|wrote|broke|drove|led|paid|sold|bought|thought|knew|became|sought|caught|fought|kept|felt|spent|stood|built|heard|struck|shot|hit|quit|put|told|won|wore|threw|grew|drew|chose|froze|hid|bore|swore|slid|stole|withdrew|overthrew|underwent|forgot|upheld|beat)$/;
/** Words in -ed that are not past verbs. */
const NOT_ED_VERB = /(?:[^gr]eed|hundred|bed|shed|red|bred|sled|wed)$/;
/** After these an -ed word is an adjective or a participle inside a noun phrase ("the planned talks"). */
const NOMINAL = /^(a|an|the|its|his|her|their|our|this|that|these|those|still|newly|so-called|long|much|well)$/;
/** After these a verb is in its base form, so its tense comes from them: "will set", "to hit". */
const BASE_FORM_AFTER = /^(to|will|would|shall|can|could|must|should|may|might|'ll|won't|not|never)$/;
const WINDOW = 100;

interface Word {
  lower: string;
  raw: string;
}

interface Place {
  /** The cue is before the date (else after it). */
  beforeDate: boolean;
  /** The date is the end of a span: "until Tuesday", "through January", "extended to Nov. 6". */
  deadline: boolean;
}

function cueOf(words: readonly Word[], i: number, place: Place): Tense | null {
  const w = words[i]!;
  const next = words[i + 1]?.lower;
  const prev = words[i - 1]?.lower;
  const { beforeDate } = place;
  if (MODAL.test(w.lower) || FUTURE_WORD.test(w.lower)) return 'future';
  if (PRESENT_MODAL.test(w.lower)) return next === 'have' || words[i + 2]?.lower === 'have' ? 'past' : 'future';
  if (place.deadline && beforeDate && DEFERRAL.test(w.lower)) return 'future';
  // "due out Thursday", "due in May", "due to vote": scheduled; "due to the storm": a cause.
  if (w.lower === 'due') return next === 'to' && CAUSE_AFTER_TO.test(words[i + 2]?.lower ?? '') ? null : 'future';
  if (INTENT.test(w.lower)) {
    if (next === 'to' || (next === 'for' && /^(set|scheduled?|slated|planning|preparing)$/.test(w.lower)))
      return 'future';
    if (prev && (NOMINAL.test(prev) || BASE_FORM_AFTER.test(prev))) return null;
    // "planned a rally on Saturday": what was planned lies ahead. "the plan", "vacation plans" are nouns;
    // "agreed" alone is an ordinary past verb.
    if (/^(planned|scheduled)$/.test(w.lower)) return beforeDate ? 'future' : 'past';
    return /ed$/.test(w.lower) || w.lower === 'set' ? 'past' : null;
  }
  // "is to", "were to": arrangements.
  if (BE.test(w.lower) && next === 'to') return 'future';
  if (SCHEDULED_PRESENT.test(w.lower) && !(prev && NOMINAL.test(prev))) return 'future';
  // "is heard", "be closed": a present or future passive, not a past; "will hit", "to beat": base forms.
  if (prev && (/^(is|are|am|be|being)$/.test(prev) || BASE_FORM_AFTER.test(prev))) return null;
  // An auxiliary takes the tense of the group it opens: "were planning to", "had been due to".
  if (AUXILIARY.test(w.lower) && i + 1 < words.length && cueOf(words, i + 1, place) === 'future') return 'future';
  if (PAST_WORD.test(w.lower) || PAST_VERB.test(w.lower)) return 'past';
  // Past forms in -ed, but not proper names ("United"), nouns ("hundred"), adjectives after a determiner
  // or negated adjectives ("untouched").
  if (
    /^[a-z]{3,}ed$/.test(w.raw) &&
    !/^un/.test(w.lower) &&
    !NOT_ED_VERB.test(w.lower) &&
    !(prev && NOMINAL.test(prev))
  )
    return 'past';
  return null;
}

export function guessTense(text: string, start: number, end: number): Tense | null {
  const from = clauseStart(text, start, Math.max(0, start - WINDOW));
  const to = clauseEnd(text, end, Math.min(text.length, end + WINDOW));
  const words: Word[] = [];
  const offsets: number[] = [];
  for (const m of text.slice(from, to).matchAll(/[\w']+(?:-\w+)*/g)) {
    words.push({ raw: m[0], lower: m[0].toLowerCase() });
    offsets.push(from + m.index);
  }
  // The verb group before the date governs it ("met on Tuesday", "will vote in May"); only a date
  // opening its clause takes the nearest cue after it ("On Friday, police said").
  let before: Tense | null = null;
  let after: Tense | null = null;
  const lastBefore = words.filter((_, i) => offsets[i]! < start).at(-1)?.lower;
  const deadline = /^(until|till|through|to)$/.test(lastBefore ?? '');
  for (let i = 0; i < words.length; i++) {
    const at = offsets[i]!;
    if (at >= start && at < end) continue;
    const isAfter = at >= end;
    if (isAfter && (before || after)) break;
    const tense = cueOf(words, i, { beforeDate: !isAfter, deadline });
    if (tense && isAfter) after = tense;
    else if (tense) before = tense;
  }
  return before ?? after;
}

/** Abbreviations whose dot does not end a sentence ("U.S.", "Sept. 14", "Mr. Bush"). */
const ABBREVIATION =
  /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Gen|Sen|Rep|Gov|Lt|Col|Inc|Corp|Co|Ltd|No|vs))$/;

function endsSentence(text: string, i: number): boolean {
  const c = text[i]!;
  if (c !== '.') return /[;!?\n]/.test(c);
  return !ABBREVIATION.test(text.slice(Math.max(0, i - 5), i));
}

function clauseStart(text: string, start: number, limit: number): number {
  for (let i = start - 1; i >= limit; i--) if (endsSentence(text, i)) return i + 1;
  return limit;
}

function clauseEnd(text: string, end: number, limit: number): number {
  for (let i = end; i < limit; i++) if (endsSentence(text, i)) return i;
  return limit;
}
