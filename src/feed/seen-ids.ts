/**
 * The ids seen in one list of records (the duplicate check): a `Set` by default; in Node, where
 * bytes do not count, fast-reader.ts installs `IdSet` (id-set.ts), which costs a page some
 * 0.7 KiB gz but saves a fifth of `validateFeed` at 100,000 events (issue #16, as fast as ajv).
 * Browsers read a big feed a city file at a time, in slices, where a `Set` is no bottleneck.
 */
export interface SeenIds {
  /** Adds `id`; `false` (and nothing changes) when it is already there. */
  add(id: string): boolean;
  delete(id: string): void;
}

// `expected` is a sizing hint, which a Set has no use for.
let make: (expected: number) => SeenIds = () => {
  const set = new Set<string>();
  return { add: (id) => set.size !== set.add(id).size, delete: (id) => void set.delete(id) };
};

/** A new, empty record of ids, for a list of about `expected` records. */
export const seenIds = (expected: number): SeenIds => make(expected);

/** Replaces what `seenIds` makes (fast-reader.ts, in Node). */
export function useSeenIds(factory: (expected: number) => SeenIds): void {
  make = factory;
}
