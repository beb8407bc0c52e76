/**
 * Reads the dates and times organisers type into a sheet, in the edition's time zone.
 *
 * Accepted (full-width digits and colons too, since Chinese input methods produce them):
 * `2025-05-30 14:00`, `2025/5/30 14:00`, `2025.5.30 14:00`, `2025-05-30 14:00:00` (Excel),
 * `2025-05-30T14:00`, `2025年5月30日 14:00`, `5月30日 14:00`, `5/27`, `5-30`, `5.30` (these four
 * in the edition's year), a weekday after the date (`5月30日(周五)`), `14点`, `14时`, `9点半`,
 * `14点30分`, `下午2:00`, `2:00 下午`, `2:00 PM`, `2pm`, ranges joined by `-`, `–`, `—`, `~`, `至`
 * or `到` (`2025-05-30 14:00-16:00`, `14:00至16:00`, `5月24日至6月8日`), an ISO instant with an
 * offset (kept as that instant), an Excel serial day number (`45807` a day, `45807.5833` a day and
 * a time) and an Excel time fraction (`0.375` = 09:00).
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
/** `5/27`, `5-30`, `5.30`: month and day; not followed by a digit or a colon (that is a time). */
const SHORT_DATE = /()(\d{1,2})[-/.](\d{1,2})(?![\d:])/y;
const WEEKDAY = /\s*\(?\s*(?:周|星期|礼拜)[一二三四五六日天]\s*\)?/y;
const DATE_TIME_GAP = /(?:T|\s+)?/y;
const PERIOD_WORDS = '凌晨|上午|早上|中午|下午|傍晚|晚上';
const CLOCK = new RegExp(
  `(${PERIOD_WORDS})?\\s*(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?|\\s*[点时](?:\\s*(半|\\d{1,2})\\s*分?)?|(?=\\s*[ap]\\.?m\\b\\.?))`,
  'iy',
);
/** A period written after the time: `2:00 PM`, `2pm`, `2:00 下午`. */
const PERIOD_AFTER = new RegExp(`\\s*([ap])\\.?m\\b\\.?|\\s*(${PERIOD_WORDS})`, 'iy');
const SEPARATOR = /\s*(?:-|–|—|~|至|到)\s*/y;
const SPACE = /\s*/y;

function readDate(c: Cursor): CalendarDate | undefined {
  const before = c.i;
  const m = match(c, ISO_DATE) ?? match(c, CN_DATE) ?? match(c, SHORT_DATE);
  if (!m) return undefined;
  const date: CalendarDate = { month: Number(m[2]), day: Number(m[3]) };
  // `13.5` or `5-40` is no month and day: leave it for the other readers (and the error).
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) {
    c.i = before;
    return undefined;
  }
  match(c, WEEKDAY);
  if (m[1]) date.year = Number(m[1]);
  return date;
}

interface ReadTime {
  time: ClockTime;
  /** The time was written with 下午/晚上/中午 (or moved there by one). */
  afternoon: boolean;
  /** The time had a period word of its own. */
  explicitPeriod: boolean;
}

const AFTERNOON = new Set(['下午', '傍晚', '晚上', '中午', 'p']);

