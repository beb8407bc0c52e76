import { tz, tzOffset } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import type { IsoDate } from '../feed/types.js';
import { parseInstant, toInstant } from './instant.js';

import { isIsoDate as isCalendarDate } from '../feed/instant.js';

/** True for a real `YYYY-MM-DD` calendar date (the feed's own rule). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && isCalendarDate(value);
}

// The wall clock of `timeZone` at an instant, as a UTC date: one offset lookup instead of a full
// zoned date, which matters when a programme of thousands of events is grouped by day.
function wallClock(instant: Date | string | number, timeZone: string): Date {
  const date = toInstant(instant);
  return new Date(date.getTime() + tzOffset(timeZone, date) * 60_000);
}

/** The calendar day, `YYYY-MM-DD`, that `instant` falls on in `timeZone`. */
export function zonedDayKey(instant: Date | string | number, timeZone: string): IsoDate {
  return wallClock(instant, timeZone).toISOString().slice(0, 10);
}

/** Day of the week in `timeZone`: 0 for Sunday … 6 for Saturday (as `Date#getDay`). */
export function zonedWeekday(instant: Date | string | number, timeZone: string): number {
  return wallClock(instant, timeZone).getUTCDay();
}

/**
 * The instant a day begins (00:00) in `timeZone`: of the day `value` falls on, or of the
 * `YYYY-MM-DD` day it names.
 */
export function startOfZonedDay(value: Date | string | number, timeZone: string): Date {
  if (isIsoDate(value)) {
    const start = parseInstant(value, timeZone);
    if (!start) throw new RangeError(`Not a calendar date: ${value}`);
    return start;
  }
  return new Date(startOfDay(toInstant(value), { in: tz(timeZone) }).getTime());
}

/**
 * Moves `instant` by whole calendar days in `timeZone`, keeping its wall-clock time across
 * daylight-saving changes (so it can differ from adding `days * 24` hours).
 */
export function addZonedDays(
  instant: Date | string | number,
  days: number,
  timeZone: string,
): Date {
  return new Date(addDays(toInstant(instant), days, { in: tz(timeZone) }).getTime());
}

/** The instant a day ends in `timeZone` (exclusive): 00:00 of the next day. */
export function endOfZonedDay(value: Date | string | number, timeZone: string): Date {
  return addZonedDays(startOfZonedDay(value, timeZone), 1, timeZone);
}

/** Whole days from day `a` to day `b` (`YYYY-MM-DD`, no time zone involved). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The day `days` after day `day` (`YYYY-MM-DD`, no time zone involved). */
export function addDaysToKey(day: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
