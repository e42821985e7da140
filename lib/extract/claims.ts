import type { Claim, CitedSource, Span } from '../types';
import { passiveAttributions } from './claims/according';
import { sentenceAttributions, type Attribution } from './claims/attribution';
import { labelledStatements } from './claims/labels';
import { numericClaims } from './claims/numeric';
import { resolvePronounSpeakers } from './claims/pronouns';
import { findQuotes } from './claims/quotes';
import { citedSources } from './claims/sources';
import { attachQuotes } from './claims/standalone';
import { splitSentences } from './sentences';

export interface ExtractClaimsOptions {
  /**
   * Replace "he"/"she"/"who" speakers with the nearby name they stand for (default true). The speaker span
   * then points at that earlier mention; pass false to keep the pronoun's own span.
   */
  resolvePronouns?: boolean;
  /** `splitSentences(text)`, from a caller that has split the text already (analysis shares it with dates). */
  sentences?: readonly Span[];
}

/**
 * Who said what: direct quotes, reported speech with a cue verb, checkable figures, and the outlets
 * statements were given to. Rules, not a model, so it runs in a content script in milliseconds; the
 * algorithm is described in lib/extract/claims/README.md.
 */
export function extractClaims(
  text: string,
  options: ExtractClaimsOptions = {},
): { claims: Claim[]; citedSources: CitedSource[] } {
  const sentences = joinQuoteTails(text, options.sentences ?? splitSentences(text));
  const quotes = findQuotes(text);
  const found: Attribution[] = labelledStatements(text);
  for (const s of sentences)
    found.push(...sentenceAttributions(text, s, quotes), ...passiveAttributions(text, s, quotes));
  const attached = attachQuotes(text, sentences, quotes, dedupe(trimOverlaps(text, found)));
  const attributions = options.resolvePronouns === false ? attached : resolvePronounSpeakers(text, attached);
  const withText = (s: Span): Span & { text: string } => ({
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
  });
  const claims: Claim[] = attributions.map((a) => ({
    kind: a.kind,
    content: withText(a.content),
    speaker: a.speaker && withText(a.speaker),
    cue: a.cue && withText(a.cue),
    sentence: a.sentence,
  }));
  claims.push(...numericClaims(text, sentences));
  claims.sort((a, b) => a.content.start - b.content.start || a.kind.localeCompare(b.kind));
  return { claims, citedSources: citedSources(text) };
}

const EMBEDDED = /\b(?:what|which|whom|that|than)\s*$/i;

// A short attribution tail that follows a quotation ending in "?”" or "!”": "Clinton said." / "said Jane Doe."
const TAIL =
  /^(?:(?:\p{Lu}[\p{L}.'’-]*|the|a|an|he|she|they|we|I|it)\s+){1,5}(?:said|says|asked|asks|told|added|wrote|shouted|replied|demanded|wondered)\b|^(?:said|says|asked|asks|added|wrote|shouted|replied|demanded|wondered)\s+\p{Lu}/u;

/**
 * The sentence splitter ends a sentence after "?”" and "!”", which cuts "“Why now?” she asked." in two;
 * rejoin a quotation with the attribution tail that follows it.
 */
function joinQuoteTails(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const prev = out.at(-1);
    if (
      prev &&
      /[?!]["”’']$/.test(text.slice(prev.end - 2, prev.end)) &&
      !text.slice(prev.end, s.start).includes('\n') &&
      TAIL.test(text.slice(s.start, s.end))
    )
      out[out.length - 1] = { start: prev.start, end: s.end };
    else out.push(s);
  }
  return out;
}

/** "X said A, and Y said B": the first content stops where the second attribution begins. */
function trimOverlaps(text: string, found: Attribution[]): Attribution[] {
  for (const a of found) {
    for (const b of found) {
      if (a === b || !b.speaker || b.cue === null || b.cue.start > b.content.start) continue; // only pre-posed b
      const at = Math.min(b.speaker.start, b.cue.start);
      if (at > a.content.start && at < a.content.end && (a.cue?.start ?? 0) < at) {
        const before = text.slice(a.content.start, at);
        // "accused them of what he called …" embeds b in a: a goes on past it.
        if (EMBEDDED.test(before)) continue;
        // Drop the joint between the two: ", and", "; but", a dash.
        const head = before.replace(/(?:[\s,;—–]|\band\b|\bbut\b)+$/, '');
        const end = a.content.start + head.length;
        if (end - a.content.start >= 8) a.content = { start: a.content.start, end };
      }
    }
  }
  return found;
}

/** Two cues can claim the same content ("said, adding"): keep the first found. */
function dedupe(found: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (const a of found) {
    const dup = out.some((b) => {
      const inter = Math.min(a.content.end, b.content.end) - Math.max(a.content.start, b.content.start);
      const union = Math.max(a.content.end, b.content.end) - Math.min(a.content.start, b.content.start);
      return inter / union > 0.8;
    });
    if (!dup) out.push(a);
  }
  return out;
}