function readTime(c: Cursor): ReadTime | undefined {
  const m = match(c, CLOCK);
  if (!m) return undefined;
  let hour = Number(m[2]);
  const minute = m[5] === '半' ? 30 : Number(m[3] ?? m[5] ?? 0);
  const second = Number(m[4] ?? 0);
  const after = m[1] === undefined ? match(c, PERIOD_AFTER) : undefined;
  const period = m[1] ?? after?.[2] ?? after?.[1]?.toLowerCase();
  if (period === 'a' && hour === 12) hour = 0;
  else if (period === '中午') {
    if (hour < 11) hour += 12;
  } else if (period && AFTERNOON.has(period) && hour < 12) hour += 12;
  if (period && (hour > 24 || (period === 'a' && hour > 12))) return undefined;
  return {
    time: { hour, minute, second },
    afternoon: period !== undefined && AFTERNOON.has(period),
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

/** An Excel time of day alone: the fraction of a day (`0.375` = 09:00, `0.5` = 12:00). */
const EXCEL_TIME = /^0?\.\d+$/;
const EXCEL_TIME_RANGE = /^(0?\.\d+)\s*(?:-|–|—|~|至|到)\s*(0?\.\d+)$/;

function fromExcelSerial(text: string): ParsedCell {
  // To the nearest minute: a hand-typed 0.5833 means 14:00, not 13:59:57.
  const ms = Math.round((Number(text) - 25569) * 1440) * 60_000;
  const wall = new Date(ms);
  const date = {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
  };
  // A whole number is a date cell: a day, not its midnight.
  if (!text.includes('.')) return { date };
  return { date, time: { hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: 0 } };
}

function fromExcelTime(text: string): ParsedCell {
  const minutes = Math.round(Number(text) * 1440);
  return { time: { hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 } };
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
    return serial >= 20000 && serial <= 80000 ? fromExcelSerial(s) : undefined;
  }
  if (EXCEL_TIME.test(s)) return fromExcelTime(s);
  const fractions = EXCEL_TIME_RANGE.exec(s);
  if (fractions) {
    const end = fromExcelTime(fractions[2]!).time!;
    return { time: fromExcelTime(fractions[1]!).time!, endTime: end };
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
  | {
      ok: true;
      start: IsoInstant;
      end: IsoInstant;
      /** Dates without times: 00:00 of the first day to 00:00 after the last (end exclusive). */
      allDay: boolean;
      /** The end's clock time was before the start's on the same day: it ends the next day. */
      overnight: boolean;
    }
  | { ok: false; column: SpanColumn; problem: SpanProblem; value: string };

const START_OF_DAY: ClockTime = { hour: 0, minute: 0, second: 0 };
const END_OF_DAY: ClockTime = { hour: 23, minute: 59, second: 59 };

/** An end earlier on the clock than its start is read as the next day up to this long a span. */
const MAX_OVERNIGHT_MS = 12 * 3_600_000;

function nextDay(date: CalendarDate, ctx: ZoneContext): CalendarDate {
  const next = new Date(Date.UTC(date.year ?? ctx.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/**
 * Combines a row's date, time, start and end cells into one span. Any one of them may carry a
 * range; an end without a date falls on the start's day, or on the next day when its time is
 * earlier (`19:00-01:00`, overnight, up to 12 hours); a span with dates but no times is all day
 * (`allDay`, 00:00 to 00:00 after the last day, as the feed contract and iCalendar have it).
 */
export function resolveSpan(cells: SpanCells, ctx: ZoneContext): SpanResult {
  let cache = spanCaches.get(ctx);
  if (
    !cache ||
    cache.timeZone !== ctx.timeZone ||
    cache.year !== ctx.year ||
    cache.size >= SPANS_MAX
  ) {
    cache = { timeZone: ctx.timeZone, year: ctx.year, size: 0, byDate: new Map() };
    spanCaches.set(ctx, cache);
  }
  // One map per cell, in turn: the cells are the sheet's own strings, the same objects row after
  // row (csv.ts shares short cells), so each lookup reuses their hash. A key made of all four
  // was a new string to build and hash on every row.
  let byTime = cache.byDate.get(cells.date);
  if (!byTime) cache.byDate.set(cells.date, (byTime = new Map()));
  let byStart = byTime.get(cells.time);
  if (!byStart) byTime.set(cells.time, (byStart = new Map()));
  let byEnd = byStart.get(cells.start);
  if (!byEnd) byStart.set(cells.start, (byEnd = new Map()));
  let result = byEnd.get(cells.end);
  if (!result) {
    result = readSpan(cells, ctx);
    byEnd.set(cells.end, result);
    cache.size += 1;
  }
  return result;
}

/**
 * Spans already read, per zone context. A sheet of 100,000 rows holds a few hundred distinct date
 * and time cells, and reading one (NFKC, a dozen patterns, zone arithmetic) costs far more than a
 * lookup. Bounded. Results are shared between rows: callers only read them.
 */
type Cells<T> = Map<string | undefined, T>;
interface SpanCache {
  timeZone: string;
  year: number;
  size: number;
  byDate: Cells<Cells<Cells<Cells<SpanResult>>>>;
}
const spanCaches = new WeakMap<ZoneContext, SpanCache>();
const SPANS_MAX = 20_000;

function readSpan(cells: SpanCells, ctx: ZoneContext): SpanResult {
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
  const holdsEnd = (cell: ParsedCell | undefined) => Boolean(cell?.endDate ?? cell?.endTime);
  const endColumn: SpanColumn = e
    ? 'end'
    : holdsEnd(s)
      ? 'start'
      : holdsEnd(t)
        ? 'time'
        : holdsEnd(d)
          ? 'date'
          : startColumn;

  let startAt = s?.instant && toZonedIso(s.instant, ctx.timeZone);
  let endAt = e?.instant && toZonedIso(e.instant, ctx.timeZone);
  const startDate = s?.date ?? d?.date ?? t?.date;
  const startTime = s?.time ?? t?.time ?? d?.time;
  const statedEndDate = e?.date ?? s?.endDate ?? t?.endDate ?? d?.endDate;
  let endDate = statedEndDate ?? startDate;
  const endTime = e?.time ?? s?.endTime ?? t?.endTime ?? d?.endTime;
  let allDay = false;
  let overnight = false;

  if (!startAt) {
    if (!startDate) return fail(startColumn, 'no-date');
    if (!startTime && endTime && !endAt) return fail(startColumn, 'no-start-time');
    allDay = !startTime && !endTime && !endAt;
    startAt = zonedInstant(startDate, startTime ?? START_OF_DAY, ctx);
    if (!startAt) return fail(startColumn, 'invalid-date');
  }
  if (!endAt) {
    if (!endDate) return fail(endColumn, 'no-date');
    if (!endTime && !allDay) return fail(endColumn, 'no-end-time');
    if (allDay) {
      // The day after the last: all-day ends are exclusive. Checked as a date first.
      if (!zonedInstant(endDate, START_OF_DAY, ctx)) return fail(endColumn, 'invalid-date');
      endDate = nextDay(endDate, ctx);
    }
    endAt = zonedInstant(endDate, endTime ?? START_OF_DAY, ctx);
    if (!endAt) return fail(endColumn, 'invalid-date');
    if (!statedEndDate && Date.parse(endAt) < Date.parse(startAt)) {
      const later = zonedInstant(nextDay(endDate, ctx), endTime!, ctx);
      if (later && Date.parse(later) - Date.parse(startAt) <= MAX_OVERNIGHT_MS) {
        endAt = later;
        overnight = true;
      }
    }
  }
  if (Date.parse(endAt) < Date.parse(startAt)) return fail(endColumn, 'end-before-start');
  return { ok: true, start: startAt, end: endAt, allDay, overnight };
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
