/**
 * The one in-memory client, for the tests and the stories alike: answers from memory, in the
 * state a test or a story asks for (ready, loading, error, stale), and logs what it was asked.
 * Not in src/client/: the library never serves data it was not given (its embedded data goes
 * through `lazySharedClient`), so this stays out of the shipped bytes.
 */
import type { FeedResult, SxClient } from '../../src/client/types.js';
import type { Edition, Lab, Story, ProgrammeEvent } from '../../src/feed/types.js';
import { FeedNetworkError } from '../../src/errors.js';
import { testEdition } from './fixture-edition.js';

export interface MemoryClientOptions {
  edition?: Edition;
  stale?: boolean;
  fetchedAt?: Date;
  /** Never answer (the edition and the widget's own resource). */
  hang?: boolean;
  /** Reject the widget's own resource with this. */
  fail?: unknown;
  /** The client's `src` (default `memory:<shows>`); `undefined` reads as embedded data. */
  src?: string;
}

/** What a widget shows: the edition alone (the countdown) or one resource of the feed. */
export type Resource = 'edition' | 'events' | 'labs' | 'stories';

export interface MemoryRecords {
  events?: ProgrammeEvent[];
  labs?: Lab[];
  stories?: Story[];
}

/** The states a story can preview. */
export type StoryState = 'ready' | 'loading' | 'error' | 'stale';

/** The client options that put a widget in a story's `state`. */
export function stateOptions(state: StoryState, fetchedAt?: Date): MemoryClientOptions {
  return {
    hang: state === 'loading',
    fail:
      state === 'error' ? new FeedNetworkError('https://example.org/feeds/feed.json') : undefined,
    stale: state === 'stale',
    fetchedAt,
    src: `story:${state}`,
  };
}

function result<T>(data: T, options: MemoryClientOptions): FeedResult<T> {
  return {
    data,
    issues: [],
    stale: options.stale ?? false,
    source: options.stale ? 'cache' : 'network',
    fetchedAt: options.fetchedAt ?? new Date('2025-05-20T01:00:00Z'),
  };
}

/**
 * A client that answers from memory and logs what it was asked (`calls`: `edition`, `events`…,
 * `refresh`). `hang` and `fail` apply to `shows`, what the widget under test displays (`hang`
 * to the edition too); the others answer empty.
 */
export function memoryClient(
  shows: Resource,
  records: MemoryRecords = {},
  options: MemoryClientOptions = {},
): SxClient & { calls: string[]; refreshes: number } {
  const never = new Promise<never>(() => undefined);
  const calls: string[] = [];
  const answer = async <T>(kind: Resource, data: T) => {
    calls.push(kind);
    if ((kind === shows || kind === 'edition') && options.hang) return never;
    if (kind === shows && options.fail) throw options.fail;
    return result(data, options);
  };
  return {
    src: 'src' in options ? options.src : `memory:${shows}`,
    calls,
    get refreshes() {
      return calls.filter((call) => call === 'refresh').length;
    },
    edition: () => answer('edition', options.edition ?? testEdition({ sample: false })),
    events: () => answer('events', records.events ?? []),
    labs: () => answer('labs', records.labs ?? []),
    stories: () => answer('stories', records.stories ?? []),
    refresh: () => void calls.push('refresh'),
  };
}
