import type { DivisionCode, Edition, IsoDate, RegionCity, SxEvent } from '../feed/types.js';
import { matchesAllTerms, searchTerms } from '../text/normalize.js';
import {
  addDaysToKey,
  daysBetween,
  endOfZonedDay,
  startOfZonedDay,
  zonedDayKey,
} from '../time/zoned.js';
import { anyOf, intersects } from './any-of.js';
import { divisionContains, inAnyDivision } from './division.js';
import { eventHaystack } from './event-search.js';
import { eventSpan, eventStartDay } from './event-times.js';
import type { EventQuery, TimeStatus } from './types.js';

/** The part of an edition the event queries need: its zone (and its cities for grouping). */
type EditionZone = Pick<Edition, 'timeZone'>;

/**
 * A test for one event, built once from a query (sets and parsed dates are prepared up front, so
 * testing 5,000 events costs only the comparisons). Paging (`offset`, `limit`) is not part of it.
 */
export function eventMatcher(query: EventQuery, edition: EditionZone): (event: SxEvent) => boolean {
  const { timeZone } = edition;
  const cities = anyOf(query.city);
  const topics = anyOf(query.topic);
  const audiences = anyOf(query.audience);
  const categories = anyOf(query.category);
  const terms = searchTerms(query.text ?? '');
  // A day is inclusive: from its 00:00 to the next day's 00:00 in the edition's zone.
  const from =
    query.from === undefined
      ? -Infinity
      : query.from instanceof Date
        ? query.from.getTime()
        : startOfZonedDay(query.from, timeZone).getTime();
  const toExclusive =
    query.to === undefined
      ? Infinity
      : query.to instanceof Date
        ? query.to.getTime() + 1
        : endOfZonedDay(query.to, timeZone).getTime();
  const now = query.hidePast ? (query.now ?? new Date()).getTime() : -Infinity;
  const { free, registration, mode } = query;

  return (event) => {
    if (!inAnyDivision(cities, event.city)) return false;
    if (categories && !categories.has(event.category)) return false;
    if (!intersects(topics, event.topics)) return false;
    if (!intersects(audiences, event.audience)) return false;
    if (free !== undefined && event.free !== free) return false;
    if (registration !== undefined && (event.registration?.required ?? false) !== registration) {
      return false;
    }
    // A hybrid event (venue and stream) is both online and on site.
    if (mode === 'online' && !event.online) return false;
    if (mode === 'onsite' && !event.venue) return false;
    const { start, end } = eventSpan(event);
    // Overlap, not containment: an exhibition running all week shows on each of its days.
    if (start >= toExclusive || (end <= from && start < from)) return false;
    if (end <= now) return false;
    return terms.length === 0 || matchesAllTerms(eventHaystack(event), terms);
  };
}

