const { hasOwn } = Object as unknown as { hasOwn(o: object, key: PropertyKey): boolean };

/**
 * The query's own fields only, in an object that inherits nothing: a host page that adds `city`
 * or `text` to `Object.prototype` must not filter (or hide) every record.
 */
export function ownQuery<Q extends object>(query: Q | undefined): Partial<Q> {
  const own = Object.create(null) as Partial<Q>;
  if (typeof query !== 'object' || query === null) return own;
  for (const key of Object.keys(query) as (keyof Q)[]) {
    if (hasOwn(query, key)) own[key] = query[key];
  }
  return own;
}
