/** In-memory clients and basemaps for the <sx-lab-map> stories: each state without a network. */
import type { SxClient } from '../src/client/types.js';
import type { Lab } from '../src/feed/types.js';
import { memoryClient, stateOptions, type StoryState } from '../test/support/memory-client.js';
import { edition } from './sample-edition.js';
import labsJson from '../src/data/shanxi-2025/labs.json';
import gcj02Basemap from '../test/fixtures/basemap-gcj02.json';
import wgs84Basemap from '../test/fixtures/basemap-wgs84.json';
import topoBasemap from '../test/fixtures/basemap-wgs84.topo.json';

export { edition } from './sample-edition.js';
export const sampleLabs = labsJson as unknown as Lab[];

export type LabStoryState = StoryState;

/** A client that answers with the sample facilities (or never, or with an error, or stale). */
export const labStoryClient = (state: StoryState = 'ready', labs = sampleLabs): SxClient =>
  memoryClient(
    'labs',
    { labs },
    {
      ...stateOptions(state, new Date('2025-05-30T22:15:00+08:00')),
      edition,
    },
  );

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
