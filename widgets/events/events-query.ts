/**
 * Which events `<sx-events>` lists: the element's attributes and the visitor's filters turned into
 * one query, its answer kept while nothing it reads has changed, and the days and filter controls
 * the bar offers. Pure (no DOM, no Lit), so it is tested in Node (test/node/events-query.test.ts).
 */
import type { FeedResult, SxClient } from '../../src/client/types.js';
import type { Edition, IsoDate, ProgrammeEvent } from '../../src/feed/types.js';
import { eventMatcher, sortByStart } from '../../src/query/event-match.js';
import type { EventQuery } from '../../src/query/types.js';
import { searchTerms } from '../../src/text/normalize.js';
import { splitList } from '../../src/text/split-list.js';
import { addDaysToKey, isIsoDate, zonedDayKey } from '../../src/time/zoned.js';
import { eventDays } from '../../src/time/event-when.js';
import {
  EMPTY_FILTERS,
  FILTER_CONTROLS,
  type FilterControl,
  type FilterState,
} from './filter-state.js';

type EventIndex = typeof import('../../src/query/event-index.js');
let eventIndex: EventIndex | undefined;
let eventIndexLoad: Promise<EventIndex | undefined> | undefined;

/**
 * Lists from this size on are sorted and indexed in slices by the big-list index; smaller ones are
 * sorted in one go (a few milliseconds), so the index is never downloaded for them and a small
 * programme's first item waits for no extra request.
 */
export const BIG_LIST = 2000;

/**
 * The big-list index (sorting and indexing in slices, scans by position), downloaded only for a
 * big list, once it has arrived. Without it (the chunk failed) lists are sorted and searched as
 * they are, in one go.
 */
export function loadEventIndex(): Promise<EventIndex | undefined> {
  return (eventIndexLoad ??= import('../../src/query/event-index.js').then(
    (module) => (eventIndex = module),
    () => (eventIndexLoad = undefined),
  ));
}

/** `events` sorted and indexed in slices when the list is big (see `BIG_LIST`), else as given. */
export async function prepareList<T extends ProgrammeEvent>(events: T[]): Promise<T[]> {
  const index = events.length >= BIG_LIST ? await loadEventIndex() : undefined;
  return index ? index.prepareEvents(events) : events;
}

/**
 * The events of the cities in `scope` (comma-separated; `''`: all), sorted and indexed in slices
 * so that neither the first render nor the first keystroke does it for thousands of records in
 * one long task. When a visitor's newly picked city fails, the `previous` list stays (filtered to
 * nothing) with the partial-data notice naming that city and a retry, instead of the whole widget
 * turning into an error; `loaded` says whether `scope`'s files are here.
 */
export async function loadScope(
  client: SxClient,
  scope: string,
  previous: FeedResult<ProgrammeEvent[]> | undefined,
): Promise<{ events: FeedResult<ProgrammeEvent[]>; loaded: boolean }> {
  try {
    const events = await client.events(scope ? { city: scope.split(',') } : undefined);
    return { events: { ...events, data: await prepareList(events.data) }, loaded: true };
  } catch (error) {
    if (!previous || !scope) throw error;
    const missing = scope.split(',').map((city) => ({ resource: 'events' as const, city, error }));
    return { events: { ...previous, missing }, loaded: false };
  }
}

/** True for a `YYYY-MM-DD` value (an absent or malformed attribute is ignored). */
function validDate(value: string | undefined): value is IsoDate {
  return value !== undefined && isIsoDate(value);
}

