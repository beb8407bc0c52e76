/** In-memory clients and basemaps for the <sx-lab-map> stories: each state without a network. */
import type { FeedResult, SxClient } from '../src/client/types.js';
import type { Edition, Lab } from '../src/feed/types.js';
import { FeedNetworkError } from '../src/errors.js';
import editionJson from '../src/data/shanxi-2025/edition.json';
import labsJson from '../src/data/shanxi-2025/labs.json';
import gcj02Basemap from '../test/fixtures/basemap-gcj02.json';
import wgs84Basemap from '../test/fixtures/basemap-wgs84.json';
import topoBasemap from '../test/fixtures/basemap-wgs84.topo.json';

export const edition = editionJson as unknown as Edition;
export const sampleLabs = labsJson as unknown as Lab[];

export type LabStoryState = 'ready' | 'loading' | 'error' | 'stale';

function result<T>(data: T, stale: boolean): FeedResult<T> {
  return {
    data,
    issues: [],
    stale,
    source: stale ? 'cache' : 'network',
    fetchedAt: new Date('2025-05-30T22:15:00+08:00'),
  };
}

/** A client that answers with the sample facilities (or never, or with an error, or stale). */
export function labStoryClient(state: LabStoryState = 'ready', labs = sampleLabs): SxClient {
  const never = new Promise<never>(() => undefined);
  const stale = state === 'stale';
  return {
    src: `story:labs:${state}`,
    edition: async () => (state === 'loading' ? never : result(edition, stale)),
    events: async () => result([], stale),
    labs: async () => {
      if (state === 'loading') return never;
      if (state === 'error')
        throw new FeedNetworkError('https://example.org/feeds/shanxi-2025.json');
      return result(labs, stale);
    },
    stories: async () => result([], stale),
    refresh: () => undefined,
  };
}

const blobUrl = (data: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));

/**
 * Synthetic basemaps (test/fixtures: a hexagon per city, not real boundaries), as URLs the
 * element can fetch. A real page passes its own reviewed map.
 */
export const basemaps = {
  wgs84: blobUrl(wgs84Basemap),
  gcj02: blobUrl(gcj02Basemap),
  topo: blobUrl(topoBasemap),
};

/** Credit line for the synthetic basemaps (a real map shows its 审图号 here). */
export const SYNTHETIC_CREDIT = '合成示意底图（测试用，非真实边界）';
