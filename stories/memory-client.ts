/**
 * A client for the stories: answers from memory in the state a story shows (ready, loading,
 * error, stale), so every state can be previewed without a network.
 */
import type { FeedResult, SxClient } from '../src/client/types.js';
import type { Edition, Lab, Story, SxEvent } from '../src/feed/types.js';
import { FeedNetworkError } from '../src/errors.js';
import editionJson from '../src/data/shanxi-2025/edition.json';

export const edition = editionJson as unknown as Edition;

export type StoryState = 'ready' | 'loading' | 'error' | 'stale';

export interface StoryRecords {
  events?: SxEvent[];
  labs?: Lab[];
  stories?: Story[];
}

/**
 * Answers with `records` (the resources a widget shows: never while loading, a network error in
 * the error state, a "saved copy" when stale) and with empty lists for the others.
 */
export function memoryClient(
  state: StoryState,
  records: StoryRecords,
  options: { edition?: Edition; fetchedAt?: Date } = {},
): SxClient {
  const never = new Promise<never>(() => undefined);
  const stale = state === 'stale';
  const result = <T>(data: T): FeedResult<T> => ({
    data,
    issues: [],
    stale,
    source: stale ? 'cache' : 'network',
    fetchedAt: options.fetchedAt ?? new Date('2025-05-29T22:15:00+08:00'),
  });
  const answer = async <T>(data: T[] | undefined): Promise<FeedResult<T[]>> => {
    if (data === undefined) return result([]);
    if (state === 'loading') return never;
    if (state === 'error') throw new FeedNetworkError('https://example.org/feeds/shanxi-2025.json');
    return result(data);
  };
  return {
    src: `story:${state}`,
    edition: async () => (state === 'loading' ? never : result(options.edition ?? edition)),
    events: () => answer(records.events),
    labs: () => answer(records.labs),
    stories: () => answer(records.stories),
    refresh: () => undefined,
  };
}
