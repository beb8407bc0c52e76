/** A query value that is one id or a list meaning "any of these"; an empty list means no filter. */
export type OneOrMany<T> = T | readonly T[] | undefined;

/** The set of accepted values, or `undefined` when the query does not filter on this field. */
export function anyOf<T>(value: OneOrMany<T>): ReadonlySet<T> | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? (value as readonly T[]) : [value as T];
  return list.length ? new Set(list) : undefined;
}

/** True when `accepted` is absent or shares a value with `values`. */
export function intersects<T>(accepted: ReadonlySet<T> | undefined, values: readonly T[]): boolean {
  if (!accepted) return true;
  for (const value of values) if (accepted.has(value)) return true;
  return false;
}
