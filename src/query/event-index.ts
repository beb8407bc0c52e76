/**
 * Prepares a big list of events for a widget without a long task: every record's span is read
 * into number columns and the list is sorted by start, in slices that give the main thread back
 * (`runSliced`). The search text of each record (normalised, the costly part) is not needed for
 * the first page: `warmSearch` fills it in slices once the list shows, and a search asked for
 * before then waits for it (`searchReady`). Afterwards a filter or a keystroke only compares
 * numbers and searches prepared strings.
 *
 * Own index rather than a search library: the search box matches substrings of Chinese text
 * (`科普`, `太原 讲座`), which a prepared, normalised haystack per record answers exactly with
 * `String.prototype.includes`; a token index (minisearch with a bigram tokenizer, say) would
 * still need the whole list scanned for the "N events found" count and would add its weight to
 * the page. At 100,000 events the scan is a few milliseconds.
 */
import type { Edition, ProgrammeEvent } from '../feed/types.js';
import { runSliced, yieldToMain, type SliceOptions } from '../feed/slices.js';
import { matchesAllTerms, normalizeSearchText, searchTerms } from '../text/normalize.js';
import { anyOf } from './any-of.js';
import { spanMatcher, type SpanTest } from './event-match.js';
import { endOfZonedDay, startOfZonedDay } from '../time/zoned.js';
import { eventHaystack, searchFields } from './event-search.js';
import { eventSpan } from './event-times.js';
import { ownQuery } from './own-query.js';
import type { EventQuery } from './types.js';

/**
 * Joins a record's fields for one normalisation. U+001F is a normalisation and case boundary
 * (a control character: NFKC never composes, reorders or maps across it, and it is neither cased
 * nor case-ignorable for the final-sigma rule), so normalising the joined text and splitting it
 * there gives each field as `normalizeSearchText` gives it alone, for one ICU call per record
 * instead of nine (4x faster at 100,000 events). Validation removes control characters from
 * feed text; a field that still holds one is normalised alone.
 */
const JOIN = '\u001f';
// Any white space but a lone ASCII space: what `normalizeSearchText` folds to one space, found
// without replacing each ordinary space by itself.
const FOLDED_SPACES = /\s{2,}|[^\S ]/g;

/** `eventHaystack(event)`, computed (a prepared list keeps these in a column, not a cache). */
export function buildHaystack(event: ProgrammeEvent): string {
  const fields = searchFields(event);
  const parts = fields.join(JOIN).normalize('NFKC').toLowerCase().split(JOIN);
  if (parts.length !== fields.length) return fields.map(normalizeSearchText).join('\n');
  for (let i = 0; i < parts.length; i++) parts[i] = parts[i]!.replace(FOLDED_SPACES, ' ').trim();
  return parts.join('\n');
}

// A programme repeats a few hundred start and end times (validation hands every record the same
// string for the same instant), so each is parsed once: a tenth of the time at 100,000 events.
const parsed = new Map<string, number>();

/** `Date.parse(value)`, remembered. */
function instantMs(value: string): number {
  let ms = parsed.get(value);
  if (ms === undefined) {
    if (parsed.size >= 50_000) parsed.clear();
    parsed.set(value, (ms = Date.parse(value)));
  }
  return ms;
}

/** A query on time and search text only, as the instants and terms a prepared list compares. */
export interface PlainQuery {
  from: number;
  toExclusive: number;
  now: number;
  terms: readonly string[];
}

/** A prepared list's spans and search texts, by position: a scan reads arrays, not caches. */
interface Columns {
  starts: Float64Array;
  ends: Float64Array;
  /** Search texts, filled from the start by `warmSearch` (`warmed` of them so far). */
  haystacks: string[];
  warmed: number;
  /** The running warm-up, once started. */
  warming?: Promise<void>;
}

/** Lists `prepareEvents` returned: already in start order, every record prepared. */
const prepared = new WeakMap<readonly ProgrammeEvent[], Columns>();

/** True for a list `prepareEvents` returned (sorted, spans and search text cached). */
export function isPrepared(events: readonly ProgrammeEvent[]): boolean {
  return prepared.has(events);
}

