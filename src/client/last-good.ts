/**
 * The last good copy of each feed file, kept for when the network fails.
 *
 * Storage belongs to the visitor and the host page, so whatever is read back is treated like an
 * answer from an unknown server: the metadata is checked here, field by field, from own properties
 * only (a polluted `Object.prototype` adds nothing), and the body is validated by the caller as
 * strictly as a network answer (`checkCopy`). A copy that fails any check is discarded with one
 * console warning, and the caller goes on as if there were none.
 *
 * Where: the metadata, and bodies up to `INLINE_LIMIT` characters, in localStorage (read before
 * each request, synchronously, for the revalidation headers); bigger bodies in IndexedDB, read
 * only when the copy is used. A body no store accepts is not kept, with a warning. The page's own
 * localStorage is written once the answer has shown (`afterContent`), a big body's IndexedDB
 * write after the answer too; a store the caller passes is written before the answer, whose
 * `saved` then says whether it was kept.
 */
import type { BodyStore } from './indexed-db.js';
import { feedRegistry } from './registry.js';
import type { FeedStorage } from './types.js';

/** Storage keys: this prefix and the absolute URL of the file. */
export const COPY_PREFIX = 'sx-science-week:feed:v2:';
/** Keys of the first format, removed when a copy of the same URL is written. */
const OLD_PREFIX = 'sx-science-week:feed:v1:';
const FORMAT = 2;
/** Bodies above this many characters go to IndexedDB: the host page shares localStorage's ~5 MB. */
export const INLINE_LIMIT = 64 * 1024;
/** Longest ETag / Last-Modified kept (a real one is well under 100 characters). */
const MAX_HEADER = 512;

/** A saved copy's metadata, checked. */
export interface SavedMeta {
  url: string;
  /** What the body was validated as (`feed`, `events.byCity.140100`…). */
  path: string;
  fetchedAt: number;
  serverDate?: number;
  etag?: string;
  lastModified?: string;
  /** Records the body validated to when it was saved: a body that gives another count is not it. */
  records: number;
  /** The parsed body when kept inline. */
  json?: unknown;
  /** Where a body kept in IndexedDB is, and what it must look like. */
  body?: { length: number; stamp: number };
}

/** Where copies go: the store for metadata (and small bodies), and one for big bodies. */
export interface CopyStores {
  storage: FeedStorage;
  bodies: BodyStore | undefined;
  /**
   * Resolves when a write may start without delaying the page's first content, for stores written
   * after the answer (the page's own localStorage); absent for stores written before it.
   */
  later?: () => Promise<void>;
}

/**
 * After the frame that shows the answer: when the browser is next idle (at the latest 500 ms on,
 * so a busy page still keeps its copy), or in the next task where there is no idle callback
 * (Safari). The page's localStorage is written on the main thread: a 64 KB copy inline was ~35 ms
 * at CPU 4× before the first events showed (bench/first-render-profile.mjs, events-src).
 */
function afterContent(): Promise<void> {
  const idle = (globalThis as { requestIdleCallback?: typeof requestIdleCallback })
    .requestIdleCallback;
  return new Promise((resolve) =>
    typeof idle === 'function' ? idle(() => resolve(), { timeout: 500 }) : setTimeout(resolve, 0),
  );
}

let pageBodies: BodyStore | undefined;

/**
 * The page's IndexedDB body store, or undefined where there is none (Node, a sandboxed frame).
 * Its code loads with the first big body it reads or writes: a feed of small files never needs it.
 */
function lazyBodies(): BodyStore | undefined {
  try {
    if (!globalThis.indexedDB) return undefined;
  } catch {
    return undefined; // A sandboxed frame throws SecurityError on access.
  }
  let store: Promise<BodyStore> | undefined;
  const open = () =>
    (store ??= import('./indexed-db.js').then(({ indexedDbBodies }) => {
      const bodies = indexedDbBodies();
      if (!bodies) throw new Error('IndexedDB is not available');
      return bodies;
    }));
  return {
    get: async (key) => (await open()).get(key),
    put: async (key, body) => (await open()).put(key, body),
    delete: async (key) => (await open()).delete(key),
  };
}

