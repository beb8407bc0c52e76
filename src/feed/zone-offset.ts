/**
 * Offsets of IANA time zones from UTC. The one source is `tzOffset` from `@date-fns/tz` (its own
 * entry point: the package root also brings the `TZDate` class), which reads the platform's
 * time-zone data through `Intl`, so the SDK ships no tz database. Here: which zones exist, and the
 * reverse question `tzOffset` does not answer (the offset of a wall-clock time).
 */
import { tzOffset } from '@date-fns/tz/tzOffset';

const known = new Map<string, boolean>();

/** True when the platform knows `timeZone` by name (e.g. `Asia/Shanghai`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
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
