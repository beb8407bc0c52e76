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
import type { SxEvent } from '../feed/types.js';
import { runSliced, type SliceOptions } from '../feed/slices.js';
import { buildHaystack } from './event-search.js';
import type { SpanTest } from './event-match.js';
import { eventSpan, instantMs } from './event-times.js';

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
const prepared = new WeakMap<readonly SxEvent[], Columns>();

/** True for a list `prepareEvents` returned (sorted, spans and search text cached). */
export function isPrepared(events: readonly SxEvent[]): boolean {
  return prepared.has(events);
}

/** Matching events and their positions in the prepared list they came from. */
export interface PreparedMatches<T extends SxEvent> {
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
export function matchPrepared<T extends SxEvent>(
  events: readonly T[],
  test: SpanTest,
  extra?: (event: T) => boolean,
  within?: Uint32Array,
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
  // A search before the warm-up has finished: the rest at once, so the answer stays exact (the
  // widget waits for `warmSearch` instead; this is for any other caller).
  if (test.searches && columns.warmed < events.length) warmUntil(events, columns, Infinity);
  const { starts, ends, haystacks } = columns;
  const found: number[] = [];
  // Time only (the default list, 100,000 records): the number columns, no record read.
  if (test.span && !extra && !within) {
    const { from, toExclusive, now } = test.span;
    for (let i = 0; i < events.length; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      if (start >= toExclusive || (end <= from && start < from) || end <= now) continue;
      out.push(events[i]!);
      found.push(i);
    }
    return { events: out, positions: Uint32Array.from(found) };
  }
  const count = within ? within.length : events.length;
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

/** `matchPrepared`'s events. */
export function filterPrepared<T extends SxEvent>(
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
export async function prepareEvents<T extends SxEvent>(
  events: readonly T[],
  options: SliceOptions = {},
): Promise<T[]> {
  const count = events.length;
  // Spans by input position: the sort compares numbers, not records.
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  let i = 0;
  await runSliced((deadline) => {
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
  }, options);
  // Start, then end, then id: the total order of `sortByStart`.
  const compare = (a: number, b: number) => {
    const x = events[a]!.id;
    const y = events[b]!.id;
    return starts[a]! - starts[b]! || ends[a]! - ends[b]! || (x < y ? -1 : x > y ? 1 : 0);
  };
  const order = await sortSliced(count, compare, options);
  const sorted = new Array<T>(count);
  const columns: Columns = {
    starts: new Float64Array(count),
    ends: new Float64Array(count),
    haystacks: new Array<string>(count),
    warmed: 0,
  };
  let k = 0;
  await runSliced((deadline) => {
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
  }, options);
  prepared.set(sorted, columns);
  return sorted;
}

/** True once every record of a prepared list has its search text (or for any other list). */
export function searchReady(events: readonly SxEvent[]): boolean {
  const columns = prepared.get(events);
  return !columns || columns.warmed === events.length;
}

/**
 * Fills a prepared list's search texts in slices (once: later calls share the first); for any
 * other list there is nothing to do. Rejects only when `signal` aborts (a later call starts over
 * where it stopped).
 */
export function warmSearch(events: readonly SxEvent[], options: SliceOptions = {}): Promise<void> {
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
function warmUntil(events: readonly SxEvent[], columns: Columns, deadline: number): boolean {
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

/** Positions `0 … count-1` ordered by `compare`: a merge sort whose runs and merges stop at each slice's deadline. */
async function sortSliced(
  count: number,
  compare: (a: number, b: number) => number,
  options: SliceOptions,
): Promise<Uint32Array> {
  let runs: Uint32Array[] = [];
  let next = 0;
  await runSliced((deadline) => {
    while (next < count) {
      const end = Math.min(count, next + RUN);
      const run: number[] = [];
      for (let i = next; i < end; i++) run.push(i);
      runs.push(Uint32Array.from(run.sort(compare)));
      next = end;
      if (performance.now() >= deadline) return false;
    }
    return true;
  }, options);
  while (runs.length > 1) {
    const merged: Uint32Array[] = [];
    for (let r = 0; r < runs.length; r += 2) {
      merged.push(
        r + 1 < runs.length
          ? await mergeSliced(runs[r]!, runs[r + 1]!, compare, options)
          : runs[r]!,
      );
    }
    runs = merged;
  }
  return runs[0] ?? new Uint32Array(0);
}

async function mergeSliced(
  a: Uint32Array,
  b: Uint32Array,
  compare: (a: number, b: number) => number,
  options: SliceOptions,
): Promise<Uint32Array> {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  await runSliced((deadline) => {
    while (i < a.length || j < b.length) {
      for (let n = 0; n < CHECK_EVERY * 4 && (i < a.length || j < b.length); n++) {
        // Ties take from the left: the merge keeps the order of equal records.
        if (j >= b.length || (i < a.length && compare(a[i]!, b[j]!) <= 0)) out[o++] = a[i++]!;
        else out[o++] = b[j++]!;
      }
      if (performance.now() >= deadline) return false;
    }
    return true;
  }, options);
  return out;
}
