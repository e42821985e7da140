import type { ClaimKind, Span } from '../../types';
import { contentStartAfterCue } from './complement';
import { blockAfter, contentBefore, contentFrom, quoteAt, type Attribution } from './content';
import { accordingTo } from './according';
import { distantSubject, opensWithAdverbial, sentenceSubject } from './clause-subject';
import { withRest } from './continuation';
import {
  AMBIGUOUS_S,
  isCueWord,
  isNaming,
  isNounUse,
  isObject,
  isProgressive,
  lowerHeadlineCues,
  nounContext,
  PARTICIPLE_LEADS,
} from './cue-use';
import { thatComplement } from './that-clause';
import { ATTITUDE_CUES, NP_BREAKERS, PARTICIPLE_CUES, STANCE_CUES } from './lexicon';
import type { QuoteSpan } from './quotes';
import { subjectAfter, subjectBefore, type Phrase } from './speaker';
import { isQuoteMark, isWord, tokenize, type Token } from './tokens';

export type { Attribution } from './content';

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

// Subjects that report findings rather than speak: "the poll found Clinton ahead".
const EVIDENCE =
  /^(stud(y|ies)|polls?|polling|averages?|surveys?|reports?|research|data|analys[ie]s|documents?|records?|transcripts?|figures|numbers|results|findings|evidence|videos?|footage|photos?|images?|slides?|charts?|maps?|reviews?|audits?|investigations?|inquiry|probe|memos?|estimates?|statistics|projections?|forecasts?|tall(y|ies)|census|filings?|tests?|experiments?|models?|assessments?|calculations?)$/;

/**
 * Whether a subject's head is a finding's source: its last word, or the word before its first preposition
 * ("A chart from the ministry shows …", "A 2014 study by Jane Doe found …").
 */
function evidenceSubject(tokens: readonly Token[], from: number, to: number): boolean {
  let end = to;
  for (let k = from + 1; k < to; k++)
    if (/^(of|by|from|in|on|at|for|with)$/.test(tokens[k]!.lower)) {
      end = k;
      break;
    }
  return EVIDENCE.test(tokens[end - 1]!.lower) || EVIDENCE.test(tokens[to - 1]!.lower);
}

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
    const bareOk = evidenceSubject(tokens, subject.from, subject.to);
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
