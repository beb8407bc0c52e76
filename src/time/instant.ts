import { isIsoDate, normaliseInstant } from '../feed/instant.js';

/**
 * Reads an ISO 8601 date or date-time. With an offset (`Z`, `+08:00`, `+0800`) the instant is
 * exact; without one the wall-clock time is read in `timeZone` (a bare date means its 00:00 there).
 * The same reader as the feed's validation, so a time the feed accepts reads the same everywhere.
 *
 * @returns `undefined` when the text is not such a date or names an impossible one (`2025-02-30`).
 * @example parseInstant('2025-05-30T14:00', 'Asia/Shanghai') // 2025-05-30T06:00:00.000Z
 */
export function parseInstant(value: string, timeZone: string): Date | undefined {
  const text = value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const iso = normaliseInstant(isIsoDate(text) ? `${text}T00:00` : text, timeZone);
  return iso === undefined ? undefined : new Date(iso);
}

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