/** Matching events and their positions in the prepared list they came from. */
export interface PreparedMatches<T extends ProgrammeEvent> {
  events: T[];
  /** Positions in the prepared list (empty for a list that was not prepared). */
  positions: Uint32Array;
}

/**
 * The events of a prepared list that pass `test` (see `spanMatcher`), in its order; for any
 * other list, the same through the per-record caches. `within`, positions an earlier answer
 * returned for a broader query on the same list (a visitor typing one more character), limits
 * the scan to those.
 */
export function matchPrepared<T extends ProgrammeEvent>(
  events: readonly T[],
  test: SpanTest,
  extra?: (event: T) => boolean,
  within?: Uint32Array,
  plain?: PlainQuery,
): PreparedMatches<T> {
  const columns = prepared.get(events);
  const out: T[] = [];
  if (!columns) {
    for (const event of events) {
      const { start, end } = eventSpan(event);
      if (test(event, start, end) && (!extra || extra(event))) out.push(event);
    }
    return { events: out, positions: new Uint32Array(0) };
  }
  const { starts, ends, haystacks } = columns;
  const found: number[] = [];
  const count = within ? within.length : events.length;
  // Time and text only (the default list, a search box): columns only, no record read, which at
  // 100,000 records is most of the time a keystroke costs (records lie all over the heap).
  if (plain && !extra) {
    const { from, toExclusive, now, terms } = plain;
    // A search before the warm-up has finished: the rest at once, so the answer stays exact
    // (the widget waits for `warmSearch` instead).
    if (terms.length) warmUntil(events, columns, Infinity);
    // Positions straight into a typed array, records copied once their count is known: at
    // 100,000 records, pushing both onto growing arrays was most of a list's first frame.
    const positions = new Uint32Array(count);
    let n = 0;
    for (let k = 0; k < count; k++) {
      const i = within ? within[k]! : k;
      const start = starts[i]!;
      const end = ends[i]!;
      if (start >= toExclusive || (end <= from && start < from) || end <= now) continue;
      if (terms.length && !matchesAllTerms(haystacks[i]!, terms)) continue;
      positions[n++] = i;
    }
    if (n === events.length) return { events: events.slice(), positions };
    for (let k = 0; k < n; k++) out.push(events[positions[k]!]!);
    return { events: out, positions: positions.slice(0, n) };
  }
  for (let k = 0; k < count; k++) {
    const i = within ? within[k]! : k;
    const event = events[i]!;
    if (test(event, starts[i]!, ends[i]!, haystacks[i]) && (!extra || extra(event))) {
      out.push(event);
      found.push(i);
    }
  }
  return { events: out, positions: Uint32Array.from(found) };
}

/**
 * `matchPrepared` for `query`: read from the columns alone when it asks about time and search
 * text only (see `PlainQuery`).
 */
export function matchQuery<T extends ProgrammeEvent>(
  events: readonly T[],
  query: EventQuery,
  edition: Pick<Edition, 'timeZone'>,
  extra?: (event: T) => boolean,
  within?: Uint32Array,
): PreparedMatches<T> {
  const own = ownQuery(query);
  const plain =
    [own.city, own.topic, own.audience, own.category].every((value) => !anyOf(value)) &&
    own.free === undefined &&
    own.registration === undefined &&
    own.mode === undefined;
  return matchPrepared(
    events,
    spanMatcher(query, edition),
    extra,
    within,
    plain ? plainQuery(own, edition.timeZone) : undefined,
  );
}

/**
 * The instants and terms `spanMatcher` compares for `query`: the same reading of days, in the
 * edition's zone (the tests compare the two answers on every kind of query).
 */
function plainQuery(query: Partial<EventQuery>, timeZone: string): PlainQuery {
  const { from, to } = query;
  return {
    // A day is inclusive: from its 00:00 to the next day's 00:00 in the edition's zone.
    from:
      from === undefined
        ? -Infinity
        : from instanceof Date
          ? from.getTime()
          : startOfZonedDay(from, timeZone).getTime(),
    toExclusive:
      to === undefined
        ? Infinity
        : to instanceof Date
          ? to.getTime() + 1
          : endOfZonedDay(to, timeZone).getTime(),
    now: query.hidePast ? (query.now ?? new Date()).getTime() : -Infinity,
    terms: searchTerms(query.text ?? ''),
  };
}

