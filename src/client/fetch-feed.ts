import ky, { isHTTPError, isTimeoutError } from 'ky';
import {
  FeedError,
  FeedHttpError,
  FeedNetworkError,
  FeedParseError,
  FeedTimeoutError,
} from '../errors.js';
import { readCopy, writeCopy, type SavedCopy } from './last-good.js';
import type { FeedEntry } from './registry.js';
import type { FeedStorage } from './types.js';

export interface FetchSettings {
  timeout: number;
  retryLimit: number;
  retryDelay: (attempt: number) => number;
  /** Longest `Retry-After` wait honoured, in ms (longer ones are cut to this). */
  maxRetryAfter: number;
  fetch: typeof fetch | undefined;
  storage: FeedStorage;
}

/**
 * Fetches and parses one feed file. `check` throws when the JSON is unusable (so it never
 * replaces the last good copy). When the network fails, the last good copy is returned with
 * `stale: true`; without one, the typed error is thrown.
 */
export async function fetchFeed(
  url: string,
  settings: FetchSettings,
  check: (json: unknown) => void,
): Promise<FeedEntry> {
  const { storage, timeout } = settings;
  const saved = readCopy(storage, url);
  const body = new AbortController();
  try {
    const response = await ky.get(url, {
      headers: conditionalHeaders(url, saved),
      timeout,
      signal: body.signal,
      retry: {
        limit: settings.retryLimit,
        delay: settings.retryDelay,
        // Network errors are retried too; timeouts and other 4xx are not.
        statusCodes: [429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        maxRetryAfter: settings.maxRetryAfter,
      },
      throwHttpErrors: (status) => status !== 304,
      ...(settings.fetch && { fetch: settings.fetch }),
    });
    const serverDate = Date.parse(response.headers.get('date') ?? '') || undefined;
    if (response.status === 304) {
      if (!saved) throw new FeedHttpError(url, 304, response.statusText);
      const copy = { ...saved, fetchedAt: Date.now(), serverDate: serverDate ?? saved.serverDate };
      writeCopy(storage, url, copy);
      return { ...copy, stale: false, source: 'cache' };
    }
    const json = await readJson(response, url, body, timeout);
    check(json);
    const copy: SavedCopy = {
      json,
      fetchedAt: Date.now(),
      serverDate,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
    writeCopy(storage, url, copy);
    return { ...copy, stale: false, source: 'network' };
  } catch (error) {
    const failure = toFeedError(error, url, timeout);
    // A 404 or 403 means the address is wrong, which an old copy would hide.
    const usable =
      !(failure instanceof FeedHttpError) || failure.status >= 500 || failure.status === 429;
    if (saved && usable) return { ...saved, stale: true, source: 'cache' };
    throw failure;
  }
}

/**
 * Revalidation headers, same-origin only: on another origin they are not CORS-safelisted and
 * would need a preflight that static hosts rarely answer (the browser's HTTP cache revalidates
 * those requests by itself).
 */
function conditionalHeaders(url: string, saved: SavedCopy | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  const page = globalThis.location?.origin;
  if (!saved || (page && new URL(url).origin !== page)) return headers;
  if (saved.etag) headers['if-none-match'] = saved.etag;
  if (saved.lastModified) headers['if-modified-since'] = saved.lastModified;
  return headers;
}

/** ky's timeout ends with the headers; the body gets its own, so a trickle cannot hang a page. */
async function readJson(
  response: Response,
  url: string,
  body: AbortController,
  timeout: number,
): Promise<unknown> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    body.abort();
  }, timeout);
  try {
    return JSON.parse(await response.text());
  } catch (error) {
    // A body cut off mid-way fails either while reading or while parsing: both are FeedParseError.
    throw timedOut ? new FeedTimeoutError(url, timeout) : new FeedParseError(url, error);
  } finally {
    clearTimeout(timer);
  }
}

function toFeedError(error: unknown, url: string, timeout: number): FeedError {
  if (error instanceof FeedError) {
    // Validation errors are raised before anyone knows the URL; this one is fresh, so tag it.
    (error as { url: string | undefined }).url ??= url;
    return error;
  }
  if (isHTTPError(error)) {
    void error.response.body?.cancel().catch(() => undefined);
    return new FeedHttpError(url, error.response.status, error.response.statusText);
  }
  if (isTimeoutError(error)) return new FeedTimeoutError(url, timeout);
  return new FeedNetworkError(url, error);
}
