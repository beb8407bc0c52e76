/**
 * `YYYY-MM-DD` calendar dates, the feed's rule. Apart from `instant.ts` (which re-exports it) so
 * that a widget checking a date attribute does not download the instant reader.
 */
import type { IsoDate } from './types.js';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0);
}

/** The number written by `length` digits at `at`, or -1. Parsed by hand: feeds hold thousands. */
export function digits(value: string, at: number, length: number): number {
  let number = 0;
  for (let i = at; i < at + length; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: string): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-') {
    return false;
  }
  const year = digits(value, 0, 4);
  return (
    year >= 1900 && year <= 2999 && isCalendarDay(year, digits(value, 5, 2), digits(value, 8, 2))
  );
}
