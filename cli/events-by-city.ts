/**
 * A feed's events split into one list per city for `--split city`: the lists, their order and the
 * order within each are exactly those of the SDK's `groupEventsByCity` (edition's cities first,
 * then unknown codes sorted; each list by start, end, then id), which the tests check.
 *
 * Done here rather than with `groupEventsByCity` because of its cost at 100,000 events: its sort
 * reads each event's span through the SDK's per-record cache (a WeakMap that a browser reuses,
 * but a build never asks again), and filling that cache was most of the time of writing the
 * feed. Here the keys are read once into flat arrays, and each city's list is sorted on its own.
 */
import type { DivisionCode, Edition, ProgrammeEvent } from '../src/feed/types.js';
import { regionCity } from '../src/query/division.js';

export interface CityEvents {
  code: DivisionCode;
  events: ProgrammeEvent[];
}

/** Start, end, then id (as `<` compares): the SDK's `sortByStart` order, stable for equal keys. */
function sortByStart(events: ProgrammeEvent[], instants: Map<string, number>): ProgrammeEvent[] {
  const count = events.length;
  // A feed repeats a few hundred start and end instants (the same strings): each parsed once.
  const parse = (instant: string): number => {
    let ms = instants.get(instant);
    if (ms === undefined) {
      ms = Date.parse(instant);
      if (instants.size >= 20_000) instants.clear();
      instants.set(instant, ms);
    }
    return ms;
  };
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const ids = new Array<string>(count);
  const order = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const event = events[i]!;
    starts[i] = parse(event.start);
    ends[i] = parse(event.end);
    ids[i] = event.id;
    order[i] = i;
  }
  order.sort((a, b) => {
    const x = ids[a]!;
    const y = ids[b]!;
    return starts[a]! - starts[b]! || ends[a]! - ends[b]! || (x < y ? -1 : x > y ? 1 : 0);
  });
  const sorted = new Array<ProgrammeEvent>(count);
  for (let i = 0; i < count; i++) sorted[i] = events[order[i]!]!;
  return sorted;
}

export function eventsByCity(events: readonly ProgrammeEvent[], edition: Edition): CityEvents[] {
  const groups = new Map<DivisionCode, ProgrammeEvent[]>();
  // A county's events go to its city's list: looked up once per code.
  const cityCodes = new Map<DivisionCode, DivisionCode>();
  // Indexed: a loop run once, mostly before it is optimised (`for…of` allocates per step then).
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    let code = cityCodes.get(event.city);
    if (code === undefined) {
      code = regionCity(edition, event.city)?.code ?? event.city;
      cityCodes.set(event.city, code);
    }
    const list = groups.get(code);
    if (list) list.push(event);
    else groups.set(code, [event]);
  }
  const known = edition.cities.map((city) => city.code).filter((code) => groups.has(code));
  const knownCodes = new Set(known);
  const unknown = [...groups.keys()].filter((code) => !knownCodes.has(code)).sort();
  const instants = new Map<string, number>();
  return [...known, ...unknown].map((code) => ({
    code,
    events: sortByStart(groups.get(code)!, instants),
  }));
}
