/** In-memory clients for the <sx-events> stories: each state without a network. */
import type { SxClient } from '../src/client/types.js';
import type { ProgrammeEvent } from '../src/feed/types.js';
import eventsJson from '../src/data/shanxi-2025/events.json';
import { memoryClient, stateOptions, type StoryState } from '../test/support/memory-client.js';
import { FETCHED_AT, edition } from './sample-edition.js';

export { edition } from './sample-edition.js';
export type { StoryState } from '../test/support/memory-client.js';
export const sampleEvents = eventsJson as unknown as ProgrammeEvent[];

/** A client that answers with `events` (or never, or with an error, or from a "saved copy"). */
export const storyClient = (events: ProgrammeEvent[], state: StoryState = 'ready'): SxClient =>
  memoryClient(
    'events',
    { events },
    {
      ...stateOptions(state, FETCHED_AT),
      edition: { ...edition, officialUrl: 'https://example.org/notice' },
    },
  );

/** `count` events made from the samples, spread over the week (a large programme). */
export function manySampleEvents(count: number): ProgrammeEvent[] {
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
