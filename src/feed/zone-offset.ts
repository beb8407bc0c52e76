/**
 * Offsets of IANA time zones from UTC. The one source is `tzOffset` from `@date-fns/tz` (its own
 * entry point: the package root also brings the `TZDate` class), which reads the platform's
 * time-zone data through `Intl`, so the SDK ships no tz database. Here: which zones exist, and the
 * reverse question `tzOffset` does not answer (the offset of a wall-clock time).
 */
import { tzOffset } from '@date-fns/tz/tzOffset';

const DAY = 86_400_000;

/**
 * Zones whose offset has not changed since a given instant, answered without `Intl`: the first
 * `Intl.DateTimeFormat` with a time zone loads ICU's zone data (35–50 ms on this machine, a tenth
 * of a 10,000-row `sx-feed build`), and every lookup after it formats a date. China has kept
 * +08:00 since its last summer time ended on 1991-09-15; 1992 is a safe start. Before `since`,
 * and for every other zone, the platform's data answers, as always (a test compares the two).
 * Every platform with `Intl` time zones knows these names.
 */
const FIXED_OFFSETS = new Map<string, { since: number; offset: number }>([
  ['Asia/Shanghai', { since: Date.UTC(1992, 0, 1), offset: 480 }],
  ['UTC', { since: -Infinity, offset: 0 }],
  ['Etc/UTC', { since: -Infinity, offset: 0 }],
]);

/** The fixed offset of `timeZone` at `ms` (UTC or wall-clock, a day either side), if it has one. */
function fixedOffset(timeZone: string, ms: number): number | undefined {
  const fixed = FIXED_OFFSETS.get(timeZone);
  return fixed !== undefined && ms - DAY >= fixed.since ? fixed.offset : undefined;
}

const known = new Map<string, boolean>();

/** True when the platform knows `timeZone` by name (e.g. `Asia/Shanghai`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  if (FIXED_OFFSETS.has(timeZone)) return true;
  let valid = known.get(timeZone);
  if (valid === undefined) {
    // Asked of Intl itself: tzOffset also reads offset strings (`+08:00`), which are not zones.
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    known.set(timeZone, valid);
  }
  return valid;
}

/**
 * Minutes to add to UTC to get the wall-clock time in `timeZone` at the instant `utcMs`, in whole
 * minutes (local mean times before 1901 have seconds); 0 for an unknown zone.
 */
export function offsetAt(utcMs: number, timeZone: string): number {
  const fixed = fixedOffset(timeZone, utcMs);
  if (fixed !== undefined) return fixed;
  return Math.round(tzOffset(timeZone, new Date(utcMs))) || 0;
}

const HOUR = 3_600_000;
/** Per zone: quarter hour of wall-clock time → offset. */
const wallOffsets = new Map<string, Map<number, number>>();

/**
 * The offset (minutes) that applies to the wall-clock time `wallMs` (its fields read as if UTC) in
 * `timeZone`. In an overlap (clocks go back) the earlier instant wins; in a gap (clocks go
 * forward) the offset from before the gap is used, so 02:30 in a skipped hour reads as 03:30.
 */
export function offsetForWallTime(wallMs: number, timeZone: string): number {
  const fixed = fixedOffset(timeZone, wallMs);
  if (fixed !== undefined) return fixed;
  let offsets = wallOffsets.get(timeZone);
  if (!offsets || offsets.size > 4096) {
    offsets = new Map();
    wallOffsets.set(timeZone, offsets);
  }
  // Transitions happen on the hour or half hour, so one answer serves each quarter hour.
  const quarter = Math.floor(wallMs / (HOUR / 4));
  let offset = offsets.get(quarter);
  if (offset === undefined) {
    // The offsets in force a day either side cover both sides of any transition near wallMs.
    const candidates = [
      offsetAt(wallMs - 24 * HOUR, timeZone),
      offsetAt(wallMs + 24 * HOUR, timeZone),
    ];
    const fitting = candidates.filter((c) => offsetAt(wallMs - c * 60_000, timeZone) === c);
    offset = fitting.length > 0 ? Math.max(...fitting) : Math.min(...candidates);
    offsets.set(quarter, offset);
  }
  return offset;
}

/** The instant at which the wall clock of `timeZone` shows `wallMs` (its fields read as if UTC). */
export function wallTimeToInstant(wallMs: number, timeZone: string): Date {
  return new Date(wallMs - offsetForWallTime(wallMs, timeZone) * 60_000);
}
