/**
 * Prepares a big list of events for a widget without a long task: every record's span and search
 * text are computed (and cached per record, see `eventSpan` and `eventHaystack`), then the list is
 * sorted by start, all in slices that give the main thread back (`runSliced`). Afterwards a
 * filter or a keystroke only compares numbers and searches prepared strings.
 *
 * Own index rather than a search library: the search box matches substrings of Chinese text
 * (`科普`, `太原 讲座`), which a prepared, normalised haystack per record answers exactly with
 * `String.prototype.includes`; a token index (minisearch with a bigram tokenizer, say) would
 * still need the whole list scanned for the "N events found" count and would add its weight to
 * the page. At 100,000 events the scan is a few milliseconds.
 */
import type { SxEvent } from '../feed/types.js';
import { runSliced, type SliceOptions } from '../feed/slices.js';
import { eventHaystack } from './event-search.js';
import type { SpanTest } from './event-match.js';
import { eventSpan } from './event-times.js';

/** A prepared list's spans and search texts, by position: a scan reads arrays, not caches. */
interface Columns {
  starts: Float64Array;
  ends: Float64Array;
  haystacks: string[];
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
  const { starts, ends, haystacks } = columns;
  const found: number[] = [];
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

/** The order of `sortByStart`: start, then end, then id (a total order). */
export function compareByStart(a: SxEvent, b: SxEvent): number {
  const x = eventSpan(a);
  const y = eventSpan(b);
  return x.start - y.start || x.end - y.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Records per sorted run; a run is sorted in one go (well under a slice at this size). */
const RUN = 2048;
/** Work between two looks at the clock. */
const CHECK_EVERY = 256;

/**
 * `events` in start order (a new list), with every record's span and search text prepared, in
 * slices of `sliceMs`. Rejects only when `signal` aborts.
 */
export async function prepareEvents<T extends SxEvent>(
  events: readonly T[],
  options: SliceOptions = {},
): Promise<T[]> {
  let i = 0;
  await runSliced((deadline) => {
    while (i < events.length) {
      const stop = Math.min(events.length, i + CHECK_EVERY);
      for (; i < stop; i++) {
        eventSpan(events[i]!);
        eventHaystack(events[i]!);
      }
      if (performance.now() >= deadline) return false;
    }
    return true;
  }, options);
  const sorted = await sortSliced(events, options);
  const columns: Columns = {
    starts: new Float64Array(sorted.length),
    ends: new Float64Array(sorted.length),
    haystacks: new Array<string>(sorted.length),
  };
  let k = 0;
  await runSliced((deadline) => {
    while (k < sorted.length) {
      const stop = Math.min(sorted.length, k + CHECK_EVERY);
      for (; k < stop; k++) {
        const event = sorted[k]!;
        const span = eventSpan(event);
        columns.starts[k] = span.start;
        columns.ends[k] = span.end;
        columns.haystacks[k] = eventHaystack(event);
      }
      if (performance.now() >= deadline) return false;
    }
    return true;
  }, options);
  prepared.set(sorted, columns);
  return sorted;
}

/** A merge sort whose runs and merges stop at each slice's deadline. */
async function sortSliced<T extends SxEvent>(events: readonly T[], options: SliceOptions) {
  let runs: T[][] = [];
  let next = 0;
  await runSliced((deadline) => {
    while (next < events.length) {
      runs.push(events.slice(next, next + RUN).sort(compareByStart));
      next += RUN;
      if (performance.now() >= deadline) return false;
    }
    return true;
  }, options);
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let k = 0; k < runs.length; k += 2) {
      merged.push(
        k + 1 < runs.length ? await mergeSliced(runs[k]!, runs[k + 1]!, options) : runs[k]!,
      );
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

async function mergeSliced<T extends SxEvent>(a: T[], b: T[], options: SliceOptions) {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  await runSliced((deadline) => {
    while (i < a.length || j < b.length) {
      for (let n = 0; n < CHECK_EVERY && (i < a.length || j < b.length); n++) {
        // Ties take from the left: the merge keeps the order of equal records.
        if (j >= b.length || (i < a.length && compareByStart(a[i]!, b[j]!) <= 0)) out.push(a[i++]!);
        else out.push(b[j++]!);
      }
      if (performance.now() >= deadline) return false;
    }
    return true;
  }, options);
  return out;
}
