import type { TagSpan } from './tagger';
import type { Token } from './tokenize';

/**
 * Person-name evidence the tagger lacks. Given names: a span opening with one is a person ("Haider Al
 * Lami" read as ORG because "Al" opens many WikiANN organisation names). Propagation: once a full
 * name is found, later bare surnames are people too, even sentence-initial ones the tagger skipped.
 */
const GIVEN_NAMES = new Set(
  (
    'ahmed ahmad mohammed mohamed muhammad mohammad ali hassan hussein husain haider omar umar khalid abdul ' +
    'abdullah ibrahim youssef yousef yusuf mustafa mahmoud karim tariq faisal saad salman hamad nasser fatima ' +
    'aisha leila layla mariam maryam zainab amir reza javad hossein mehdi ayman walid samir sami rami nabil ' +
    'john james robert michael william david richard joseph thomas charles daniel matthew mark paul steven ' +
    'andrew kevin brian george edward peter donald joe kamala hillary nancy mary patricia jennifer linda ' +
    'elizabeth susan sarah jessica karen emily anna maria olga natalia sergei sergey vladimir dmitry alexei ' +
    'ivan igor oleksandr volodymyr yulia jean pierre emmanuel marine francois nicolas angela olaf friedrich ' +
    'hans klaus ursula giorgia matteo pedro carlos juan luis jose javier miguel sofia lucia xi li wang zhang ' +
    'kim park lee narendra rahul amit priya raj imran nawaz benjamin yair isaac moshe recep ahmet mehmet ' +
    'cyril jacob nelson william bola goodluck muhammadu paul uhuru raila abiy'
  ).split(' '),
);
const ORG_WORDS =
  /^(?:movement|party|group|council|ministry|bank|company|corporation|inc|ltd|university|front|brigades?|forces|army|agency|authority|association|foundation|institute|committee|league|union|airlines?|news|times|post)$/i;

export function retypeByGivenName(span: TagSpan, tokens: readonly Token[]): TagSpan {
  if (span.type === 'PER' || span.to - span.from < 2 || span.to - span.from > 4) return span;
  const words = tokens.slice(span.from, span.to).map((t) => t.text);
  if (!GIVEN_NAMES.has(words[0]!.toLowerCase()) || words.some((w) => ORG_WORDS.test(w))) return span;
  return { ...span, type: 'PER' };
}

/** Add later occurrences of known people's surnames ("Biden", "Al Lami") that the tagger missed. */
export function propagateNames(spans: readonly TagSpan[], tokens: readonly Token[]): TagSpan[] {
  const suffixes = new Map<string, number>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.to - s.from < 2) continue;
    for (let k = s.from + 1; k < s.to; k++) {
      if (/^\p{Lu}/u.test(tokens[k]!.text))
        suffixes.set(
          tokens
            .slice(k, s.to)
            .map((t) => t.text)
            .join(' '),
          s.to - k,
        );
    }
  }
  if (suffixes.size === 0) return [...spans];
  const covered = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, n) => covered.fill(n, s.from, s.to));
  const removed = new Set<number>();
  const added: TagSpan[] = [];
  const firstWords = new Set([...suffixes.keys()].map((k) => k.split(' ')[0]!));
  for (let i = 0; i < tokens.length; i++) {
    if (!firstWords.has(tokens[i]!.text)) continue;
    for (const [suffix, len] of suffixes) {
      if (i + len > tokens.length) continue;
      if (
        tokens
          .slice(i, i + len)
          .map((t) => t.text)
          .join(' ') !== suffix
      )
        continue;
      // Only over nothing, or over spans that lie wholly inside the match ("Lami" → "Al Lami").
      const inside = new Set<number>();
      let ok = true;
      for (let k = i; k < i + len; k++) {
        const n = covered[k]!;
        if (n < 0) continue;
        if (
          spans[n]!.from < i ||
          spans[n]!.to > i + len ||
          (spans[n]!.type === 'PER' && spans[n]!.to - spans[n]!.from === len)
        )
          ok = false;
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
