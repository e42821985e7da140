import type { ClaimKind, Span } from '../../types';
import { contentStartAfterCue } from './complement';
import { blockAfter, contentBefore, contentFrom, quoteAt, trimEnd, type Attribution } from './content';

export type { Attribution } from './content';
import { thatComplement } from './that-clause';
import { ATTITUDE_CUES, BARE_CUES, DETERMINERS, NP_BREAKERS, PARTICIPLE_CUES, STANCE_CUES } from './lexicon';
import type { QuoteSpan } from './quotes';
import { skipAuxLeft, subjectAfter, subjectBefore, type Phrase } from './speaker';
import { isCapitalized, isQuoteMark, isWord, tokenize, type Token } from './tokens';

const kindOf = (text: string, quotes: readonly QuoteSpan[], content: Span): ClaimKind => {
  const q = quoteAt(quotes, content.start);
  return q && q.start === content.start && q.end >= content.end - 2 ? 'quote' : 'reported';
};

// Words that make what follows a cue a clause (content), not an attribution tail.
const CLAUSE_WORDS = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'it',
  'there',
  'would',
  'will',
  'is',
  'was',
  'were',
  'are',
  'has',
  'had',
  'have',
  'can',
  'could',
  'should',
  'must',
  'not',
]);

/**
 * Is everything after `from` an attribution tail ("said on Tuesday", "said Smith, the spokesman")? Returns
 * where the tail stops (a comma or the sentence end), or -1. After a closing quotation the tail may be
 * long ("…,” she said at a briefing announcing that …"): the quote is the content, whatever follows.
 */
function tailIsShort(tokens: readonly Token[], from: number, afterQuote = false): number {
  if (afterQuote) {
    const comma = tokens.findIndex((t, k) => k >= from && t.text === ',');
    return comma >= 0 ? comma : tokens.length;
  }
  let i = from;
  while (i < tokens.length && i - from < 14) {
    const t = tokens[i]!;
    if (t.text === ',' || t.text === ';' || t.text === '—') return i;
    if (t.lower === 'that' || t.text === ':' || isQuoteMark(t) || CLAUSE_WORDS.has(t.lower)) return -1;
    i++;
  }
  return i >= tokens.length ? i : -1;
}

/** Does a quotation close at token `k` (the mark itself, or a comma right after it)? */
function closesQuote(quotes: readonly QuoteSpan[], tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const mark = t?.text === ',' ? tokens[k - 1] : t;
  if (!mark || !isQuoteMark(mark)) return false;
  const q = quoteAt(quotes, mark.start);
  return q !== undefined && q.end === mark.end && q.closed && q.end - q.start > 2;
}

function fromPhrase(p: Phrase | null): Span | null {
  return p ? { start: p.start, end: p.end } : null;
}

/** "according to X, …", "…, according to X" */
function accordingTo(
  text: string,
  quotes: readonly QuoteSpan[],
  tokens: Token[],
  i: number,
  sentence: Span,
): Attribution | null {
  const cue = { start: tokens[i]!.start, end: tokens[i + 1]!.end };
  const before = tokens.slice(0, i).filter(isWord).length;
  const comma = tokens.findIndex((x, k) => k > i + 1 && x.text === ',');
  // Sentence-initial: the source is everything up to the comma ("According to a new report by Politico,").
  const speaker =
    before <= 1 && comma > i + 2 && comma - i < 18
      ? { from: i + 2, to: comma, start: tokens[i + 2]!.start, end: tokens[comma - 1]!.end }
      : subjectAfter(tokens, i + 1, 10);
  if (!speaker) return null;
  if (before <= 1) {
    const comma = tokens[speaker.to];
    if (comma?.text !== ',' || !tokens[speaker.to + 1]) return null;
    const content = contentFrom(text, quotes, tokens[speaker.to + 1]!.start, sentence);
    return { kind: 'reported', content, speaker, cue, sentence };
  }
  const content = contentBefore(text, quotes, tokens[i]!, sentence);
  if (!content) return null;
  // "A, according to X, B": the content is both halves.
  const rest =
    tokens[speaker.to]?.text === ',' && tokens[speaker.to + 2]
      ? trimEnd(text, content.start, sentence.end)
      : content.end;
  return {
    kind: 'reported',
    content: { start: content.start, end: Math.max(content.end, rest) },
    speaker,
    cue,
    sentence,
  };
}

