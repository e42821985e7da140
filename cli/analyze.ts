import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { parseDocument } from './dom';
import { analyzePage } from '../lib/extract/analyze';
import type { AnalyzedArticle } from '../lib/types';

export type AnalyzeRecord = { file: string } & Omit<
  AnalyzedArticle,
  'signals' | 'citedSources' | 'analyzedAt' | 'section' | 'image' | 'wordCount'
> &
  Pick<AnalyzedArticle, 'signals' | 'citedSources' | 'section' | 'image' | 'wordCount'>;
export type AnalyzeError = { file: string; error: string };

/** Pages larger than this are refused rather than parsed: a saved page is a few MB at most. */
const MAX_BYTES = 50 * 1024 * 1024;

export async function readPage(file: string): Promise<string> {
  let bytes = await readFile(file);
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes, { maxOutputLength: MAX_BYTES });
  if (bytes.length > MAX_BYTES) throw new Error(`file is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  return decodeHtml(bytes);
}

/** Bytes to text, honouring a declared charset (many non-English outlets still serve windows-1252 or similar). */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset=["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label: fall through to UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** The page's own address when it states one, else the file's. */
function pageUrl(html: string, file: string): string {
  const m =
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html) ??
    /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']canonical["']/i.exec(html) ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html);
  if (m) {
    try {
      const u = new URL(m[1]!);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // Relative or broken: use the file.
    }
  }
  return pathToFileURL(resolve(file)).href;
}

export async function analyzeFile(file: string, url?: string, now = new Date()): Promise<AnalyzeRecord | AnalyzeError> {
  try {
    const html = await readPage(file);
    const pageAddress = url ?? pageUrl(html, file);
    const doc = parseDocument(html, pageAddress);
    const a = analyzePage(doc, pageAddress, { now });
    return {
      file,
      url: a.url,
      isArticle: a.isArticle,
      title: a.title,
      authors: a.authors,
      publisher: a.publisher,
      publishedTime: a.publishedTime,
      modifiedTime: a.modifiedTime,
      lang: a.lang,
      canonicalUrl: a.canonicalUrl,
      excerpt: a.excerpt,
      text: a.text,
      entities: a.entities,
      claims: a.claims,
      dates: a.dates,
      headlines: a.headlines,
      signals: a.signals,
      citedSources: a.citedSources,
      section: a.section,
      image: a.image,
      wordCount: a.wordCount,
    };
  } catch (error) {
    return { file, error: error instanceof Error ? error.message : String(error) };
  }
}
