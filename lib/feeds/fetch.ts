import { FeedError } from './parse';

/** The part of `fetch` the poller uses, injected so tests serve feeds without a network. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchResult =
  | { status: 'not-modified' }
  | { status: 'ok'; body: string; finalUrl: string; etag: string | null; lastModified: string | null };

export interface FetchLimits {
  /** Bytes read at most; a larger body is an error, not a truncated feed. */
  maxBytes: number;
  timeoutMs: number;
}

export const DEFAULT_LIMITS: FetchLimits = { maxBytes: 5 * 1024 * 1024, timeoutMs: 20_000 };

/**
 * One conditional GET of a feed, bounded in size and time. Redirects are followed by the browser (at most
 * 20) but must end on http(s). The body is decoded with the charset the server or the XML declaration names.
 */
export async function fetchFeed(
  fetchImpl: FetchLike,
  url: string,
  validators: Validators,
  limits: FetchLimits = DEFAULT_LIMITS,
): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const headers: Record<string, string> = {
      accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
    };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    let response: Response;
    try {
      response = await fetchImpl(url, {
        headers,
        redirect: 'follow',
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      if (controller.signal.aborted) throw new FeedError(`Timed out after ${limits.timeoutMs / 1000} s`);
      throw new FeedError(`Network error: ${error instanceof Error ? error.message : String(error)}`);
    }
    const finalUrl = response.url || url;
    if (!/^https?:/i.test(finalUrl)) throw new FeedError(`Redirected to a non-web address`);
    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok)
      throw new FeedError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const declared = Number(response.headers.get('content-length'));
    if (declared > limits.maxBytes) throw new FeedError(tooLarge(limits.maxBytes));
    const bytes = await readCapped(response, limits.maxBytes, controller);
    return {
      status: 'ok',
      body: decodeBody(bytes, response.headers.get('content-type')),
      finalUrl,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(max: number): string {
  return `Feed is larger than ${Math.round(max / 1024 / 1024)} MB`;
}

/** Read the body chunk by chunk, giving up (and cancelling the download) past `max` bytes. */
async function readCapped(response: Response, max: number, controller: AbortController): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => undefined);
        throw new FeedError(tooLarge(max));
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (controller.signal.aborted) throw new FeedError('Timed out while reading the feed');
    throw new FeedError(`Network error: ${error instanceof Error ? error.message : String(error)}`);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Text from bytes: a byte-order mark wins, then the HTTP charset, then the XML declaration's encoding, then
 * UTF-8. A label the browser does not know falls back to UTF-8 (replacement characters, not an error).
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const label = bomCharset(bytes) ?? headerCharset(contentType) ?? declaredCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

function bomCharset(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

function headerCharset(contentType: string | null): string | null {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

function declaredCharset(bytes: Uint8Array): string | null {
  // The declaration is ASCII in every encoding a feed uses: read the first bytes as Latin-1.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1] ?? null;
}
