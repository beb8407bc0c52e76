import { offsetForWallTime } from './zone-offset.js';
import { digits, isCalendarDay } from './iso-date.js';
import type { IsoInstant } from './types.js';

// The calendar-date check lives apart so a widget can use it without the instant reader.
export { isIsoDate } from './iso-date.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** `+08:00` for 480 minutes east of UTC, `-03:30` for -210. */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** True for `Z` or `±HH:MM` (up to ±14:59). */
function isOffset(zone: string): boolean {
  if (zone === 'Z') return true;
  const hours = digits(zone, 1, 2);
  const minutes = digits(zone, 4, 2);
  return (
    zone.length === 6 &&
    (zone[0] === '+' || zone[0] === '-') &&
    zone[3] === ':' &&
    hours >= 0 &&
    hours <= 14 &&
    minutes >= 0 &&
    minutes <= 59
  );
}

/**
 * `value` as an ISO 8601 instant with seconds and an offset, or `undefined` when it is not a valid
 * date and time: `YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:MM]`, years 1900–2999 (others are typos). A
 * value without an offset is read as wall-clock time in `timeZone`.
 *
 * @example normaliseInstant('2025-05-30T14:00', 'Asia/Shanghai') // '2025-05-30T14:00:00+08:00'
 * @example normaliseInstant('2025-05-30T06:00:00Z', 'Asia/Shanghai') // '2025-05-30T06:00:00Z'
 */
export function normaliseInstant(value: string, timeZone: string): IsoInstant | undefined {
  if (typeof value !== 'string' || value.length < 16 || value.length > 29) return undefined;
  // A feed repeats a few hundred start and end times: each is read once per zone, and every
  // record gets the same string (not a new one built from five pieces, to be held per record).
  let known = instants.get(timeZone);
  if (!known || known.size >= INSTANTS_MAX) instants.set(timeZone, (known = new Map()));
  let result = known.get(value);
  if (result === undefined && !known.has(value)) {
    result = readInstant(value, timeZone);
    known.set(value, result);
  }
  return result;
}

const instants = new Map<string, Map<string, IsoInstant | undefined>>();
const INSTANTS_MAX = 20_000;

function readInstant(value: string, timeZone: string): IsoInstant | undefined {
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const separator = value[10];
  if (
    year < 1900 ||
    year > 2999 ||
    value[4] !== '-' ||
    value[7] !== '-' ||
    (separator !== 'T' && separator !== ' ') ||
    value[13] !== ':' ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    !isCalendarDay(year, month, day)
  ) {
    return undefined;
  }
  let at = 16;
  let second = 0;
  if (value[at] === ':') {
    second = digits(value, at + 1, 2);
    if (second < 0 || second > 59) return undefined;
    at += 3;
    if (value[at] === '.') {
      let end = at + 1;
      while (end < at + 4 && digits(value, end, 1) >= 0) end++;
      if (end === at + 1) return undefined;
      at = end;
    }
  }
  const zone = value.slice(at);
  if (zone !== '' && !isOffset(zone)) return undefined;
  // Already in the normal form: keep the string (the common case in a published feed).
  if (zone !== '' && at > 16 && separator === 'T') return value;
  const wall = `${value.slice(0, 10)}T${value.slice(11, 16)}:${pad(second)}${value.slice(19, at)}`;
  if (zone !== '') return wall + zone;
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
  return wall + formatOffset(offsetForWallTime(wallMs, timeZone));
}
