import { corpusDir } from './corpus';
/**
 * Scores `extractClaims` against PolNeAR brat attributions (quote + reported claims only).
 *
 * Project scoring: a predicted content matches a gold Content when character IoU ≥ 0.5 (a discontinuous
 * gold span counts as the union of its fragments); one-to-one matching, best IoU first. "Speaker right" is
 * the share of matched pairs, among those whose gold attribution names a Source, where the predicted speaker
 * span overlaps that Source. Articles annotated by several people are scored against the first annotator
 * only (sorted file name), so that two articles do not weigh six times as much; the pooled figure over every
 * annotation file is printed as well, and speaker-right with pronoun resolution off (the corpus marks
 * "he" itself as the Source, so resolving "he" to an earlier "Jane Doe" counts as a miss here).
 *
 * Run: npx tsx scripts/eval/claims.ts [corpusDir]
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractClaims } from '../../lib/extract/claims';
import type { Span } from '../../lib/types';

const DEFAULT_DIR = join(corpusDir(), 'polnear-dev');
const IOU_THRESHOLD = 0.5;

interface GoldAttribution {
  content: Span[];
  source: Span[] | null;
  cue: Span[] | null;
}

interface Counts {
  predicted: number;
  gold: number;
  matched: number;
  speakerChecked: number;
  speakerRight: number;
}

/** Parse one brat .ann file into attributions that have a Content span. */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const firstSpace = body.indexOf(' ');
      const frags = body
        .slice(firstSpace + 1)
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number))
        .filter((p): p is [number, number] => p.length === 2 && p.every(Number.isFinite))
        .map(([start, end]) => ({ start, end }));
      spans.set(id, frags);
    } else if (id.startsWith('E')) {
      const roles: Record<string, string> = {};
      for (const part of body.split(/\s+/)) {
        const [role, ref] = part.split(':');
        if (role && ref) roles[role] = ref;
      }
      events.push(roles);
    }
  }
  const out: GoldAttribution[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    const content = e.Content ? spans.get(e.Content) : undefined;
    if (!content || content.length === 0) continue;
    // Several attributions may share one content; it is one thing to find.
    const key = content.map((s) => `${s.start}-${s.end}`).join(';');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ content, source: (e.Source && spans.get(e.Source)) || null, cue: (e.Cue && spans.get(e.Cue)) || null });
  }
  return out;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** IoU of a contiguous prediction against a (possibly discontinuous, non-overlapping) gold span set. */
export function iou(pred: Span, gold: readonly Span[]): number {
  const goldLen = gold.reduce((n, g) => n + (g.end - g.start), 0);
  const inter = gold.reduce((n, g) => n + overlap(pred, g), 0);
  const union = pred.end - pred.start + goldLen - inter;
  return union > 0 ? inter / union : 0;
}

function scoreDocument(text: string, gold: GoldAttribution[], counts: Counts, resolvePronouns = true): void {
  const claims = extractClaims(text, { resolvePronouns }).claims.filter((c) => c.kind !== 'numeric');
  counts.predicted += claims.length;
  counts.gold += gold.length;
  const pairs: { p: number; g: number; score: number }[] = [];
  claims.forEach((c, p) =>
    gold.forEach((g, gi) => {
      const score = iou(c.content, g.content);
      if (score >= IOU_THRESHOLD) pairs.push({ p, g: gi, score });
    }),
  );
  pairs.sort((a, b) => b.score - a.score);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const { p, g, score: _ } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    counts.matched++;
    const source = gold[g]!.source;
    if (!source) continue;
    counts.speakerChecked++;
    const speaker = claims[p]!.speaker;
    if (speaker && source.some((s) => overlap(speaker, s) > 0)) counts.speakerRight++;
  }
}

function figures(prefix: string, c: Counts): Record<string, number> {
  const precision = c.predicted ? c.matched / c.predicted : 0;
  const recall = c.gold ? c.matched / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    [`${prefix}content_precision`]: precision,
    [`${prefix}content_recall`]: recall,
    [`${prefix}content_f1`]: f1,
    [`${prefix}speaker_right`]: c.speakerChecked ? c.speakerRight / c.speakerChecked : 0,
  };
}

const emptyCounts = (): Counts => ({ predicted: 0, gold: 0, matched: 0, speakerChecked: 0, speakerRight: 0 });

export async function evalClaims(corpusDir: string): Promise<Record<string, number>> {
  const annDir = join(corpusDir, 'attributions');
  const files = (await readdir(annDir)).filter((f) => f.endsWith('.ann')).sort();
  const first = emptyCounts();
  const pooled = emptyCounts();
  const unresolved = emptyCounts();
  const seenArticles = new Set<string>();
  for (const file of files) {
    const article = file.replace(/_[^_]*\.ann$/, '');
    const textPath = join(corpusDir, 'text', `${article}.txt`);
    if (!existsSync(textPath)) continue;
    const [text, ann] = await Promise.all([readFile(textPath, 'utf8'), readFile(join(annDir, file), 'utf8')]);
    const gold = parseBrat(ann);
    scoreDocument(text, gold, pooled);
    if (seenArticles.has(article)) continue;
    seenArticles.add(article);
    scoreDocument(text, gold, first);
    scoreDocument(text, gold, unresolved, false);
  }
  return {
    ...figures('claims.', first),
    'claims.speaker_right_unresolved': figures('', unresolved).speaker_right!,
    ...figures('claims.pooled_', pooled),
    'claims.articles': seenArticles.size,
    'claims.gold': first.gold,
    'claims.predicted': first.predicted,
  };
}

const TARGETS: Record<string, number> = { 'claims.content_f1': 0.65, 'claims.speaker_right': 0.75 };

async function main(): Promise<void> {
  const dir = process.argv[2] ?? DEFAULT_DIR;
  if (!existsSync(join(dir, 'attributions'))) {
    console.log(`claims: skipped, no corpus at ${dir}`);
    return;
  }
  const result = await evalClaims(dir);
  for (const [name, value] of Object.entries(result)) {
    const target = TARGETS[name];
    const shown = Number.isInteger(value) ? String(value) : value.toFixed(3);
    console.log(target === undefined ? `${name} ${shown}` : `${name} ${shown} (target ≥ ${target})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
