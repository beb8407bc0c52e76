/**
 * The ids seen in one list of records (the duplicate check): a `Set` by default; in Node, where
 * bytes do not count, fast-reader.ts installs `IdSet` (id-set.ts, the same methods), which would
 * cost a page some 0.7 KiB gz but saves a fifth of `validateFeed` at 100,000 events (issue #16,
 * as fast as ajv). Browsers read a big feed a city file at a time, in slices, where a `Set` is no
 * bottleneck.
 */
export interface SeenIds {
  readonly size: number;
  add(id: string): SeenIds;
  delete(id: string): boolean;
}

// `expected` is a sizing hint, which a Set has no use for.
let make: (expected: number) => SeenIds = () => new Set<string>();

/** A new, empty record of ids, for a list of about `expected` records. */
export const seenIds = (expected: number): SeenIds => make(expected);

/** Replaces what `seenIds` makes (fast-reader.ts, in Node). */
export function useSeenIds(factory: (expected: number) => SeenIds): void {
  make = factory;
}