/** The element's attributes a query reads (bad values are ignored here, warned about there). */
export interface ListAttributes {
  audience?: string | undefined;
  category?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Everything the answer depends on. The cache key is this object serialised (see `cacheKeys`),
 * so a field added here is part of the key: it can never show a stale list.
 */
export interface ListInput extends ListAttributes {
  filters: FilterState;
  /** Events that have ended are left out (see `hidesPast`). */
  hidePast: boolean;
  /** The ids starred in "my plan" (read only with the `plan` filter). */
  planIds: readonly string[];
  /** The instant past events are hidden as of. Not in the key: it moves every millisecond. */
  now: Date;
  /**
   * Changes whenever `now` must be read again (a minute tick of the element's clock, a new frozen
   * `now`): stands for `now` in the key while past events are hidden.
   */
  clock: string;
}

/** The key of an input without its search text (`rest`), and with it (`key`). */
export function cacheKeys(input: ListInput): { rest: string; key: string } {
  const { now: _now, clock, filters, ...others } = input;
  const rest = JSON.stringify({
    ...others,
    filters: { ...filters, q: '' },
    clock: input.hidePast ? clock : '',
    planIds: filters.plan ? input.planIds : [],
  });
  return { rest, key: `${rest}|${filters.q}` };
}

/** The SDK query of an input (the filters the SDK knows; youth and plan are `extraTest`). */
export function eventQuery(input: ListInput): EventQuery {
  const { filters } = input;
  return {
    city: splitList(filters.city),
    topic: splitList(filters.topic),
    audience: splitList(input.audience),
    category: splitList(input.category),
    from: filters.day || (validDate(input.from) ? input.from : undefined),
    to: filters.day || (validDate(input.to) ? input.to : undefined),
    free: filters.free ? true : undefined,
    text: filters.q,
    hidePast: input.hidePast,
    now: input.now,
  };
}

/** The widget's own filters beyond the SDK's: young people, and "my plan". */
function extraTest({
  filters,
  planIds,
}: ListInput): ((event: ProgrammeEvent) => boolean) | undefined {
  if (!filters.youth && !filters.plan) return undefined;
  const plan = new Set(planIds);
  return (event) =>
    (!filters.youth || event.audience.includes('youth')) && (!filters.plan || plan.has(event.id));
}

/**
 * The events of one widget's list, in start order: kept while the list and the input are the
 * same, and narrowed from the last answer when the visitor types one more character.
 */
export class EventsQuery {
  private sorted: { source: readonly ProgrammeEvent[]; events: ProgrammeEvent[] } | undefined;
  private last:
    | {
        key: string;
        rest: string;
        source: readonly ProgrammeEvent[];
        events: ProgrammeEvent[];
        terms: string[];
        /** The matches' positions in `source` (a prepared list), to narrow from. */
        positions: Uint32Array;
      }
    | undefined;

  /** The cities whose files the list's events came from (`''`: all), once loaded. */
  loadedScope: string | undefined;

  /** The cities to load for `wanted` (see `cityScope`). */
  scope(wanted: readonly string[]): string {
    return cityScope(wanted, this.loadedScope);
  }

  /** The events of `scope` (see `loadScope`), remembering the scope once its files are here. */
  async load(
    client: SxClient,
    scope: string,
    previous: FeedResult<ProgrammeEvent[]> | undefined,
  ): Promise<FeedResult<ProgrammeEvent[]>> {
    const { events, loaded } = await loadScope(client, scope, previous);
    if (loaded) this.loadedScope = scope;
    return events;
  }

  /** `source` in start order (a loaded big list comes prepared: sorted, spans cached). */
  sortedEvents(source: readonly ProgrammeEvent[]): ProgrammeEvent[] {
    if (this.sorted?.source !== source) {
      const ready = eventIndex?.isPrepared(source) ?? false;
      this.sorted = { source, events: ready ? (source as ProgrammeEvent[]) : sortByStart(source) };
      // The search texts once the list shows: the first page needs none. A list under 500 is
      // searched in a few milliseconds even the first time: it never downloads the index.
      if (ready) eventIndex!.warmAfterPaint(source);
      else if (source.length >= 500)
        void loadEventIndex().then((index) => index?.warmCache(source));
    }
    return this.sorted.events;
  }

  /**
   * While the search texts of the shown list are being prepared (a big list, the first second
   * or so after it shows): settles when they are ready. A search waits for this rather than
   * normalising every remaining record in one long task.
   */
  searchPending(events = this.sorted?.source): Promise<void> | undefined {
    return events && eventIndex?.searchPending(events);
  }

  /** The matching events of `source`. */
  matching(
    source: readonly ProgrammeEvent[],
    edition: Edition,
    input: ListInput,
  ): ProgrammeEvent[] {
    const sorted = this.sortedEvents(source);
    const { rest, key } = cacheKeys(input);
    const last = this.last?.source === sorted ? this.last : undefined;
    if (last?.key === key) return last.events;
    const terms = searchTerms(input.filters.q);
    // One more character typed: the answer is within the last one, so only that is scanned.
    const within =
      last?.rest === rest && eventIndex?.narrows(last.terms, terms) ? last.positions : undefined;
    const query = eventQuery(input);
    const extra = extraTest(input);
    let answer: { events: ProgrammeEvent[]; positions: Uint32Array };
    if (eventIndex) {
      // A prepared list is scanned by position (spans and search text in arrays).
      answer = eventIndex.matchQuery(sorted, query, edition, extra, within);
    } else {
      const matches = eventMatcher(query, edition);
      const events = sorted.filter((event) => matches(event) && (!extra || extra(event)));
      answer = { events, positions: new Uint32Array(0) };
    }
    this.last = { key, rest, source: sorted, terms, ...answer };
    return answer.events;
  }

