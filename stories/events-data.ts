/** In-memory clients for the <sx-events> stories: each state without a network. */
import type { FeedResult, SxClient } from '../src/client/types.js';
import type { Edition, SxEvent } from '../src/feed/types.js';
import { FeedNetworkError } from '../src/errors.js';
import editionJson from '../src/data/shanxi-2025/edition.json';
import eventsJson from '../src/data/shanxi-2025/events.json';

export const edition = editionJson as unknown as Edition;
export const sampleEvents = eventsJson as unknown as SxEvent[];

export type StoryState = 'ready' | 'loading' | 'error' | 'stale';

function result<T>(data: T, stale: boolean): FeedResult<T> {
  return {
    data,
    issues: [],
    stale,
    source: stale ? 'cache' : 'network',
    fetchedAt: new Date('2025-05-29T22:15:00+08:00'),
  };
}

/** A client that answers with `events` (or never, or with an error, or from a "saved copy"). */
export function storyClient(events: SxEvent[], state: StoryState = 'ready'): SxClient {
  const never = new Promise<never>(() => undefined);
  const stale = state === 'stale';
  const withOfficial = { ...edition, officialUrl: 'https://kjt.shanxi.gov.cn/' };
  return {
    src: `story:${state}`,
    edition: async () => (state === 'loading' ? never : result(withOfficial, stale)),
    events: async () => {
      if (state === 'loading') return never;
      if (state === 'error')
        throw new FeedNetworkError('https://example.org/feeds/shanxi-2025.json');
      return result(events, stale);
    },
    labs: async () => result([], stale),
    stories: async () => result([], stale),
    refresh: () => undefined,
  };
}

/** `count` events made from the samples, spread over the week (a large programme). */
export function manySampleEvents(count: number): SxEvent[] {
  const day = 24 * 3600 * 1000;
  return Array.from({ length: count }, (_, i) => {
    const model = sampleEvents[i % sampleEvents.length]!;
    const start = new Date(
      Date.parse('2025-05-24T09:00:00+08:00') + (i % 14) * day + (i % 6) * 3600_000,
    );
    return {
      ...model,
      id: `story-${i}`,
      title: `${model.title} · ${i + 1}`,
      titleEn: `${model.titleEn ?? model.title} · ${i + 1}`,
      start: start.toISOString(),
      end: new Date(start.getTime() + 2 * 3600_000).toISOString(),
    };
  });
}