/** `matchPrepared`'s events. */
export function filterPrepared<T extends ProgrammeEvent>(
  events: readonly T[],
  test: SpanTest,
  extra?: (event: T) => boolean,
): T[] {
  return matchPrepared(events, test, extra).events;
}

/**
 * True when every record matching `terms` also matches `earlier` (each earlier term is part of
 * a new one): the answer for `terms` is then within the answer for `earlier`.
 */
export function narrows(earlier: readonly string[], terms: readonly string[]): boolean {
  return earlier.every((old) => terms.some((term) => term.includes(old)));
}

/** Records per sorted run; a run is sorted in one go (well under a slice at this size). */
const RUN = 2048;
/** Work between two looks at the clock. */
const CHECK_EVERY = 256;

/**
 * `events` in start order (a new list; the order of `sortByStart`), with every record's span in
 * columns, in slices of `sliceMs`. Rejects only when `signal` aborts.
 */
export async function prepareEvents<T extends ProgrammeEvent>(
  events: readonly T[],
  options: SliceOptions = {},
): Promise<T[]> {
  const count = events.length;
  // Spans by input position: the sort compares numbers, not records.
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  let i = 0;
  const readSpans = (deadline: number) => {
    while (i < count) {
      const stop = Math.min(count, i + CHECK_EVERY);
      for (; i < stop; i++) {
        const event = events[i]!;
        starts[i] = instantMs(event.start);
        ends[i] = instantMs(event.end);
      }
      if (performance.now() >= deadline) return false;
    }
    return true;
  };
  // Start, then end, then id: the total order of `sortByStart`.
  const sort = sortSteps(count, (a, b) => {
    const x = events[a]!.id;
    const y = events[b]!.id;
    return starts[a]! - starts[b]! || ends[a]! - ends[b]! || (x < y ? -1 : x > y ? 1 : 0);
  });
  const sorted = new Array<T>(count);
  const columns: Columns = {
    starts: new Float64Array(count),
    ends: new Float64Array(count),
    haystacks: new Array<string>(count),
    warmed: 0,
  };
  let k = 0;
  const fillColumns = (deadline: number) => {
    const order = sort.order();
    while (k < count) {
      const stop = Math.min(count, k + CHECK_EVERY * 8);
      for (; k < stop; k++) {
        const from = order[k]!;
        sorted[k] = events[from]!;
        columns.starts[k] = starts[from]!;
        columns.ends[k] = ends[from]!;
      }
      if (performance.now() >= deadline) return false;
    }
    return true;
  };
  // One sliced job, not one per step: a step that ends early leaves the rest of its slice to the
  // next, where separate jobs would each start a fresh slice in the same task.
  const steps = [readSpans, sort.runs, sort.merges, fillColumns];
  let step = 0;
  await runSliced((deadline) => {
    while (step < steps.length && steps[step]!(deadline)) step += 1;
    return step === steps.length;
  }, options);
  prepared.set(sorted, columns);
  // The list's first render gets a task of its own, not the rest of the last slice.
  await yieldToMain();
  return sorted;
}

/** True once every record of a prepared list has its search text (or for any other list). */
export function searchReady(events: readonly ProgrammeEvent[]): boolean {
  const columns = prepared.get(events);
  return !columns || columns.warmed === events.length;
}

/**
 * Until a prepared list's search texts are ready: the warm-up (started if it was not), which
 * never rejects; then undefined.
 */
export function searchPending(events: readonly ProgrammeEvent[]): Promise<void> | undefined {
  return searchReady(events) ? undefined : warmSearch(events).catch(() => undefined);
}

/**
 * Runs `work` once the page has painted two frames (in Node, after a timer): out of the list's
 * frames. A big list's widget draws its count in one frame and its first rows in a task after
 * it: work started in the first frame would hold those rows back until its last slice, since the
 * continuations of `scheduler.yield` run before other tasks (+0.3–0.6 s to the first items).
 */
