import { Refusal } from './refusal';

/**
 * Fetching exactly the page an editor names, and nothing else: http or https only, redirects
 * followed only to http or https (and never from https down to http), no more than `maxBytes`
 * read whatever the server claims, within `timeoutMs` for the whole exchange. The response is
 * bytes: nothing in it is run, and nothing it links to is loaded.
 */

export interface FetchLimits {
  readonly maxBytes: number;
  readonly timeoutMs: number;
  readonly maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { maxBytes: 20 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 5 };

export interface Fetched {
  /** The address asked for. */
  readonly requested: string;
  /** The address the bytes came from, after redirects. */
  readonly address: string;
  readonly status: number;
  readonly statusText: string;
  readonly headers: [string, string][];
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

const WEB = new Set(['http:', 'https:']);

function webAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Refusal(`"${address}" is not a web address`);
  }
  if (!WEB.has(url.protocol))
    throw new Refusal(`"${address}" is not an http or https address: a capture fetches web pages only`);
  return url;
}

const megabytes = (bytes: number) => `${String(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;

export async function fetchPage(address: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<Fetched> {
  let url = webAddress(address);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1' },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (redirects >= limits.maxRedirects)
          throw new Refusal(`${address} redirects more than ${String(limits.maxRedirects)} times: not followed`);
        const location = response.headers.get('location') ?? '';
        const next = new URL(location, url);
        if (!WEB.has(next.protocol))
          throw new Refusal(
            `${url.href} redirects to "${location}", which is not an http or https address: not followed`,
          );
        if (url.protocol === 'https:' && next.protocol === 'http:')
          throw new Refusal(`${url.href} redirects from https to plain http (${next.href}): not followed`);
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Refusal(`${url.href} answered ${String(response.status)} ${response.statusText}: nothing captured`);
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        throw new Refusal(
          `${url.href} is ${megabytes(declared)}, over the ${megabytes(limits.maxBytes)} a capture reads: save the article's text from the browser and capture the file`,
        );
      }
      const bytes = await readAtMost(response, limits.maxBytes, url.href);
      return {
        requested: address,
        address: url.href,
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers.entries()],
        contentType: response.headers.get('content-type') ?? '',
        bytes,
      };
    }
  } catch (error) {
    if (error instanceof Refusal) throw error;
    if (signal.aborted)
      throw new Refusal(
        `${url.href} did not answer in full within ${String(limits.timeoutMs / 1000)} s: nothing captured`,
      );
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    throw new Refusal(
      `${url.href} could not be fetched: ${cause ?? (error instanceof Error ? error.message : String(error))}`,
    );
  }
}

/** The body, stopped as soon as it passes the limit: a server that sends no length is not trusted. */
async function readAtMost(response: Response, maxBytes: number, address: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Refusal(
        `${address} sent more than ${megabytes(maxBytes)}, the most a capture reads: stopped; save the article's text from the browser and capture the file`,
      );
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The text of an HTML response: the charset its header names, else its `<meta charset>`, else UTF-8. */
export function decodeHtml(bytes: Uint8Array, contentType = ''): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset =
    /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Whether bytes are a PDF: by their type, or by the `%PDF-` every PDF begins with. */
export function isPdf(bytes: Uint8Array, contentType = ''): boolean {
  return /application\/pdf/i.test(contentType) || new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '%PDF-';
}

/** Whether a response is a web page; anything else (an image, a feed, a download) is refused. */
export function isHtml(bytes: Uint8Array, contentType = ''): boolean {
  if (/text\/html|application\/xhtml\+xml/i.test(contentType)) return true;
  if (contentType.trim() !== '') return false;
  return /^\s*(<!doctype html|<html)/i.test(new TextDecoder('latin1').decode(bytes.subarray(0, 512)));
}
