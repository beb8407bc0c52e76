/**
 * Page-wide state shared by every client, and by every copy of this library on the page (an app
 * bundle and a CDN drop-in, say): one in-flight request and one cached result per feed URL.
 * It lives on `globalThis` under a registered symbol, created on first use (never at import time).
 */

/** A loaded feed file, as plain data so that another copy of the library can read it. */
export interface FeedEntry {
  /** The parsed body. */
  json: unknown;
  /** Epoch ms when this copy came from the network (or was revalidated by a 304). */
  fetchedAt?: number;
  /** Epoch ms of the response's `Date` header. */
  serverDate?: number;
  etag?: string;
  lastModified?: string;
  /** True when the network failed and this is the last good copy. */
  stale: boolean;
  /** False when no store accepted this answer as the last good copy (too big, full, blocked). */
  saved?: boolean;
  source: 'network' | 'cache' | 'embedded';
}

export interface FeedRegistry {
  /** Absolute URL → the one request for it (pending or settled with an entry). */
  entries: Map<string, Promise<FeedEntry>>;
  /** `sharedClient` instances by feed URL ('' for the embedded edition). */
  clients: Map<string, unknown>;
  /** Last good copies when there is no usable localStorage. */
  memory: Map<string, string>;
}

const KEY = Symbol.for('sx-science-week.feed-cache.v1');

export function feedRegistry(): FeedRegistry {
  const scope = globalThis as { [KEY]?: FeedRegistry };
  return (scope[KEY] ??= { entries: new Map(), clients: new Map(), memory: new Map() });
}

/**
 * Feed files the CDN loader started with a widget's code (cdn/prefetch-feed.ts), by absolute URL:
 * the client takes the response instead of asking again, so a page with `src` has its manifest
 * and the resources its widgets need in flight while the code downloads. Each response is taken
 * once (a body can be read once); a later request for the URL goes to the network.
 */
const PREFETCHED = Symbol.for('sx-science-week.prefetched.v1');

export function prefetched(): Map<string, Promise<Response>> {
  const scope = globalThis as { [PREFETCHED]?: Map<string, Promise<Response>> };
  return (scope[PREFETCHED] ??= new Map());
}