/** The subject at the start of a sentence, after a fronted adverbial ("On Tuesday, the mayor …"). */
function sentenceSubject(tokens: readonly Token[], limit: number): Phrase | null {
  let from = 0;
  while (from < limit && (LEADING_CONNECTIVES.has(tokens[from]!.lower) || isQuoteMark(tokens[from]))) from++;
  if (from > 0 && tokens[from]?.text === ',') from++;
  const comma = tokens.findIndex((x, k) => k >= from && k < from + 6 && x.text === ',');
  if (opensWithAdverbial(tokens)) {
    // "Though she called …" with no comma in sight: the subject is inside the fronted clause.
    if (comma < 0 || comma >= limit) return null;
    from = comma + 1;
  }
  let to = from;
  while (to < limit && to - from < 8) {
    const x = tokens[to]!;
    if (x.text === '.' && to > from) {
      to++;
      continue;
    }
    const afterDeterminer =
      DETERMINERS.has(tokens[from]!.lower) && to - from <= 3 && !NP_BREAKERS.has(x.lower) && !/(ed|s)$/.test(x.lower);
    if (
      !isWord(x) ||
      (!/^\p{Lu}/u.test(x.text) &&
        !/^(the|a|an|of)$/.test(x.lower) &&
        !/['’]s$/.test(tokens[to - 1]?.text ?? '') &&
        tokens[to - 1]?.lower !== 'of' &&
        !afterDeterminer)
    )
      break;
    to++;
  }
  if (to === from || (!/^\p{Lu}/u.test(tokens[to - 1]!.text) && !/\p{Ll}/u.test(tokens[to - 1]!.text))) return null;
  return { from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

/**
 * The subject of a cue that has none next to it: "Cruz booed the plan and said …", "Jane Doe, 59, of
 * Springfield, who watched from the lawn, said …". It is the sentence's own subject, when one opens it.
 */
function distantSubject(tokens: readonly Token[], cue: number): Phrase | null {
  const j = skipAuxLeft(tokens, cue);
  const joint = tokens[j];
  if (!joint || !/^(and|but|,|—|--|–)$/.test(joint.lower)) return null;
  const s = sentenceSubject(tokens, j);
  if (!s || s.to >= j) return null;
  // After a comma or dash the subject must open an appositive ("Jane Doe, 59, …, said"), else the comma
  // may end a quotation or a clause ("…, said Jane Doe").
  return joint.lower === 'and' || joint.lower === 'but' || tokens[s.to]?.text === joint.text ? s : null;
}

// Words that open a sentence before its subject: "But the mayor said …", "However, officials …".
const LEADING_CONNECTIVES = new Set([
  'and',
  'but',
  'so',
  'yet',
  'however',
  'still',
  'even',
  'also',
  'meanwhile',
  'now',
]);

// Subjects that report findings rather than speak: "the poll found Clinton ahead".
const EVIDENCE =
  /^(stud(y|ies)|polls?|surveys?|reports?|research|data|analys[ie]s|documents?|records?|transcripts?|figures|numbers|results|findings|evidence|videos?|footage|review|audit|investigation|memo)$/;

/** Where the object of a stance verb starts: "called for a ban" → "a ban"; -1 for "called off". */
function stanceObject(tokens: readonly Token[], cue: number): number {
  let i = cue + 1;
  if (/^(for|on|upon)$/.test(tokens[i]?.lower ?? '')) i++;
  const t = tokens[i];
  if (!t || !isWord(t) || /^(off|up|out|back|in|by|at|into)$/.test(t.lower)) return -1;
  // "plans to veto": the infinitive is the content; "called to" (summoned) is not.
  if (
    t.lower === 'to' &&
    !ATTITUDE_CUES.has(tokens[cue]!.lower) &&
    !/^(promising|vowing|pledging|threatening)$/.test(tokens[cue]!.lower)
  )
    return -1;
  return i;
}

// Third-person forms that are as often plural nouns: "many of their calls", "unveil plans".
const AMBIGUOUS_S = new Set([
  'calls',
  'attacks',
  'claims',
  'plans',
  'shows',
  'offers',
  'reports',
  'notes',
  'charges',
  'demands',
  'backs',
  'states',
  'wants',
  'hopes',
  'fears',
  'finds',
  'supports',
  'promises',
  'pledges',
  'vows',
  'warns',
  'urges',
  'cites',
  'blames',
  'praises',
  'tweets',
  'estimates',
  'suggests',
  'questions',
]);

/**
 * Does the phrase before a cue-like word make it a noun? "his early-morning tweets", "no immediate plans",
 * "an hourlong show": a possessive or quantifier opens a noun phrase that the word ends, and a bare
 * verb form cannot agree with a subject that opens with "a"/"an".
 */
function isNounUse(tokens: readonly Token[], subject: Phrase, cue: number): boolean {
  const word = tokens[cue]!.lower;
  const first = tokens[subject.from]!.lower;
  if (subject.to !== cue) return false;
  if (AMBIGUOUS_S.has(word) && /^(his|her|its|their|our|my|your|no|some|several|few|these|those)$/.test(first))
    return true;
  // "a New York Times report that …" is still an attribution, by a noun.
  const after = tokens[cue + 2]?.lower ?? '';
  if (
    tokens[cue + 1]?.lower === 'that' &&
    !/^(is|was|were|are|has|have|had|will|would|can|could|[a-z]+ed)$/.test(after)
  )
    return false;
  return /^(a|an)$/.test(first) && !/(s|ed)$/.test(word) && !IRREGULAR_PAST.has(word);
}

/** "a stream called Miracle Run", "the group, called Save Our Parks, …": naming, not a statement. */
function isNaming(tokens: readonly Token[], cue: number): boolean {
  if (!/^(called|named|dubbed)$/.test(tokens[cue]!.lower) || !isCapitalized(tokens[cue + 1])) return false;
  const prev = tokens[cue - 1];
  if (prev?.text === ',') return true;
  // An indefinite noun phrase right before: "a … stream called X".
  for (let k = cue - 1; k >= 0 && cue - k <= 4; k--) {
    const t = tokens[k]!;
    if (/^(a|an)$/.test(t.lower)) return true;
    if (!isWord(t) || isCapitalized(t)) return false;
  }
  return false;
}

const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'thought', 'knew', 'found', 'sought', 'shown']);

/** A word before which a cue-like word is a noun: a determiner or a verb that takes plans/calls as object. */
const nounContext = (t: Token | undefined): boolean =>
  !!t &&
  (DETERMINERS.has(t.lower) ||
    /^(made|make|makes|making|unveil|unveiled|announce|announced|new|medical|such|these|those|of|for|with|about|to|and|or)$/.test(
      t.lower,
    ));

// Words before a participle cue that make it an attribution: "…, saying", "by accusing", "while insisting".
const PARTICIPLE_LEADS = new Set([
  'by',
  'and',
  'while',
  'after',
  'before',
  'for',
  'from',
  'without',
  'when',
  '—',
  '–',
  'also',
  'even',
]);

/** "is calling", "has been saying", "’s claiming": a finite verb whose subject precedes the auxiliary. */
function isProgressive(tokens: readonly Token[], cue: number): boolean {
  let j = cue - 1;
  while (j >= 0 && (/ly$/.test(tokens[j]!.lower) || /^(also|now|again|still|not|once|even)$/.test(tokens[j]!.lower)))
    j--;
  return /^(is|are|was|were|been|be|am)$|^(he|she|it|they|we|who|that)['’](s|re)$/.test(tokens[j]?.lower ?? '');
}

/** Is the content an object ("criticized the plan") rather than a clause ("said that …", "said it would")? */
const isObject = (tokens: readonly Token[], cue: number, start: number): boolean =>
  !/^(say|says|said|tell|tells|told|add|adds|added|write|writes|wrote)$/.test(tokens[cue]!.lower) &&
  !/^(that|he|she|they|we|i|it)$/.test(tokens[start]?.lower ?? '') &&
  !isQuoteMark(tokens[start]);

const isCueWord = (w: string): boolean => BARE_CUES.has(w) || STANCE_CUES.has(w) || ATTITUDE_CUES.has(w);

/** In a title-case headline ("Obama Says Museum Will Open", "…, Senator Says") cue words are capitalized. */
function lowerHeadlineCues(tokens: Token[]): Token[] {
  const words = tokens.filter((t) => isWord(t) && t.text.length > 3);
  if (words.length < 4 || words.filter((t) => isCapitalized(t)).length < 0.8 * words.length) return tokens;
  return tokens.map((t, k) => (k > 0 && isCueWord(t.lower) && isCapitalized(t) ? { ...t, text: t.lower } : t));
}

/** Attributions of one sentence, from its cue words. */
export function sentenceAttributions(text: string, sentence: Span, quotes: readonly QuoteSpan[]): Attribution[] {
  const tokens = lowerHeadlineCues(tokenize(text, sentence.start, sentence.end));
  const out: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const inQuote = quoteAt(quotes, t.start);
    if (inQuote && inQuote.end - inQuote.start > 2) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const a = accordingTo(text, quotes, tokens, i, sentence);
      if (a) out.push(a);
      continue;
    }
    if (t.lower === 'that' && i >= 2) {
      const a = thatComplement(text, quotes, tokens, i, sentence);
      if (a) out.push(a);
      continue;
    }
    if (!isCueWord(t.text) && !PARTICIPLE_CUES.has(t.text)) continue;
    // A noun after a possessive: "Editor's note", "Trump's claims" (but "she’s claiming" is a verb).
    if (/['’]s$/.test(tokens[i - 1]?.text ?? '') && !isProgressive(tokens, i)) continue;
    if (AMBIGUOUS_S.has(t.text) && nounContext(tokens[i - 1])) continue; // "many of their calls"
    const cue = { start: t.start, end: t.end };
    const prev = tokens[i - 1];
    const subject = subjectBefore(tokens, i) ?? distantSubject(tokens, i);
    if (subject && isNounUse(tokens, subject, i)) continue;
    if (isNaming(tokens, i)) continue;
    // A sentence-initial subject ("Phil Smith, a spokesman, said the …") can only be preposed.
    const initial =
      subject !== null && tokens.slice(0, subject.from).filter(isWord).length <= 1 && !isQuoteMark(tokens[0]);
    if (PARTICIPLE_CUES.has(t.lower) && !isProgressive(tokens, i)) {
      if (!prev || !(prev.text === ',' || PARTICIPLE_LEADS.has(prev.lower))) continue;
      // "Trump hit back, saying (that) …", "…, calling for a ban": the object or clause is the content.
      let startTok = contentStartAfterCue(tokens, i);
      if (startTok < 0) startTok = stanceObject(tokens, i);
      if (startTok < 0) continue;
      // "…,” she said, adding that …": the speaker just named; otherwise the main clause's subject.
      const main = out.findLast((a) => a.speaker !== null)?.speaker ?? sentenceSubject(tokens, i);
      const content = contentFrom(text, quotes, tokens[startTok]!.start, sentence, isObject(tokens, i, startTok));
      if (content.end - content.start >= 8)
        out.push({ kind: kindOf(text, quotes, content), content, speaker: main, cue, sentence });
      continue;
    }
    // Inverted tail: "…,” said Jane Doe." / "…, says the report."
    if (!initial && prev && (prev.text === ',' || isQuoteMark(prev)) && i >= 2) {
      const speaker = subjectAfter(tokens, i);
      const stop = speaker ? tailIsShort(tokens, speaker.to, closesQuote(quotes, tokens, i - 1)) : -1;
      const content =
        speaker && stop >= 0 ? contentBefore(text, quotes, prev.text === ',' ? prev : tokens[i - 2]!, sentence) : null;
      if (speaker && content) {
        out.push(
          withRest(
            text,
            quotes,
            tokens,
            stop,
            { kind: kindOf(text, quotes, content), content, speaker, cue, sentence },
            true,
          ),
        );
        continue;
      }
    }
    if (!subject) continue;
    // Postposed: "…, officials said on Tuesday." — a comma (or closing quote) right before the subject.
    const lead = tokens[subject.from - 1];
    const tailStop = tailIsShort(tokens, i + 1, closesQuote(quotes, tokens, subject.from - 1));
    const fronted = opensWithAdverbial(tokens);
    if (
      !initial &&
      lead &&
      (lead.text === ',' || isQuoteMark(lead) || lead.text === '—') &&
      tailStop >= 0 &&
      subject.from >= 3
    ) {
      const after = tokens[tailStop + 1];
      const opensQuote = after !== undefined && quoteAt(quotes, after.start)?.start === after.start;
      // "Asked about the plan, the mayor said, “…”": a head that is not a quotation is an adverbial.
      const adverbialHead =
        opensWithAdverbial(tokens) || (opensQuote && !closesQuote(quotes, tokens, subject.from - 1));
      if (lead.text === ',' && tokens[tailStop]?.text === ',' && after && adverbialHead) {
        // "During his years in office, Mr. Obama said, he …": the head is an adverbial, the content follows.
        const content = contentFrom(text, quotes, after.start, sentence);
        out.push({ kind: kindOf(text, quotes, content), content, speaker: fromPhrase(subject), cue, sentence });
        continue;
      }
      const content = fronted && lead.text === ',' ? null : contentBefore(text, quotes, lead, sentence);
      if (content && !NP_BREAKERS.has(tokens[subject.to - 1]!.lower)) {
        out.push(
          withRest(text, quotes, tokens, tailStop, {
            kind: kindOf(text, quotes, content),
            content,
            speaker: fromPhrase(subject),
            cue,
            sentence,
          }),
        );
        continue;
      }
    }
    // Preposed: "X said (on Tuesday) (that) …".
    const bareOk = EVIDENCE.test(tokens[subject.to - 1]!.lower);
    let startTok = contentStartAfterCue(tokens, i, { bareOk });
    if (startTok < 0 && (STANCE_CUES.has(t.text) || ATTITUDE_CUES.has(t.text) || PARTICIPLE_CUES.has(t.text)))
      startTok = stanceObject(tokens, i);
    if (startTok < 0) {
      // "He said:" closing a paragraph: the statement is the block that follows.
      const block =
        tokens.at(-1)?.text === ':' && tokens.length - i <= 8 ? blockAfter(text, quotes, sentence.end) : null;
      if (block)
        out.push({ kind: kindOf(text, quotes, block), content: block, speaker: fromPhrase(subject), cue, sentence });
      continue;
    }
    const content = contentFrom(text, quotes, tokens[startTok]!.start, sentence, isObject(tokens, i, startTok));
    if (content.end - content.start < 8) continue;
    out.push({ kind: kindOf(text, quotes, content), content, speaker: fromPhrase(subject), cue, sentence });
  }
  return out;
}

const FRONTED = new Set([
  'when',
  'because',
  'unless',
  'like',
  'earlier',
  'later',
  'then',
  'during',
  'for',
  'in',
  'on',
  'at',
  'after',
  'when',
  'while',
  'since',
  'before',
  'although',
  'though',
  'if',
  'as',
  'too',
  'back',
  'over',
  'from',
  'with',
  'without',
  'until',
  'once',
  'by',
]);

/** Does the sentence open with a fronted adverbial ("But during the campaign, …")? */
const opensWithAdverbial = (tokens: readonly Token[]): boolean => {
  const first = tokens.find((x) => isWord(x) && !/^(and|but|so|yet)$/i.test(x.text));
  return first !== undefined && (FRONTED.has(first.lower) || /^\p{Lu}\p{Ll}+ing$/u.test(first.text));
};

// After "…, he said," these start an adjunct of the saying, not the rest of the content.
const NOT_CONTINUATION = new Set([
  'as',
  'while',
  'before',
  'after',
  'when',
  'in',
  'on',
  'at',
  'with',
  'without',
  'of',
  'to',
  'then',
  'though',
  'although',
]);

const APPOSITIVE_START = new Set(['a', 'an', 'the', 'who', 'whose', 'which', 'one', 'its', 'his', 'her', 'their']);

/**
 * "“A,” he said, “B.”" and "A, he said, B.": the content continues after the tail, so it spans both
 * halves. After an inverted tail ("said Smith, a professor …") what follows is the speaker's appositive.
 */
function withRest(
  text: string,
  quotes: readonly QuoteSpan[],
  tokens: Token[],
  stop: number,
  a: Attribution,
  inverted = false,
): Attribution {
  const comma = tokens[stop];
  const next = tokens[stop + 1];
  if (!comma || comma.text !== ',' || !next) return a;
  let q = quoteAt(quotes, next.start);
  let opensQuote = q !== undefined && q.start === next.start;
  if (!opensQuote && a.kind === 'quote') {
    // "“A,” he said during a rally in Ohio, “but B.”": the quotation resumes after a short adjunct.
    q = resumedQuote(quotes, tokens, stop + 1, a.sentence);
    opensQuote = q !== undefined;
  }
  const clause =
    !inverted &&
    a.kind !== 'quote' &&
    isWord(next) &&
    !APPOSITIVE_START.has(next.lower) &&
    !NOT_CONTINUATION.has(next.lower) &&
    !/^\p{Lu}|ing$/u.test(next.text);
  if (!opensQuote && !clause) return a;
  const end = opensQuote && q ? q.end : a.sentence.end;
  return {
    ...a,
    content: { start: a.content.start, end: trimEnd(text, a.content.start, Math.max(end, a.content.end)) },
  };
}

/** A quotation opening within a few words after `from` in the same sentence, with no other cue between. */
function resumedQuote(
  quotes: readonly QuoteSpan[],
  tokens: Token[],
  from: number,
  sentence: Span,
): QuoteSpan | undefined {
  for (let k = from; k < tokens.length && k - from <= 15; k++) {
    const t = tokens[k]!;
    if (isCueWord(t.lower) || PARTICIPLE_CUES.has(t.lower)) return undefined;
    const q = quoteAt(quotes, t.start);
    if (q && q.start === t.start && q.end <= sentence.end + 1 && q.end - q.start > 2) return q;
  }
  return undefined;
}

const PASSIVE =
  /\b[Ii]t (?:is|was|has been|had been) (?:reported|alleged|claimed|said|announced|confirmed|understood|believed|rumou?red|expected|thought) (?=that\b)/g;

/** "it was reported that …": an attribution with no speaker. */
export function passiveAttributions(text: string, sentence: Span, quotes: readonly QuoteSpan[]): Attribution[] {
  const out: Attribution[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(PASSIVE)) {
    const cueStart = sentence.start + m.index + m[0].indexOf(' ', 3) + 1;
    const cue = { start: cueStart, end: sentence.start + m.index + m[0].length - 1 };
    const content = contentFrom(text, quotes, sentence.start + m.index + m[0].length, sentence);
    out.push({ kind: 'reported', content, speaker: null, cue, sentence });
  }
  return out;
}
