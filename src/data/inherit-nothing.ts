/**
 * A deep copy of parsed JSON in which every object inherits nothing. The embedded edition skips
 * validation (it is checked when it is built), so its records must not read through to
 * `Object.prototype` either: on a page that has put `registration` or `quote` there, a plain
 * object would answer `event.registration` with the page's value (issue #14, item 8).
 *
 * Only own keys and own list entries are read. Lists stay arrays (their methods are needed); a
 * list never has a data key the widgets look up by name, and its entries are read by index.
 */
export function inheritNothing<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    for (let i = 0; i < value.length; i++) list.push(inheritNothing(value[i] as unknown));
    return list as T;
  }
  const copy = Object.create(null) as Record<string, unknown>;
  // Own enumerable string keys only; a null-prototype object has no setter to run on assignment.
  for (const key of Object.keys(value))
    copy[key] = inheritNothing((value as Record<string, unknown>)[key]);
  return copy as T;
}