/** localStorage with IndexedDB for big bodies, probed; else a page-wide in-memory store. */
function pageStores(): CopyStores {
  try {
    const storage = globalThis.localStorage;
    const probe = `${COPY_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { storage, bodies: (pageBodies ??= lazyBodies()) };
  } catch {
    const memory = feedRegistry().memory;
    const storage: FeedStorage = {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
    };
    return { storage, bodies: undefined };
  }
}

/**
 * localStorage with IndexedDB for big bodies when the page may use them (localStorage throws in
 * sandboxed frames and some private modes, and is missing in Node), otherwise a page-wide
 * in-memory store. Probed at the first read or write, not here: a page's first access to its
 * localStorage opens it, a synchronous 3–60 ms at CPU 4× (bench/ttc/FINDINGS.md, vite11), which a
 * request that reads no saved copy first leaves until the copy is written. In a page (with a
 * document), copies are written once the answer has shown (`later`).
 */
export function defaultStores(): CopyStores {
  let chosen: CopyStores | undefined;
  const choose = () => (chosen ??= pageStores());
  const storage: FeedStorage = {
    getItem: (key) => choose().storage.getItem(key),
    setItem: (key, value) => choose().storage.setItem(key, value),
    removeItem: (key) => choose().storage.removeItem(key),
  };
  const stores: CopyStores = {
    storage,
    get bodies() {
      return choose().bodies;
    },
  };
  if ('document' in globalThis) stores.later = afterContent;
  return stores;
}

const own = (object: object, key: string): unknown =>
  Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Epoch milliseconds a `Date` can hold, as an integer. */
const isEpoch = (value: unknown): value is number =>
  Number.isSafeInteger(value) && Math.abs(value as number) <= 8.64e15;

/** Printable ASCII, as an HTTP header value must be (a control character would break fetch). */
const isHeaderValue = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length <= MAX_HEADER &&
  /^[\x21-\x7e][\x20-\x7e]*$/.test(value);

function warn(url: string, reason: string): void {
  console.warn(`sx-science-week: discarded the saved copy of ${url}: ${reason}.`);
}

async function forget(stores: CopyStores, url: string, meta?: { body?: unknown }): Promise<void> {
  try {
    await stores.storage.removeItem(COPY_PREFIX + url);
  } catch {
    // A store that cannot remove cannot be helped; the next read discards the copy again.
  }
  if (meta?.body) await stores.bodies?.delete(COPY_PREFIX + url).catch(() => undefined);
}

/** Why a stored record is not a copy of `url` as `path`, or its checked metadata. */
function checkMeta(record: unknown, url: string, path: string): SavedMeta | string {
  if (!isObject(record)) return 'it is not an object';
  if (own(record, 'v') !== FORMAT) return 'it has an unknown format';
  if (own(record, 'url') !== url) return 'it belongs to another address';
  if (own(record, 'path') !== path) return 'it holds another kind of data';
  const fetchedAt = own(record, 'fetchedAt');
  if (!isEpoch(fetchedAt)) return 'its fetch time is not a time';
  const serverDate = own(record, 'serverDate');
  if (serverDate !== undefined && !isEpoch(serverDate)) return 'its server date is not a time';
  const etag = own(record, 'etag');
  if (etag !== undefined && !isHeaderValue(etag)) return 'its ETag is malformed';
  const lastModified = own(record, 'lastModified');
  if (
    lastModified !== undefined &&
    !(isHeaderValue(lastModified) && Number.isFinite(Date.parse(lastModified)))
  ) {
    return 'its Last-Modified date is malformed';
  }
  const records = own(record, 'records');
  if (!Number.isSafeInteger(records) || (records as number) < 0) return 'its record count is wrong';
  // Inherits nothing: an absent `etag` or `body` must not be read from a polluted prototype.
  const meta = Object.assign(Object.create(null) as SavedMeta, {
    url,
    path,
    fetchedAt,
    records: records as number,
  });
  if (serverDate !== undefined) meta.serverDate = serverDate;
  if (etag !== undefined) meta.etag = etag;
  if (lastModified !== undefined) meta.lastModified = lastModified;
  const body = own(record, 'body');
  if (Object.hasOwn(record, 'json') === (body !== undefined)) return 'its body is missing';
  if (body === undefined) {
    meta.json = own(record, 'json');
    return meta;
  }
  const length = isObject(body) ? own(body, 'length') : undefined;
  const stamp = isObject(body) ? own(body, 'stamp') : undefined;
  if (!Number.isSafeInteger(length) || !isEpoch(stamp)) return 'its body reference is malformed';
  meta.body = { length: length as number, stamp };
  return meta;
}

/**
 * The checked metadata of the copy of `url` saved as `path`, or undefined (nothing saved, an
 * unreadable store, or a bad copy, which is discarded with a warning).
 */
export async function readCopyMeta(
  stores: CopyStores,
  url: string,
  path: string,
): Promise<SavedMeta | undefined> {
  let text: unknown;
  try {
    text = await stores.storage.getItem(COPY_PREFIX + url);
  } catch {
    return undefined; // The store refuses reads (SecurityError): as if nothing were saved.
  }
  if (text === null || text === undefined) return undefined;
  let record: unknown;
  try {
    if (typeof text !== 'string') throw new TypeError('not text');
    record = JSON.parse(text);
  } catch {
    warn(url, 'it is not valid JSON');
    await forget(stores, url);
    return undefined;
  }
  const meta = checkMeta(record, url, path);
  if (typeof meta === 'object') return meta;
  warn(url, meta);
  await forget(stores, url, isObject(record) ? { body: own(record, 'body') } : undefined);
  return undefined;
}

/**
 * The copy's body, checked by `check` (which validates it and returns its record count, or throws)
 * against what was saved; undefined (and the copy discarded, with a warning) when it fails.
 */
export async function checkCopy(
  stores: CopyStores,
  meta: SavedMeta,
  check: (json: unknown) => number | Promise<number>,
): Promise<unknown> {
  const { url } = meta;
  let reason: string;
  try {
    const json = meta.body ? await readBody(stores, meta) : meta.json;
    if ((await check(json)) === meta.records) return json;
    reason = 'its data does not match what was saved';
  } catch (error) {
    reason =
      error instanceof CopyError ? error.message : `its data is not valid (${String(error)})`;
  }
  warn(url, reason);
  await forget(stores, url, meta);
  return undefined;
}

class CopyError extends Error {}

async function readBody(stores: CopyStores, meta: SavedMeta): Promise<unknown> {
  if (!stores.bodies) throw new CopyError('its body is in a store this page cannot open');
  let stored: unknown;
  try {
    stored = await stores.bodies.get(COPY_PREFIX + meta.url);
  } catch {
    throw new CopyError('its body could not be read');
  }
  if (!isObject(stored)) throw new CopyError('its body is missing');
  const text = own(stored, 'text');
  if (
    own(stored, 'url') !== meta.url ||
    own(stored, 'stamp') !== meta.body!.stamp ||
    typeof text !== 'string' ||
    text.length !== meta.body!.length
  ) {
    throw new CopyError('its body belongs to another copy');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new CopyError('its body is not valid JSON');
  }
}

/** What a fresh answer leaves to save. */
export interface NewCopy {
  path: string;
  fetchedAt: number;
  serverDate?: number | undefined;
  etag?: string | undefined;
  lastModified?: string | undefined;
  records: number;
  /** The body as the server sent it (not stringified again). */
  text: string;
}

function metaText(copy: Omit<NewCopy, 'text'>, url: string, rest: string): string {
  const meta = {
    v: FORMAT,
    url,
    path: copy.path,
    fetchedAt: copy.fetchedAt,
    serverDate: copy.serverDate,
    etag: isHeaderValue(copy.etag) ? copy.etag : undefined,
    lastModified: isHeaderValue(copy.lastModified) ? copy.lastModified : undefined,
    records: copy.records,
  };
  return `${JSON.stringify(meta).slice(0, -1)},${rest}}`;
}

/**
 * Saves a fresh answer as the copy of `url` (replacing `previous`, read when needed): inline when small, its body in IndexedDB when big.
 * Resolves to true when kept, to false (after one warning, and with any older copy removed, which
 * would now be wrong) when no store accepts it, and to undefined when the copy is written after
 * the answer, so not known yet and not said (a refusal then warns): every copy in the page's own
 * localStorage (`stores.later`), and a big body in IndexedDB.
 */
export async function writeCopy(
  stores: CopyStores,
  url: string,
  copy: NewCopy,
  previous: () => Promise<SavedMeta | undefined>,
): Promise<boolean | undefined> {
  const { later } = stores;
  if (!later) return keepCopy(stores, url, copy, await previous(), true);
  track(later().then(async () => keepCopy(stores, url, copy, await previous(), false)));
  return undefined;
}

async function keepCopy(
  stores: CopyStores,
  url: string,
  copy: NewCopy,
  previous: SavedMeta | undefined,
  bodyAfterAnswer: boolean,
): Promise<boolean | undefined> {
  const key = COPY_PREFIX + url;
  let failure: unknown;
  if (copy.text.length <= INLINE_LIMIT || !stores.bodies) {
    try {
      await stores.storage.setItem(key, metaText(copy, url, `"json":${copy.text}`));
      if (previous?.body) await stores.bodies?.delete(key).catch(() => undefined);
      await removeOld(stores, url);
      return true;
    } catch (error) {
      failure = error;
    }
  }
  if (stores.bodies) {
    const { bodies } = stores;
    const body = { length: copy.text.length, stamp: copy.fetchedAt };
    const meta = metaText(copy, url, `"body":${JSON.stringify(body)}`);
    const stored = { url, stamp: copy.fetchedAt, text: copy.text };
    // Written after the answer: at 100,000 events the eleven cities' writes queued one behind
    // the other, the last on disk ~0.4 s after its data was validated, and the first items
    // waited for it (#16). Opened and copied later, the writes also leave the main thread to
    // the validation and the first rows (an IndexedDB answer waits behind their slices). The
    // metadata follows the commit, so it never names a body not there; a refusal (at the copy
    // or the commit) leaves no copy and warns, as before, after an answer that left `saved` unsaid.
    const done = (async () => {
      await stores.storage.removeItem(key);
      await bodies.put(key, stored);
      await stores.storage.setItem(key, meta);
      await removeOld(stores, url);
    })().catch((error: unknown) => refused(stores, url, body.length, previous, error));
    if (bodyAfterAnswer) track(done);
    else await done;
    return undefined;
  }
  await refused(stores, url, copy.text.length, previous, failure);
  return false;
}

/** The copies being written after their answers (see `writeCopy`), which never reject. */
let writing: Promise<unknown> = Promise.resolve();

function track(done: Promise<unknown>): void {
  writing = Promise.all([writing, done.catch(() => undefined)]);
}

/**
 * Settles once every copy being written when asked has been written or given up: a copy in the
 * page's localStorage, or a big body's, is written after its answer was returned (tests, a script
 * going offline on purpose).
 */
export const copiesWritten = (): Promise<unknown> => writing;

/** No copy of `url` is kept: any older one (now wrong) is removed, with one warning. */
async function refused(
  stores: CopyStores,
  url: string,
  length: number,
  previous: SavedMeta | undefined,
  failure: unknown,
): Promise<void> {
  await forget(stores, url, previous ?? { body: true });
  const reason = (failure as { name?: unknown } | undefined)?.name ?? failure;
  console.warn(
    `sx-science-week: no offline copy of ${url} was kept: the browser's storage refused it ` +
      `(${String(reason)}, ${length} characters).`,
  );
}

/**
 * Dates a kept copy again after a 304 (its body is unchanged). False when that fails; undefined
 * when written after the answer (`stores.later`), where a failure leaves the copy as it was.
 */
export async function touchCopy(
  stores: CopyStores,
  meta: SavedMeta,
  json: unknown,
  fetchedAt: number,
  serverDate: number | undefined,
): Promise<boolean | undefined> {
  const touch = async () => {
    const copy = { ...meta, fetchedAt, serverDate: serverDate ?? meta.serverDate };
    const rest = meta.body
      ? `"body":${JSON.stringify(meta.body)}`
      : `"json":${JSON.stringify(json)}`;
    try {
      await stores.storage.setItem(COPY_PREFIX + meta.url, metaText(copy, meta.url, rest));
      return true;
    } catch {
      return false; // The copy as it was stays: older, but true.
    }
  };
  const { later } = stores;
  if (!later) return touch();
  track(later().then(touch));
  return undefined;
}

async function removeOld(stores: CopyStores, url: string): Promise<void> {
  try {
    await stores.storage.removeItem(OLD_PREFIX + url);
  } catch {
    // Best effort.
  }
}