  private dayList: { key: string; days: IsoDate[] } | undefined;

  /** Days a visitor can pick: the same list while its inputs are, so the bar is not redrawn. */
  days(edition: Edition, from?: string, to?: string): IsoDate[] {
    const key = JSON.stringify([edition.id, edition.start, edition.end, from, to]);
    if (this.dayList?.key !== key) this.dayList = { key, days: selectableDays(edition, from, to) };
    return this.dayList.days;
  }

  /** Forgets the last answer (the plan changed in place). */
  forget(): void {
    this.last = undefined;
  }
}

/**
 * While the week is on (or ahead), ended events are hidden unless `showPast`; after the week every
 * event has ended, and an archive is more use than an empty list. (The week is over once the
 * edition's zone is past its last day: `editionPhase` says 'after'.)
 */
export function hidesPast(edition: Edition, now: Date, showPast: boolean): boolean {
  return !showPast && zonedDayKey(now, edition.timeZone) <= edition.end;
}

/** Days a visitor can pick: the edition's, within `from`/`to` (at most 62). */
export function selectableDays(edition: Edition, from?: string, to?: string): IsoDate[] {
  const first = validDate(from) && from > edition.start ? from : edition.start;
  const last = validDate(to) && to < edition.end ? to : edition.end;
  const days: IsoDate[] = [];
  for (let day = first; day <= last && days.length < 62; day = addDaysToKey(day, 1)) days.push(day);
  return days;
}

/**
 * The first and last day a grouped list shows sections for: a multi-day event is listed under
 * each of its days from the day being looked at (the chosen day, `from`, or today while ended
 * events are hidden), not under days already past.
 */
export function dayBounds(
  edition: Edition,
  input: Pick<ListInput, 'filters' | 'from' | 'to' | 'hidePast' | 'now'>,
): { floorDay: string; ceilingDay: string } {
  const { filters } = input;
  const floorDay = [
    filters.day,
    validDate(input.from) ? input.from : '',
    input.hidePast ? zonedDayKey(input.now, edition.timeZone) : '',
  ].reduce((a, b) => (a > b ? a : b), '');
  const ceilingDay = filters.day || (validDate(input.to) ? input.to : '');
  return { floorDay, ceilingDay };
}

/**
 * The last day a section by day needs for `shown`: the latest day one of them begins on (an event
 * begun before `floorDay` is carded on it), within the bounds.
 */
export function lastShownDay(
  shown: readonly ProgrammeEvent[],
  timeZone: string,
  { floorDay, ceilingDay }: { floorDay: string; ceilingDay: string },
): string {
  let last = floorDay;
  for (const event of shown) {
    const { first } = eventDays(event, timeZone);
    if (first > last) last = first;
  }
  return ceilingDay && ceilingDay < last ? ceilingDay : last;
}

/** The filter values the attributes set: what "clear filters" goes back to. */
export function presetFilters(city?: string, topic?: string, q?: string): FilterState {
  return {
    ...EMPTY_FILTERS,
    city: (splitList(city) ?? []).join(','),
    topic: (splitList(topic) ?? []).join(','),
    q: q ?? '',
  };
}

/** The controls the `filters` attribute asks for (all when absent, none for `none`). */
export function filterControls(filters: string | undefined): ReadonlySet<FilterControl> {
  const value = filters?.trim();
  if (value === undefined || value === '') return new Set(FILTER_CONTROLS);
  if (value === 'none') return new Set();
  return new Set(
    (splitList(value) ?? []).filter((name): name is FilterControl =>
      FILTER_CONTROLS.includes(name as FilterControl),
    ),
  );
}

/**
 * The cities whose files a feed split by city must load (the README promises only the needed
 * ones): those `wanted`, or `''` for all. Cities already `loaded` are not asked again.
 */
export function cityScope(wanted: readonly string[], loaded: string | undefined): string {
  if (wanted.length === 0) return '';
  if (loaded === '' || (loaded && wanted.every((city) => loaded.split(',').includes(city)))) {
    return loaded;
  }
  return [...wanted].sort().join(',');
}
