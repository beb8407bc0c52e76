/**
 * Reads the dates and times organisers type into a sheet, in the edition's time zone.
 *
 * Accepted (full-width digits and colons too, since Chinese input methods produce them):
 * `2025-05-30 14:00`, `2025/5/30 14:00`, `2025.5.30 14:00`, `2025-05-30 14:00:00` (Excel),
 * `2025-05-30T14:00`, `2025年5月30日 14:00`, `5月30日 14:00` (the edition's year), a weekday after
 * the date (`5月30日(周五)`), `14点`, `14点30分`, `下午2:00`, ranges joined by `-`, `–`, `—`, `~`,
 * `至` or `到` (`2025-05-30 14:00-16:00`, `14:00至16:00`, `5月24日至5月31日`), an ISO instant with
 * an offset (kept as that instant), and an Excel serial day number (`45807.5833`).
 */
import { formatOffset, normaliseInstant } from '../src/feed/instant.js';
import type { IsoInstant } from '../src/feed/types.js';
import { offsetAt } from '../src/feed/zone-offset.js';

export interface CalendarDate {
  /** Absent when the cell leaves it out (`5月30日`): the edition's year applies. */
  year?: number;
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
}

/** What one cell says: a point, or a range of two points; each point a date, a time or both. */
export interface ParsedCell {
  date?: CalendarDate;
  time?: ClockTime;
  endDate?: CalendarDate;
  endTime?: ClockTime;
  /** Set when the cell is an ISO instant with its own offset. */
  instant?: Date;
}

export interface ZoneContext {
  timeZone: string;
  /** Year for dates written without one. */
  year: number;
}

interface Cursor {
  s: string;
  i: number;
}

/** Full-width digits, colons, tildes and spaces become ASCII; runs of space collapse. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function match(c: Cursor, re: RegExp): RegExpExecArray | undefined {
  re.lastIndex = c.i;
  const m = re.exec(c.s);
  if (!m) return undefined;
  c.i = re.lastIndex;
  return m;
}

// Sticky patterns: each reads at the cursor only.
const ISO_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/y;
const CN_DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/y;
const WEEKDAY = /\s*\(?\s*(?:周|星期|礼拜)[一二三四五六日天]\s*\)?/y;
const DATE_TIME_GAP = /(?:T|\s+)?/y;
const CLOCK =
  /(上午|早上|中午|下午|晚上)?\s*(\d{1,2})(?::(\d{2})(?::(\d{2}))?|\s*[点时](?:\s*(半|\d{1,2})\s*分?)?)/y;
const SEPARATOR = /\s*(?:-|–|—|~|至|到)\s*/y;
const SPACE = /\s*/y;

function readDate(c: Cursor): CalendarDate | undefined {
  const m = match(c, ISO_DATE) ?? match(c, CN_DATE);
  if (!m) return undefined;
  match(c, WEEKDAY);
  const date: CalendarDate = { month: Number(m[2]), day: Number(m[3]) };
  if (m[1] !== undefined) date.year = Number(m[1]);
  return date;
}

interface ReadTime {
  time: ClockTime;
  /** The time was written with 下午/晚上/中午 (or moved there by one). */
  afternoon: boolean;
  /** The time had a period word of its own. */
  explicitPeriod: boolean;
}

function readTime(c: Cursor): ReadTime | undefined {
  const m = match(c, CLOCK);
  if (!m) return undefined;
  let hour = Number(m[2]);
  const minute = m[5] === '半' ? 30 : Number(m[3] ?? m[5] ?? 0);
  const second = Number(m[4] ?? 0);
  const period = m[1];
  if ((period === '下午' || period === '晚上') && hour < 12) hour += 12;
  if (period === '中午' && hour < 11) hour += 12;
  return {
    time: { hour, minute, second },
    afternoon: period === '下午' || period === '晚上' || period === '中午',
    explicitPeriod: period !== undefined,
  };
}

interface ReadPoint {
  date?: CalendarDate;
  time?: ReadTime;
}