function afterPaint(work: () => void): void {
  const start = () => setTimeout(work, 0);
  const g = globalThis as { requestAnimationFrame?: (callback: () => void) => unknown };
  if (g.requestAnimationFrame) g.requestAnimationFrame(() => g.requestAnimationFrame!(start));
  else start();
}

/** `warmSearch` once the list has been painted. */
export function warmAfterPaint(events: readonly ProgrammeEvent[]): void {
  afterPaint(() => void searchPending(events));
}

/**
 * For a list that was not prepared (under `BIG_LIST`): every record's `eventHaystack`, which
 * fills its cache, in slices once the list has been painted, so the first search finds them.
 */
export function warmCache(events: readonly ProgrammeEvent[]): Promise<void> {
  let i = 0;
  const step = (deadline: number) => {
    while (i < events.length) {
      const stop = Math.min(events.length, i + CHECK_EVERY / 4);
      for (; i < stop; i++) eventHaystack(events[i]!);
      if (performance.now() >= deadline) return false;
    }
    return true;
  };
  return new Promise((resolve) => afterPaint(() => resolve(runSliced(step))));
}

/**
 * Fills a prepared list's search texts in slices (once: later calls share the first); for any
 * other list there is nothing to do. Rejects only when `signal` aborts (a later call starts over
 * where it stopped).
 */
export function warmSearch(
  events: readonly ProgrammeEvent[],
  options: SliceOptions = {},
): Promise<void> {
  const columns = prepared.get(events);
  if (!columns) return Promise.resolve();
  columns.warming ??= runSliced((deadline) => warmUntil(events, columns, deadline), options).catch(
    (error: unknown) => {
      columns.warming = undefined;
      throw error;
    },
  );
  return columns.warming;
}

/** Search texts from `columns.warmed` on, until `deadline`; true when all are there. */
function warmUntil(events: readonly ProgrammeEvent[], columns: Columns, deadline: number): boolean {
  const { haystacks } = columns;
  let i = columns.warmed;
  while (i < events.length) {
    const stop = Math.min(events.length, i + CHECK_EVERY / 4);
    for (; i < stop; i++) haystacks[i] = buildHaystack(events[i]!);
    columns.warmed = i;
    if (performance.now() >= deadline) break;
  }
  return i === events.length;
}

/**
 * Positions `0 … count-1` ordered by `compare`, as steps of a sliced job (see `runSliced`): runs
 * sorted in one go each, then merged pairwise, a merge stopping at the slice's deadline.
 */
function sortSteps(count: number, compare: (a: number, b: number) => number) {
  let runs: Uint32Array[] = [];
  let next = 0;
  const sortRuns = (deadline: number) => {
    while (next < count) {
      const end = Math.min(count, next + RUN);
      const run: number[] = [];
      for (let i = next; i < end; i++) run.push(i);
      runs.push(Uint32Array.from(run.sort(compare)));
      next = end;
      if (performance.now() >= deadline) return false;
    }
    return true;
  };
  // The merge under way: runs[pair] and runs[pair + 1] into `out`, the next level in `merged`.
  let merged: Uint32Array[] = [];
  let pair = 0;
  let out: Uint32Array | undefined;
  let i = 0;
  let j = 0;
  const mergeRuns = (deadline: number) => {
    while (runs.length > 1) {
      if (pair >= runs.length) {
        runs = merged;
        merged = [];
        pair = 0;
        continue;
      }
      const a = runs[pair]!;
      const b = runs[pair + 1];
      if (!b) {
        merged.push(a);
        pair += 1;
        continue;
      }
      out ??= new Uint32Array(a.length + b.length);
      for (let n = 0; n < CHECK_EVERY * 4 && (i < a.length || j < b.length); n++) {
        // Ties take from the left: the merge keeps the order of equal records.
        if (j >= b.length || (i < a.length && compare(a[i]!, b[j]!) <= 0)) out[i + j] = a[i++]!;
        else out[i + j] = b[j++]!;
      }
      if (i === a.length && j === b.length) {
        merged.push(out);
        out = undefined;
        i = j = 0;
        pair += 2;
      }
      if (performance.now() >= deadline) return false;
    }
    return true;
  };
  return { runs: sortRuns, merges: mergeRuns, order: () => runs[0] ?? new Uint32Array(0) };
}
