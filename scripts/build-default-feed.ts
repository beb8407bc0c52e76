/**
 * Builds `manifest.json` and `feed.json` of the embedded default edition from its four source
 * files (`edition.json`, `events.json`, `labs.json`, `stories.json`), so the data lives in one
 * place. Re-runnable: the output depends only on the sources.
 *
 * Run: `npx tsx scripts/build-default-feed.ts [directory]` (default: `src/data/shanxi-2025/`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  SCHEMA_VERSION,
  type Edition,
  type FeedDocument,
  type FeedManifest,
  type Lab,
  type Story,
  type ProgrammeEvent,
} from '../src/feed/types.js';

export const DEFAULT_FEED_DIR = fileURLToPath(new URL('../src/data/shanxi-2025/', import.meta.url));

/** File names inside the edition directory; the manifest's resources point at these. */
export const SOURCE_FILES = {
  edition: 'edition.json',
  events: 'events.json',
  labs: 'labs.json',
  stories: 'stories.json',
} as const;
export const MANIFEST_FILE = 'manifest.json';
export const FEED_FILE = 'feed.json';

export interface FeedSources {
  edition: Edition;
  events: ProgrammeEvent[];
  labs: Lab[];
  stories: Story[];
}

export interface BuiltFeed {
  manifest: FeedManifest;
  feed: FeedDocument;
}

export function readFeedSources(dir: string = DEFAULT_FEED_DIR): FeedSources {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  return {
    edition: read(SOURCE_FILES.edition) as Edition,
    events: read(SOURCE_FILES.events) as ProgrammeEvent[],
    labs: read(SOURCE_FILES.labs) as Lab[],
    stories: read(SOURCE_FILES.stories) as Story[],
  };
}

export function buildDefaultFeed(sources: FeedSources): BuiltFeed {
  // The sample data has no revision history of its own, so it is dated by the notice it follows;
  // a clock here would make every run produce a different file.
  const updatedAt = sources.edition.publishedAt;
  const head = {
    schemaVersion: SCHEMA_VERSION,
    edition: sources.edition,
    ...(updatedAt === undefined ? {} : { updatedAt }),
  };
  return {
    manifest: {
      ...head,
      resources: {
        events: SOURCE_FILES.events,
        labs: SOURCE_FILES.labs,
        stories: SOURCE_FILES.stories,
      },
    },
    feed: { ...head, events: sources.events, labs: sources.labs, stories: sources.stories },
  };
}

/** The on-disk form of every file in the edition directory: 2-space JSON, one final newline. */
export function toJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function writeDefaultFeed(dir: string = DEFAULT_FEED_DIR): BuiltFeed {
  const built = buildDefaultFeed(readFeedSources(dir));
  writeFileSync(join(dir, MANIFEST_FILE), toJsonFile(built.manifest));
  writeFileSync(join(dir, FEED_FILE), toJsonFile(built.feed));
  return built;
}

const runDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (runDirectly) {
  const dir = process.argv[2] === undefined ? DEFAULT_FEED_DIR : resolve(process.argv[2]);
  const { feed } = writeDefaultFeed(dir);
  console.log(
    `${join(dir, MANIFEST_FILE)}, ${join(dir, FEED_FILE)}: ` +
      `${feed.events.length} events, ${feed.labs.length} labs, ${feed.stories.length} stories`,
  );
}
