import type { FeedStorage } from './types.js';
import { feedRegistry, type FeedEntry } from './registry.js';

/** What is kept of the last good response for a URL. */
export type SavedCopy = Pick<
  FeedEntry,
  'json' | 'fetchedAt' | 'serverDate' | 'etag' | 'lastModified'
>;

const PREFIX = 'sx-science-week:feed:v1:';

/**
 * localStorage when the page may use it (it throws in sandboxed frames and some private modes,
 * and is missing in Node), otherwise a page-wide in-memory store.
 */
export function defaultStorage(): FeedStorage {
  try {
    const storage = globalThis.localStorage;
    const probe = `${PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    const memory = feedRegistry().memory;
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
    };
  }
}

export function readCopy(storage: FeedStorage, url: string): SavedCopy | undefined {
  try {
    const text = storage.getItem(PREFIX + url);
    const copy = text ? (JSON.parse(text) as SavedCopy) : undefined;
    return copy && 'json' in copy ? copy : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: a full quota or a blocked store only costs the offline fallback. */
export function writeCopy(storage: FeedStorage, url: string, copy: SavedCopy): void {
  try {
    storage.setItem(PREFIX + url, JSON.stringify(copy));
  } catch {
    // Ignored on purpose (QuotaExceededError, SecurityError).
  }
}
