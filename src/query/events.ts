import type { DivisionCode, Edition, IsoDate, RegionCity, ProgrammeEvent } from '../feed/types.js';
import { addDaysToKey, daysBetween, zonedDayKey } from '../time/zoned.js';
import { divisionContains } from './division.js';
import { eventMatcher, sortByStart } from './event-match.js';
import { eventSpan, eventStartDay } from './event-times.js';
import { ownQuery } from './own-query.js';
import type { EventQuery } from './types.js';

export { eventMatcher, eventStatus, sortByStart } from './event-match.js';

/** The part of an edition the event queries need: its zone (and its cities for grouping). */
type EditionZone = Pick<Edition, 'timeZone'>;

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
  events: readonly ProgrammeEvent[],
  query: EventQuery,
  edition: EditionZone,
): ProgrammeEvent[] {
  const matches = eventMatcher(query, edition);
  const { offset, limit } = ownQuery(query);
  return page(sortByStart(events.filter(matches)), offset, limit);
}

/** How many events match `query`, ignoring paging: the total behind "showing 1–20 of N". */
export function countEvents(
  events: readonly ProgrammeEvent[],
  query: EventQuery,
  edition: EditionZone,
): number {
  const matches = eventMatcher(query, edition);
  let count = 0;
  for (const event of events) if (matches(event)) count += 1;
  return count;
}

export interface EventDay<T extends ProgrammeEvent = ProgrammeEvent> {
  day: IsoDate;
  events: T[];
}

export interface GroupByDayOptions {
  /**
   * List an event under every day it runs on, not only its first (a week-long exhibition appears
   * each day), after the events that begin and end on that day. Days are capped at 62 per event.
   * @default false
   */
  eachDay?: boolean;
}

const MAX_SPAN_DAYS = 62;

/**
 * Events grouped by the day they start on in `timeZone` (or every day they run on, with
 * `eachDay`), days in order, each day's events in start order.
 */
export function groupEventsByDay<T extends ProgrammeEvent>(
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
  const ordered = (list: T[]) =>
    // A day's own events lead; the exhibitions running through it follow (stable: start order).
    options.eachDay ? [...list].sort((a, b) => spansDays(a) - spansDays(b)) : list;
  const spansDays = (event: T) => {
    const { start, end } = eventSpan(event);
    return end > start && zonedDayKey(end - 1, timeZone) !== eventStartDay(event, timeZone) ? 1 : 0;
  };
  return [...days.keys()].sort().map((day) => ({ day, events: ordered(days.get(day) ?? []) }));
}

export interface EventCity<T extends ProgrammeEvent = ProgrammeEvent> {
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
export function groupEventsByCity<T extends ProgrammeEvent>(
  events: readonly T[],
  edition: Pick<Edition, 'cities'>,
): EventCity<T>[] {
  const groups = new Map<DivisionCode, T[]>();
  // Looked up once per code, not once per event.
  const cityCodes = new Map<DivisionCode, DivisionCode>();
  const cityOf = (code: DivisionCode) => {
    let city = cityCodes.get(code);
    if (city === undefined) {
      city =
        (
          edition.cities.find((city) => city.code === code) ??
          edition.cities.find((city) => divisionContains(city.code, code))
        )?.code ?? code;
      cityCodes.set(code, city);
    }
    return city;
  };
  for (const event of sortByStart(events)) {
    const code = cityOf(event.city);
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
