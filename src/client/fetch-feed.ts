import ky, { isHTTPError, isTimeoutError, type Options } from 'ky';
import {
  FeedError,
  FeedHttpError,
  FeedNetworkError,
  FeedParseError,
  FeedTimeoutError,
} from '../errors.js';
import {
  checkCopy,
  readCopyMeta,
  touchCopy,
  writeCopy,
  type CopyStores,
  type SavedMeta,
} from './last-good.js';
import { readText } from '../feed/read-text.js';
import { prefetched, type FeedEntry } from './registry.js';
import { initOf, ownKyOptions, ownRequestInit } from './request-init.js';

export interface FetchSettings {
  timeout: number;
  retryLimit: number;
  retryDelay: (attempt: number) => number;
  /** Longest `Retry-After` wait honoured, in ms (longer ones are cut to this). */
  maxRetryAfter: number;
  fetch: typeof fetch | undefined;
  /**
   * Where copies are kept, asked for at first use: the page's localStorage is opened by its first
   * access, a synchronous 3–60 ms at CPU 4× (bench/ttc/FINDINGS.md, vite11), which a request that
   * sends no revalidation header leaves until after the answer.
   */
  stores: () => CopyStores;
}

/**
 * Fetches and parses one feed file, validated as `path`. `check` validates a body and returns
 * its record count, or throws when the JSON is unusable (so it never replaces the last good
 * copy); a saved copy passes the same check before it is used. When the network fails, the last
 * good copy is returned with `stale: true`; without one, the typed error is thrown.
 */
export async function fetchFeed(
  url: string,
  path: string,
  settings: FetchSettings,
  check: (json: unknown) => number | Promise<number>,
): Promise<FeedEntry> {
  const { timeout } = settings;
  let stores: CopyStores | undefined;
  const storesOf = () => (stores ??= settings.stores());
  // The saved copy is read before the request only when the request revalidates it (same origin,
  // no prefetched answer); otherwise when the network fails, or when the answer is saved (an old
  // big body is removed with it).
  let read: Promise<SavedMeta | undefined> | undefined;
  const savedCopy = () => (read ??= readCopyMeta(storesOf(), url, path));
  const prefetch = await takePrefetched(url, settings);
  let saved = prefetch || !revalidates(url) ? undefined : await savedCopy();
  const body = new AbortController();
  // Every option object here inherits nothing and names every key it is read for, so a host
  // page's polluted Object.prototype never changes the request (request-init.ts).
  const get = (copy: SavedMeta | undefined) =>
    withRetries(() => {
      const init = ownRequestInit(conditionalHeaders(url, copy), body.signal);
      const options = ownKyOptions(init, {
        timeout,
        throwHttpErrors: (status: number) => status !== 304,
        // ky hands fetch a plain object of the options it does not know: never passed on.
        fetch: (request: Request) => (settings.fetch ?? globalThis.fetch)(request, initOf(request)),
      });
      // `ky(…)`, not `ky.get(…)`: ky merges the options `get` adds from a plain object, whose
      // missing `headers` and `hooks` it would read from the prototype.
      return ky(new Request(url, init), options as Options);
    }, settings);
  try {
    let response = prefetch ?? (await get(saved));
    if (response.status === 304) {
      const json = saved && (await checkCopy(storesOf(), saved, check));
      if (saved && json !== undefined) {
        const serverDate = dateHeader(response) ?? saved.serverDate;
        const fetchedAt = Date.now();
        const kept = await touchCopy(storesOf(), saved, json, fetchedAt, serverDate);
        return {
          ...entryOf(saved, json),
          fetchedAt,
          serverDate,
          saved: kept,
          stale: false,
          source: 'cache',
        };
      }
      // The copy the server confirmed is gone or bad: ask again, for the whole file.
      saved = undefined;
      read = Promise.resolve(undefined);
      response = await get(undefined);
      if (response.status === 304) throw new FeedHttpError(url, 304, response.statusText);
    }
    const { json, text } = await readJson(response, url, body, timeout);
    const records = await check(json);
    const copy = {
      path,
      fetchedAt: Date.now(),
      serverDate: dateHeader(response),
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      records,
    };
    const kept = await writeCopy(storesOf(), url, { ...copy, text }, savedCopy);
    return { json, ...copy, saved: kept, stale: false, source: 'network' };
  } catch (error) {
    const failure = toFeedError(error, url, timeout);
    // A 404 or 403 means the address is wrong, which an old copy would hide.
    const usable =
      !(failure instanceof FeedHttpError) || failure.status >= 500 || failure.status === 429;
    const copy = usable ? await savedCopy() : undefined;
    const json = copy && (await checkCopy(storesOf(), copy, check));
    if (copy && json !== undefined) {
      return { ...entryOf(copy, json), saved: true, stale: true, source: 'cache' };
    }
    throw failure;
  }
}

