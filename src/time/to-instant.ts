/** Instants from values the feed has already validated (see `instant.ts` for reading text). */

/**
 * The instant a `Date`, epoch milliseconds or an ISO string with an offset stands for.
 * Throws a `RangeError` for text that is not an instant: callers pass validated feed values.
 */
export function toInstant(value: Date | number | string): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(+value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${String(value)}`);
  return date;
}

/** Epoch milliseconds of a `Date` or an ISO instant (NaN when unreadable). */
export function instantMs(value: Date | string): number {
  return typeof value === 'string' ? Date.parse(value) : value.getTime();
}
