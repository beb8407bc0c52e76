import { TZDateMini } from '@date-fns/tz';

// Date, optional time, optional offset. Strict on purpose: `Date.parse` accepts engine-specific
// formats, and a feed that works in one browser must work in all of them.
const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/**
 * Reads an ISO 8601 date or date-time. With an offset (`Z`, `+08:00`) the instant is exact; without
 * one the wall-clock time is read in `timeZone` (a bare date means its 00:00 there).
 *
 * @returns `undefined` when the text is not such a date or names an impossible one (`2025-02-30`).
 * @example parseInstant('2025-05-30T14:00', 'Asia/Shanghai') // 2025-05-30T06:00:00.000Z
 */
export function parseInstant(value: string, timeZone: string): Date | undefined {
  const match = ISO_PATTERN.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (offset !== undefined) {
    const minutes = offsetMinutes(offset);
    if (Math.abs(minutes) > 18 * 60) return undefined;
    return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - minutes * 60_000);
  }
  const zoned = new TZDateMini(year, month - 1, day, hour, minute, second, ms, timeZone);
  const time = zoned.getTime();
  return Number.isNaN(time) ? undefined : new Date(time);
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
