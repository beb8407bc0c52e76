/**
 * The bodies of saved copies too big for localStorage, kept in IndexedDB (one database, one
 * object store, keyed by the saved copy's storage key). Every call settles: a browser that
 * refuses IndexedDB (blocked, private mode, quota) rejects, and the caller keeps no copy.
 */

/** A saved body as stored: the URL and stamp let the reader check it belongs to its metadata. */
export interface StoredBody {
  url: string;
  /** The `fetchedAt` of the answer this body came with (the metadata names the same stamp). */
  stamp: number;
  text: string;
}

export interface BodyStore {
  get(key: string): Promise<unknown>;
  put(key: string, body: StoredBody): Promise<void>;
  delete(key: string): Promise<void>;
}

import { yieldToMain } from '../feed/slices.js';

const DATABASE = 'sx-science-week';
const STORE = 'saved-copies';

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** The page's IndexedDB body store, or undefined where there is no IndexedDB (Node). */
export function indexedDbBodies(): BodyStore | undefined {
  let factory: IDBFactory | undefined;
  try {
    factory = globalThis.indexedDB;
  } catch {
    return undefined; // A sandboxed frame throws SecurityError on access.
  }
  if (!factory) return undefined;
  let database: Promise<IDBDatabase> | undefined;
  const run = async <T>(
    mode: IDBTransactionMode,
    act: (store: IDBObjectStore) => IDBRequest<T>,
  ) => {
    database ??= openDatabase(factory).catch((error: unknown) => {
      database = undefined; // Try again next time: the block may be over.
      throw error;
    });
    const opened = await database;
    // Every write waiting for the database resumes in the task that opened it: each one copies
    // its body (megabytes for a big city) in a task of its own instead.
    if (mode === 'readwrite') await yieldToMain();
    const transaction = opened.transaction(STORE, mode);
    const result = settle(act(transaction.objectStore(STORE)));
    if (mode === 'readonly') return result;
    result.catch(() => undefined); // A failed write is told by its transaction, below.
    // A write counts once it is committed (a quota error aborts the transaction after success).
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      // An abort without an error (the browser's own, or `abort()`) is named as one.
      transaction.onabort = transaction.onerror = () =>
        reject(transaction.error ?? new DOMException('IndexedDB write aborted', 'AbortError'));
    });
    return result;
  };
  return {
    get: (key) => run('readonly', (store) => store.get(key)),
    put: async (key, body) => void (await run('readwrite', (store) => store.put(body, key))),
    delete: async (key) => void (await run('readwrite', (store) => store.delete(key))),
  };
}
