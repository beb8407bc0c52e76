import type { FeedStorage } from '../../src/client/types.js';

/** A `Storage`-like store in memory: each test's client keeps its copies to itself. */
export function memoryStorage(): FeedStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