/**
 * The response the CDN loader started for `url` with the widget's code (cdn/prefetch-feed.ts), when
 * it succeeded within the timeout; anything else is asked again, with retries and revalidation.
 * A client given its own `fetch` always uses it.
 */
async function takePrefetched(url: string, { fetch, timeout }: FetchSettings) {
  const started = fetch ? undefined : prefetched().get(url);
  if (!started) return undefined;
  prefetched().delete(url);
  // The timer is cleared once the race is decided: left running it kept Node's event loop, and a
  // headless browser's virtual clock, waiting for the whole timeout after the answer came.
  let stop = () => {};
  const response = await Promise.race([
    started.catch(() => undefined),
    new Promise<undefined>((resolve) => {
      const timer = setTimeout(resolve, timeout);
      stop = () => clearTimeout(timer);
    }),
  ]).finally(() => stop());
  if (response?.ok) return response;
  void response?.body?.cancel().catch(() => undefined);
  return undefined;
}

function entryOf(meta: SavedMeta, json: unknown) {
  const { fetchedAt, serverDate, etag, lastModified } = meta;
  return { json, fetchedAt, serverDate, etag, lastModified };
}

const dateHeader = (response: Response): number | undefined =>
  Date.parse(response.headers.get('date') ?? '') || undefined;

/**
 * Revalidation headers, same-origin only: on another origin they are not CORS-safelisted and
 * would need a preflight that static hosts rarely answer (the browser's HTTP cache revalidates
 * those requests by itself).
 */
function conditionalHeaders(url: string, saved: SavedMeta | undefined): Record<string, string> {
  const headers = Object.create(null) as Record<string, string>;
  if (!saved || !revalidates(url)) return headers;
  if (saved.etag) headers['if-none-match'] = saved.etag;
  if (saved.lastModified) headers['if-modified-since'] = saved.lastModified;
  return headers;
}

/** Whether a request for `url` carries revalidation headers: on the page's origin (or in Node). */
function revalidates(url: string): boolean {
  const page = globalThis.location?.origin;
  return !page || new URL(url).origin === page;
}

/** Statuses worth asking again for; of them, those whose `Retry-After` is honoured. */
const RETRIED = [429, 500, 502, 503, 504];
const RETRY_AFTER = [429, 503];

/**
 * Sends, and sends again after a network error or a passing server error, as `settings` say.
 * Done here rather than by ky: ky deep-merges its retry options with whatever `retry` a polluted
 * prototype holds. Timeouts and other 4xx are not retried.
 */
async function withRetries(send: () => Promise<Response>, settings: FetchSettings) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const wait = retryWait(error, attempt, settings);
      if (wait === undefined) throw error;
      if (isHTTPError(error)) void error.response.body?.cancel().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** Milliseconds to wait before attempt `attempt + 1`, or undefined to give up. */
function retryWait(error: unknown, attempt: number, settings: FetchSettings): number | undefined {
  if (attempt > settings.retryLimit || isTimeoutError(error)) return undefined;
  if (!isHTTPError(error)) return settings.retryDelay(attempt);
  const { status, headers } = error.response;
  if (!RETRIED.includes(status)) return undefined;
  const after = headers.get('retry-after');
  if (!after || !RETRY_AFTER.includes(status)) return settings.retryDelay(attempt);
  let ms = Number(after) * 1000;
  if (Number.isNaN(ms)) ms = Date.parse(after) - Date.now();
  // An unreadable date waits the longest allowed, as ky did.
  return Number.isFinite(ms)
    ? Math.max(0, Math.min(ms, settings.maxRetryAfter))
    : settings.maxRetryAfter;
}

/** ky's timeout ends with the headers; the body gets its own, so a trickle cannot hang a page. */
async function readJson(
  response: Response,
  url: string,
  body: AbortController,
  timeout: number,
): Promise<{ json: unknown; text: string }> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    body.abort();
  }, timeout);
  try {
    // Decoded as it arrives, in slices: one 4.7 MB city file was a 20–47 ms decoding task.
    const text = await readText(response);
    // A big file (a city's events) is parsed in slices, by a module fetched for big files only
    // (in one go without it).
    const sliced =
      text.length > 2 ** 19 && (await import('../feed/json-sliced.js').catch(() => undefined));
    return { json: sliced ? await sliced.parseJsonSliced(text) : JSON.parse(text), text };
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
    error.url ??= url;
    return error;
  }
  if (isHTTPError(error)) {
    void error.response.body?.cancel().catch(() => undefined);
    return new FeedHttpError(url, error.response.status, error.response.statusText);
  }
  if (isTimeoutError(error)) return new FeedTimeoutError(url, timeout);
  return new FeedNetworkError(url, error);
}
