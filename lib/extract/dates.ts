import type { DateMention, Span } from '../types';
import { dayOfValue } from './dates/range';
import { recognise } from './dates/pipeline';
import { sentenceAt, splitSentences } from './sentences';
import type { TimexType } from './dates/types';

/**
 * Date and time expressions in news text, normalised TimeML-style (TIMEX3 values) against the
 * publication day. Rules live in `dates/`; see `dates/pipeline.ts` for the order they run in.
 */
export interface TimexMention {
  start: number;
  end: number;
  text: string;
  value: string;
  type: TimexType;
}

/** Every date/time expression in `text`, normalised TimeML-style against the publication date `reference` (ISO day or Date; null = unknown, then only absolute dates resolve). */
export function findTimexes(text: string, reference: Date | string | null): TimexMention[] {
  return recognise(text, reference).map(({ start, end, value, type }) => ({
    start,
    end,
    text: text.slice(start, end),
    value,
    type,
  }));
}

/** Values that put an event on the calendar: a day, week, month, quarter, half, season, year, decade or century. */
const PLACES_EVENT = /^\d{2,4}(?:$|-)/;

/** Product-facing: DATE mentions that place an event (values with a day, month, week, quarter, season or year), each with the sentence it dates (`DateMention` in lib/types.ts), sorted by offset. `sentences`: as for `recognise`. */
export function extractDates(
  text: string,
  reference: Date | string | null,
  sentences: readonly Span[] = splitSentences(text),
): DateMention[] {
  const out: DateMention[] = [];
  for (const m of recognise(text, reference, sentences)) {
    if (m.type !== 'DATE' || !PLACES_EVENT.test(m.value) || m.value.includes('X')) continue;
    const span = sentenceAt(sentences, m.start) ?? { start: m.start, end: m.end };
    out.push({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      value: m.value,
      day: dayOfValue(m.value, m.mod),
      sentence: { ...span, text: text.slice(span.start, span.end) },
    });
  }
  return out;
}
