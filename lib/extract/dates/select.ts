import type { Candidate } from './types';

/**
 * Keep the longest of overlapping matches ("5 p.m. EST Nov. 9" over "Nov. 9"); on equal length the
 * earlier rule in the list wins, so rule order encodes specificity.
 */
export function selectCandidates(candidates: readonly Candidate[], ruleOrder: readonly string[]): Candidate[] {
  // Ranks looked up once per rule, not per comparison: the sort compares each candidate many times.
  const ranks = new Map<string, number>();
  ruleOrder.forEach((rule, i) => void (ranks.has(rule) || ranks.set(rule, i)));
  const rank = (c: Candidate): number => ranks.get(c.rule) ?? -1;
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
