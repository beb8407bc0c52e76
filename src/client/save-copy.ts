/**
 * Writing last good copies (see `last-good.ts`, which reads them and decides when to write):
 * loaded with the first copy written, which in a page is after its first content, so the code a
 * visitor loads before the first events holds only what reads a copy.
 */
import {
  COPY_PREFIX,
  FORMAT,
  INLINE_LIMIT,
  OLD_PREFIX,
  forget,
  isHeaderValue,
  type CopyStores,
  type NewCopy,
  type SavedMeta,
} from './last-good.js';

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
 * Keeps `copy` as the copy of `url`, replacing `previous` (see `writeCopy`). A big body's
 * IndexedDB write is handed to `afterAnswer` when given (the answer does not wait for it),
 * else awaited.
 */
export async function keepCopy(
  stores: CopyStores,
  url: string,
  copy: NewCopy,
  previous: SavedMeta | undefined,
  afterAnswer?: (done: Promise<unknown>) => void,
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
    if (afterAnswer) afterAnswer(done);
    else await done;
    return undefined;
  }
  await refused(stores, url, copy.text.length, previous, failure);
  return false;
}

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

/** Dates a kept copy again after a 304 (its body is unchanged). False when that fails. */
export async function touchCopy(
  stores: CopyStores,
  meta: SavedMeta,
  json: unknown,
  fetchedAt: number,
  serverDate: number | undefined,
): Promise<boolean> {
  const copy = { ...meta, fetchedAt, serverDate: serverDate ?? meta.serverDate };
  const rest = meta.body ? `"body":${JSON.stringify(meta.body)}` : `"json":${JSON.stringify(json)}`;
  try {
    await stores.storage.setItem(COPY_PREFIX + meta.url, metaText(copy, meta.url, rest));
    return true;
  } catch {
    return false; // The copy as it was stays: older, but true.
  }
}

async function removeOld(stores: CopyStores, url: string): Promise<void> {
  try {
    await stores.storage.removeItem(OLD_PREFIX + url);
  } catch {
    // Best effort.
  }
}
