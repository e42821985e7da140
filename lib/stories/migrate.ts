import type { NormParts } from './norm';
import type { StorySignature } from './signature';
import { FIRST_EXEMPLARS, MAX_EXEMPLARS, MAX_TERMS, TERM_LIMIT } from './signature';

/**
 * Turn a stored signature — today's shape, the shape before length parts and six exemplars (terms,
 * count, firstTime, lastTime, up to twelve exemplars), or anything damaged — into a valid current one.
 * Pure and without document frequencies, so a schema upgrade can run it on each stored story:
 * - terms keep their finite positive weights, cut by weight (no idf here) to `MAX_TERMS` when over the limit;
 * - exemplars keep the first and the latest ones as `updateSignature` would have;
 * - length parts are kept only when they still describe the kept terms and exemplars; otherwise they are
 *   left out and scoring computes them from the frequencies until the story's next fold writes them.
 */
export function migrateSignature(stored: unknown): StorySignature {
  const s = isRecord(stored) ? stored : {};
  const rawTerms = isRecord(s.terms) ? s.terms : {};
  let terms = Object.entries(rawTerms).filter(
    (e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] > 0,
  );
  const termsCut = terms.length > TERM_LIMIT || terms.length < Object.keys(rawTerms).length;
  if (terms.length > TERM_LIMIT)
    terms = terms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_TERMS);

  const rawExemplars = Array.isArray(s.exemplars) ? s.exemplars : [];
  const valid = rawExemplars.map((ex) =>
    Array.isArray(ex) ? ex.filter((t): t is string => typeof t === 'string') : [],
  );
  const keep = valid
    .map((_, i) => i)
    .filter((i) => i < FIRST_EXEMPLARS || i >= valid.length - (MAX_EXEMPLARS - FIRST_EXEMPLARS));
  const exemplars = keep.map((i) => valid[i] ?? []).filter((ex) => ex.length > 0);

  const count = typeof s.count === 'number' && Number.isInteger(s.count) && s.count > 0 ? s.count : 1;
  const out: StorySignature = {
    terms: Object.fromEntries(terms),
    count,
    firstTime: finiteOrNull(s.firstTime),
    lastTime: finiteOrNull(s.lastTime),
    exemplars,
  };
  const norm = normPartsOrNull(s.norm);
  if (norm && !termsCut) out.norm = norm;
  if (Array.isArray(s.exemplarNorms) && exemplars.length === rawExemplars.length) {
    const parts = s.exemplarNorms.map(normPartsOrNull);
    if (parts.length === exemplars.length && parts.every((p) => p !== null)) out.exemplarNorms = parts as NormParts[];
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function finiteOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function normPartsOrNull(v: unknown): NormParts | null {
  if (!Array.isArray(v) || v.length !== 3 || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) return null;
  return [v[0], v[1], v[2]] as NormParts;
}
