/**
 * Offsets of IANA time zones from UTC, from the platform's own time-zone data (`Intl`), so the
 * SDK ships no tz database. Formatters and answers are cached: a feed repeats the same zone and
 * the same few dozen hours thousands of times.
 */

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the platform knows `timeZone` (e.g. `Asia/Shanghai`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  return typeof timeZone === 'string' && timeZone !== '' && formatterFor(timeZone) !== null;
}

/** Minutes to add to UTC to get the wall-clock time in `timeZone` at the instant `utcMs`. */
export function offsetAt(utcMs: number, timeZone: string): number {
  const formatter = formatterFor(timeZone);
  if (!formatter) return 0;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(utcMs)) parts[part.type] = Number(part.value);
  const wall = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day,
    parts.hour! % 24,
    parts.minute,
    parts.second,
  );
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60000);
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