/** Events ordered by start, then end, then id (a total order, so equal starts never shuffle). */
export function sortByStart<T extends SxEvent>(events: readonly T[]): T[] {
  return events
    .map((event) => ({ event, span: eventSpan(event) }))
    .sort(
      (a, b) =>
        a.span.start - b.span.start ||
        a.span.end - b.span.end ||
        (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
    )
    .map(({ event }) => event);
}

function page<T>(items: T[], offset = 0, limit?: number): T[] {
  const first = Number.isFinite(offset) ? Math.max(0, Math.floor(offset)) : 0;
  if (limit === undefined || !Number.isFinite(limit)) return first ? items.slice(first) : items;
  return items.slice(first, first + Math.max(0, Math.floor(limit)));
}

/**
 * The events that match `query`, in start order, paged by `offset` and `limit`.
 * Lists in the query mean any-of; different fields must all match. Days are read in
 * `edition.timeZone`; `city` accepts a city code for its counties' events too.
 * @throws RangeError when `from` or `to` names a day that does not exist (`2025-02-30`).
 * @example filterEvents(events, { city: '140100', topic: ['ai', 'aerospace'], text: '机器人' }, edition)
 */
export function filterEvents(
  events: readonly SxEvent[],
  query: EventQuery,
  edition: EditionZone,
): SxEvent[] {
  const matches = eventMatcher(query, edition);
  return page(sortByStart(events.filter(matches)), query.offset, query.limit);
}

/** How many events match `query`, ignoring paging: the total behind "showing 1–20 of N". */
export function countEvents(
  events: readonly SxEvent[],
  query: EventQuery,
  edition: EditionZone,
): number {
  const matches = eventMatcher(query, edition);
  let count = 0;
  for (const event of events) if (matches(event)) count += 1;
  return count;
}

/** Where an event is relative to `now`: `upcoming` before its start, `ended` from its end. */
export function eventStatus(event: SxEvent, now: Date = new Date()): TimeStatus {
  const { start, end } = eventSpan(event);
  const t = now.getTime();
  if (t < start) return 'upcoming';
  return t < end ? 'ongoing' : 'ended';
}

export interface EventDay<T extends SxEvent = SxEvent> {
  day: IsoDate;
  events: T[];
}

export interface GroupByDayOptions {
  /**
   * List an event under every day it runs on, not only its first (a week-long exhibition appears
   * each day). Days are capped at 62 per event. @default false
   */
  eachDay?: boolean;
}

const MAX_SPAN_DAYS = 62;

/**
 * Events grouped by the day they start on in `timeZone` (or every day they run on, with
 * `eachDay`), days in order, each day's events in start order.
 */
export function groupEventsByDay<T extends SxEvent>(
  events: readonly T[],
  timeZone: string,
  options: GroupByDayOptions = {},
): EventDay<T>[] {
  const days = new Map<IsoDate, T[]>();
  const add = (day: IsoDate, event: T) => {
    const list = days.get(day);
    if (list) list.push(event);
    else days.set(day, [event]);
  };
  for (const event of sortByStart(events)) {
    const { start, end } = eventSpan(event);
    const first = eventStartDay(event, timeZone);
    add(first, event);
    if (!options.eachDay || end <= start) continue;
    // The last day is the one holding the event's final moment: ending at 00:00 adds no day.
    const last = zonedDayKey(end - 1, timeZone);
    const span = Math.min(daysBetween(first, last), MAX_SPAN_DAYS - 1);
    for (let offset = 1; offset <= span; offset += 1) add(addDaysToKey(first, offset), event);
  }
  return [...days.keys()].sort().map((day) => ({ day, events: days.get(day) ?? [] }));
}

export interface EventCity<T extends SxEvent = SxEvent> {
  /** The edition's city code the events belong to (a county's events go under their city). */
  code: DivisionCode;
  /** `undefined` when the code is not one of the edition's cities. */
  city: RegionCity | undefined;
  events: T[];
}

/**
 * Events grouped by city, in the order of `edition.cities` (then unknown codes, sorted); each
 * city's events in start order; cities without events left out.
 */
export function groupEventsByCity<T extends SxEvent>(
  events: readonly T[],
  edition: Pick<Edition, 'cities'>,
): EventCity<T>[] {
  const groups = new Map<DivisionCode, T[]>();
  const cityOf = (code: DivisionCode) =>
    edition.cities.find((city) => city.code === code) ??
    edition.cities.find((city) => divisionContains(city.code, code));
  for (const event of sortByStart(events)) {
    const code = cityOf(event.city)?.code ?? event.city;
    const list = groups.get(code);
    if (list) list.push(event);
    else groups.set(code, [event]);
  }
  const known = edition.cities.filter((city) => groups.has(city.code));
  const knownCodes = new Set(known.map((city) => city.code));
  const unknown = [...groups.keys()].filter((code) => !knownCodes.has(code)).sort();
  return [
    ...known.map((city) => ({ code: city.code, city, events: groups.get(city.code) ?? [] })),
    ...unknown.map((code) => ({ code, city: undefined, events: groups.get(code) ?? [] })),
  ];
}
