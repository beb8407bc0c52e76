/**
 * Calendar days in a time zone, from the zone's UTC offsets alone (`tzOffset` of `@date-fns/tz`,
 * through `src/feed/zone-offset.ts`): a wall-clock time is handled as a UTC date whose fields are
 * the wall clock's, and turned back into an instant with the offset in force then. No zoned date
 * class is needed, so a countdown or a day key costs a few hundred bytes.
 */
import { isIsoDate as isCalendarDate } from '../feed/iso-date.js';
import type { IsoDate } from '../feed/types.js';
import { offsetAt, wallTimeToInstant } from '../feed/zone-offset.js';
import { toInstant } from './to-instant.js';

const DAY = 86_400_000;

/** True for a real `YYYY-MM-DD` calendar date (the feed's own rule). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && isCalendarDate(value);
}

// The wall clock of `timeZone` at an instant, as a UTC date: one offset lookup instead of a full
// zoned date, which matters when a programme of thousands of events is grouped by day. The
// edition's fixed-offset zone is answered without Intl (offsetAt), the others through it.
function wallClock(instant: Date | string | number, timeZone: string): Date {
  const ms = toInstant(instant).getTime();
  return new Date(ms + offsetAt(ms, timeZone) * 60_000);
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
 * `YYYY-MM-DD` day it names. Where midnight is skipped (a daylight-saving change at 00:00), the
 * first instant of the day.
 */
export function startOfZonedDay(value: Date | string | number, timeZone: string): Date {
  const day = isIsoDate(value) ? value : zonedDayKey(value, timeZone);
  return wallTimeToInstant(Date.parse(`${day}T00:00:00Z`), timeZone);
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
  return wallTimeToInstant(wallClock(instant, timeZone).getTime() + days * DAY, timeZone);
}

/** The instant a day ends in `timeZone` (exclusive): 00:00 of the next day. */
export function endOfZonedDay(value: Date | string | number, timeZone: string): Date {
  const day = isIsoDate(value) ? value : zonedDayKey(value, timeZone);
  return startOfZonedDay(addDaysToKey(day, 1), timeZone);
}

/** Whole days from day `a` to day `b` (`YYYY-MM-DD`, no time zone involved). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

/** The day `days` after day `day` (`YYYY-MM-DD`, no time zone involved). */
export function addDaysToKey(day: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
