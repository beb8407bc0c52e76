import type { IsoDate, ProgrammeEvent } from '../feed/types.js';
import { zonedDayKey } from '../time/zoned.js';

interface Span {
  start: number;
  end: number;
}

// Parsed once per record: filters, sorts and groups read these on every keystroke.
const spans = new WeakMap<ProgrammeEvent, Span>();

/** Start and end of an event in epoch milliseconds. */
export function eventSpan(event: ProgrammeEvent): Span {
  let span = spans.get(event);
  if (!span) {
    span = { start: Date.parse(event.start), end: Date.parse(event.end) };
    spans.set(event, span);
  }
  return span;
}

// The day an event starts on, for the zone it was last asked in (programmes use one zone).
const startDays = new WeakMap<ProgrammeEvent, { timeZone: string; day: IsoDate }>();

/** The day (`YYYY-MM-DD`) an event starts on in `timeZone`. */
export function eventStartDay(event: ProgrammeEvent, timeZone: string): IsoDate {
  const cached = startDays.get(event);
  if (cached?.timeZone === timeZone) return cached.day;
  const day = zonedDayKey(eventSpan(event).start, timeZone);
  startDays.set(event, { timeZone, day });
  return day;
}
