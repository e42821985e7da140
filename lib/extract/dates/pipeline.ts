import { splitSentences, sentenceAt } from '../sentences';
import { resolveAnaphora } from './anaphora';
import { parseReference } from './calendar';
import { chronoCandidates } from './chrono-fallback';
import { calendarRules } from './rules-calendar';
import { holidayRules } from './rules-holiday';
import { periodRules } from './rules-periods';
import { relativeRules } from './rules-relative';
import { spanRules } from './rules-span';
import { vagueRules } from './rules-vague';
import { selectCandidates } from './select';
import { guessTense } from './tense';
import type { Span } from '../../types';
import type { Candidate, Rule, RuleContext, Tense } from './types';

/** Earlier rules win ties of equal length, so the more specific readings come first. */
const RULES: readonly Rule[] = [
  ...calendarRules,
  ...holidayRules,
  ...relativeRules,
  ...periodRules,
  ...spanRules,
  ...vagueRules,
];
const RULE_ORDER = [...RULES.map((r) => r.name), 'chrono'];

/**
 * Every rule match in `text`, overlaps resolved, anaphors filled in; values carry their modifier. `sentences`
 * is `splitSentences(text)`, passed in by a caller that has split the text already.
 */
export function recognise(
  text: string,
  reference: Date | string | null,
  sentences: readonly Span[] = splitSentences(text),
): Candidate[] {
  const ref = parseReference(reference);
  const tenses = new Map<string, Tense | null>();
  const ctx: RuleContext = {
    text,
    ref,
    tense(start, end) {
      const key = `${start}:${end}`;
      if (!tenses.has(key)) tenses.set(key, guessTense(text, start, end));
      return tenses.get(key) ?? null;
    },
  };
  const candidates: Candidate[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const resolved = rule.resolve(m as RegExpExecArray, ctx, start, end);
      if (resolved) candidates.push({ ...resolved, start, end, rule: rule.name });
    }
  }
  candidates.push(...chronoCandidates(text, ref, sentences));
  const selected = selectCandidates(candidates, RULE_ORDER);
  const sentenceOf = (offset: number): number => sentenceAt(sentences, offset)?.start ?? -1;
  return resolveAnaphora(text, selected, ref, sentenceOf);
}
