import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { parseDocument, setDocumentUrl } from './dom';
import { webHref } from '../lib/url';
import { analyzePage } from '../lib/extract/analyze';
import type { AnalyzedArticle } from '../lib/types';

/** The analysis of one file; `analyzedAt` is left out so that the same page always gives the same output. */
export type AnalyzeRecord = { file: string } & Omit<AnalyzedArticle, 'analyzedAt'>;
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

/** The page's own address when it states an absolute one, else null (the file's address is used). */
function statedUrl(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return webHref(canonical) ?? webHref(og);
}

export async function analyzeFile(file: string, url?: string, now = new Date()): Promise<AnalyzeRecord | AnalyzeError> {
  try {
    const html = await readPage(file);
    const doc = parseDocument(html, pathToFileURL(resolve(file)).href);
    const pageAddress = url ?? statedUrl(doc);
    if (pageAddress) setDocumentUrl(doc, pageAddress);
    const { analyzedAt: _analyzedAt, ...analysis } = analyzePage(doc, doc.URL, { now });
    return { file, ...analysis };
  } catch (error) {
    return { file, error: error instanceof Error ? error.message : String(error) };
  }
}
