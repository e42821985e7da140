import { detectArticle } from './detect';
import { extractMetadata } from './metadata';
import { readJsonLd } from './jsonld';
import { readMainContent } from './readable';
import { harvestHeadlines } from './headlines';
import { extractEntities } from './entities';
import { extractClaims } from './claims';
import { extractDates } from './dates';
import { splitSentences } from './sentences';
import type { AnalyzedArticle } from '../types';

export interface AnalyzeOptions {
  /** Analysis time, for "21:09"-style headline times. */
  now?: Date;
  /** Characters of main text analysed at most; beyond it a page is a book, not a news story. */
  maxTextChars?: number;
}

/** Everything Backstory knows about one page: the content script and the CLI both call this. */
export function analyzePage(doc: Document, url: string, options: AnalyzeOptions = {}): AnalyzedArticle {
  const now = options.now ?? new Date();
  const jsonLd = readJsonLd(doc);
  const detection = detectArticle(doc, url, jsonLd);
  const readable = readMainContent(doc);
  const meta = extractMetadata(doc, url, readable ?? {}, jsonLd);
  const text = (readable?.text ?? '').slice(0, options.maxTextChars ?? 200_000);
  const reference = meta.publishedTime ?? now.toISOString();
  // Claims and dates both read sentence spans: split once.
  const sentences = splitSentences(text);
  const { claims, citedSources } = extractClaims(text, { sentences });
  return {
    url,
    isArticle: detection.isArticle,
    signals: detection.signals,
    ...meta,
    text,
    wordCount: countWords(text),
    entities: extractEntities(text),
    claims,
    citedSources: citedElsewhere(citedSources, meta.publisher),
    dates: extractDates(text, reference.slice(0, 10), sentences),
    headlines: harvestHeadlines(doc, url, readable?.links ?? [], now),
    analyzedAt: now.toISOString(),
  };
}

/**
 * Outlets the article cites, without the publisher itself: "he told the Tigris Times" in the Tigris Times is
 * the outlet's own reporting, not a source it relies on.
 */
export function citedElsewhere<T extends { name: string }>(sources: T[], publisher: string | null): T[] {
  const own = publisher ? outletKey(publisher) : '';
  return own ? sources.filter((s) => outletKey(s.name) !== own) : sources;
}

const outletKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