function readPoint(c: Cursor): ReadPoint | undefined {
  const date = readDate(c);
  if (date) {
    const before = c.i;
    match(c, DATE_TIME_GAP);
    const time = readTime(c);
    if (!time) c.i = before;
    return time ? { date, time } : { date };
  }
  const time = readTime(c);
  return time ? { time } : undefined;
}

/** `下午2点-4点`: the end shares the start's afternoon unless it says otherwise. */
function endClock(start: ReadTime | undefined, end: ReadTime): ClockTime {
  const inherit = start?.afternoon && !end.explicitPeriod && end.time.hour < 12;
  return inherit ? { ...end.time, hour: end.time.hour + 12 } : end.time;
}

const OFFSET_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Excel counts days from 1899-12-30; 20000–80000 covers 1954–2119, so no real number is mistaken. */
const EXCEL_SERIAL = /^\d{5}(?:\.\d+)?$/;

function fromExcelSerial(serial: number): ParsedCell {
  // To the nearest minute: a hand-typed 0.5833 means 14:00, not 13:59:57.
  const ms = Math.round((serial - 25569) * 1440) * 60_000;
  const wall = new Date(ms);
  return {
    date: { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() },
    time: { hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds() },
  };
}

/** Reads one cell; undefined when it is not a date/time this reader knows. */
export function parseDateTimeCell(text: string): ParsedCell | undefined {
  const s = normalise(text);
  if (s === '') return undefined;
  if (OFFSET_INSTANT.test(s)) {
    const instant = new Date(s);
    return Number.isNaN(instant.getTime()) ? undefined : { instant };
  }
  if (EXCEL_SERIAL.test(s)) {
    const serial = Number(s);
    return serial >= 20000 && serial <= 80000 ? fromExcelSerial(serial) : undefined;
  }
  const c: Cursor = { s, i: 0 };
  const first = readPoint(c);
  if (!first) return undefined;
  const cell: ParsedCell = {};
  if (first.date) cell.date = first.date;
  if (first.time) cell.time = first.time.time;
  match(c, SPACE);
  if (c.i === s.length) return cell;
  if (!match(c, SEPARATOR)) return undefined;
  const second = readPoint(c);
  match(c, SPACE);
  if (!second || c.i !== s.length) return undefined;
  if (second.date) cell.endDate = second.date;
  if (second.time) cell.endTime = endClock(first.time, second.time);
  return cell;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The wall-clock date and time in the zone as a feed instant (`2025-05-30T14:00:00+08:00`), or
 * undefined for an impossible one. 24:00 is the next day's 00:00. The SDK's own normaliser does
 * the zone arithmetic, with its offset cache: 10,000 rows share a handful of hours.
 */
export function zonedInstant(
  date: CalendarDate,
  time: ClockTime,
  ctx: ZoneContext,
): IsoInstant | undefined {
  let year = date.year ?? ctx.year;
  let { month, day } = date;
  let hour = time.hour;
  if (hour === 24 && time.minute === 0 && time.second === 0) {
    if (
      normaliseInstant(`${pad(year, 4)}-${pad(month)}-${pad(day)}T00:00`, ctx.timeZone) ===
      undefined
    ) {
      return undefined;
    }
    const next = new Date(Date.UTC(year, month - 1, day + 1));
    [year, month, day, hour] = [
      next.getUTCFullYear(),
      next.getUTCMonth() + 1,
      next.getUTCDate(),
      0,
    ];
  }
  const wall = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(time.minute)}:${pad(time.second)}`;
  return normaliseInstant(wall, ctx.timeZone);
}

/** `2025-05-30T14:00:00+08:00`: the instant written with the zone's offset at that instant. */
export function toZonedIso(instant: Date, timeZone: string): IsoInstant {
  const ms = Math.floor(instant.getTime() / 1000) * 1000;
  const offset = offsetAt(ms, timeZone);
  const wall = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  return wall + formatOffset(offset);
}

/** Which of the four time columns a problem is in. */
export type SpanColumn = 'date' | 'time' | 'start' | 'end';

export type SpanProblem =
  'unreadable' | 'invalid-date' | 'no-date' | 'no-start-time' | 'no-end-time' | 'end-before-start';

export interface SpanCells {
  date?: string;
  time?: string;
  start?: string;
  end?: string;
}

export type SpanResult =
  | { ok: true; start: IsoInstant; end: IsoInstant; wholeDay: boolean }
  | { ok: false; column: SpanColumn; problem: SpanProblem; value: string };

const START_OF_DAY: ClockTime = { hour: 0, minute: 0, second: 0 };
const END_OF_DAY: ClockTime = { hour: 23, minute: 59, second: 59 };

/**
 * Combines a row's date, time, start and end cells into one span. Any one of them may carry a
 * range; an end without a date falls on the start's day; a span with dates but no times is the
 * whole day(s) (reported by the caller as a warning, since it is a guess worth checking).
 */
export function resolveSpan(cells: SpanCells, ctx: ZoneContext): SpanResult {
  const parsed: Partial<Record<SpanColumn, ParsedCell>> = {};
  for (const column of ['date', 'time', 'start', 'end'] as const) {
    const value = cells[column]?.trim();
    if (!value) continue;
    const cell = parseDateTimeCell(value);
    if (!cell) return { ok: false, column, problem: 'unreadable', value };
    parsed[column] = cell;
  }
  const { date: d, time: t, start: s, end: e } = parsed;
  const fail = (column: SpanColumn, problem: SpanProblem): SpanResult => ({
    ok: false,
    column,
    problem,
    value: cells[column] ?? '',
  });
  const startColumn: SpanColumn = s ? 'start' : d ? 'date' : t ? 'time' : 'start';
  const endColumn: SpanColumn = e ? 'end' : startColumn;

  let startAt = s?.instant && toZonedIso(s.instant, ctx.timeZone);
  let endAt = e?.instant && toZonedIso(e.instant, ctx.timeZone);
  const startDate = s?.date ?? d?.date ?? t?.date;
  const startTime = s?.time ?? t?.time ?? d?.time;
  const endDate = e?.date ?? s?.endDate ?? t?.endDate ?? d?.endDate ?? startDate;
  const endTime = e?.time ?? s?.endTime ?? t?.endTime ?? d?.endTime;
  let wholeDay = false;

  if (!startAt) {
    if (!startDate) return fail(startColumn, 'no-date');
    if (!startTime && endTime && !endAt) return fail(startColumn, 'no-start-time');
    wholeDay = !startTime && !endTime && !endAt;
    startAt = zonedInstant(startDate, startTime ?? START_OF_DAY, ctx);
    if (!startAt) return fail(startColumn, 'invalid-date');
  }
  if (!endAt) {
    if (!endDate) return fail(endColumn, 'no-date');
    if (!endTime && !wholeDay) return fail(endColumn, 'no-end-time');
    endAt = zonedInstant(endDate, endTime ?? END_OF_DAY, ctx);
    if (!endAt) return fail(endColumn, 'invalid-date');
  }
  if (Date.parse(endAt) < Date.parse(startAt)) return fail(endColumn, 'end-before-start');
  return { ok: true, start: startAt, end: endAt, wholeDay };
}

/**
 * Reads a single instant (a deadline, a publication date). A date alone means `dayTime` of that
 * day: the end of the day for a deadline, its start for a publication date.
 */
export function parseInstantCell(
  text: string,
  ctx: ZoneContext,
  dayTime: 'start-of-day' | 'end-of-day',
): IsoInstant | undefined {
  const cell = parseDateTimeCell(text);
  if (!cell || cell.endDate || cell.endTime) return undefined;
  if (cell.instant) return toZonedIso(cell.instant, ctx.timeZone);
  if (!cell.date) return undefined;
  const time = cell.time ?? (dayTime === 'end-of-day' ? END_OF_DAY : START_OF_DAY);
  return zonedInstant(cell.date, time, ctx);
}
