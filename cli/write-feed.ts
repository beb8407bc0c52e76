/**
 * Writes a feed directory: a small `manifest.json` that readers revalidate every time, and the
 * records in files named by a hash of their bytes, which never change and can be cached forever.
 * The same content always gets the same name, so republishing an unchanged sheet changes nothing
 * but the manifest's `updatedAt`.
 *
 * Every file is written under a temporary name and renamed into place (a rename within a
 * directory is atomic), data files first and the manifest last: a reader, or a failure half-way
 * (a full disk), sees either the previous feed or the new one, never a mixture or a torn file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SCHEMA_VERSION,
  type DivisionCode,
  type Edition,
  type FeedManifest,
  type Lab,
  type ResourceRef,
  type Story,
  type ProgrammeEvent,
} from '../src/feed/types.js';
import { eventsByCity } from './events-by-city.js';
import { toZonedIso } from './parse-datetime.js';

export interface FeedContent {
  edition: Edition;
  /** Absent: the feed has no such resource (its sheet was not given). */
  events?: ProgrammeEvent[];
  labs?: Lab[];
  stories?: Story[];
}

export interface WriteOptions {
  /** `city`: one events file per city, listed under `resources.events.byCity`. */
  split?: 'city';
  /** The manifest's `updatedAt`. */
  now: Date;
}

export interface WrittenFeed {
  manifest: FeedManifest;
  /** Every file written, manifest last, names relative to the directory. */
  files: string[];
}

export const MANIFEST_FILE = 'manifest.json';

/** A file could not be written; `path` names it, `code` is the system's reason (ENOSPC…). */
export class FeedWriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`cannot write ${path} (${code})`);
    this.name = 'FeedWriteError';
  }
}

/** Writes `body` to `dir/name` through a temporary file in the same directory and a rename. */
export async function writeAtomic(dir: string, name: string, body: string): Promise<void> {
  const temp = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, body);
    await rename(temp, join(dir, name));
  } catch (error) {
    // The temporary file may not exist, or its path may not be usable at all (ENOTDIR): the
    // write's own error is the one to report.
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (error as { code?: string }).code ?? 'EIO';
    throw new FeedWriteError(join(dir, name), code);
  }
}

/** 8 hex digits of SHA-256: a clash between two versions of one feed is not a practical risk. */
export function contentHash(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 8);
}

/** Names the file by its content: `events.3f2a9c1b.json`. */
export function hashedName(stem: string, body: string): string {
  return `${stem}.${contentHash(body)}.json`;
}

/** Records per piece of JSON written. */
const RECORDS_PER_PIECE = 1000;

const codeOf = (error: unknown) => (error as { code?: string }).code ?? 'EIO';

/** A data file written under a temporary name, renamed into place only when the feed is. */
interface StagedFile {
  temp: string;
  name: string;
  /** Records in the file. */
  records: number;
}

/**
 * Writes `records` as `JSON.stringify(records)` would, to a temporary file in `dir`, and names it
 * `<stem>.<hash>.json` (see `hashedName`) without renaming it yet. The JSON is made and hashed a
 * thousand records at a time: one string for a city's 10,000 events would be tens of megabytes,
 * held at the moment a big build holds the most. A failure names the file that was to be
 * written, as `writeAtomic` does (the rest is still hashed for that), and leaves no temporary file.
 */
async function stageJsonList(dir: string, stem: string, records: unknown[]): Promise<StagedFile> {
  const temp = join(dir, `.${stem}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const hash = createHash('sha256');
  let handle: FileHandle | undefined;
  let failure: unknown;
  try {
    handle = await open(temp, 'w');
  } catch (error) {
    failure = error;
  }
  // Each piece is encoded into this buffer, reused: one pass over the text, where Buffer.from
  // measures it first and then allocates for each piece.
  let scratch = Buffer.alloc(0);
  // At least one piece, so an empty list is written `[]`.
  for (let at = 0; at === 0 || at < records.length; at += RECORDS_PER_PIECE) {
    const end = at + RECORDS_PER_PIECE;
    // The piece's records as one list, written by one JSON.stringify call (fewer calls and no
    // string per record), encoded once for both the hash and the file; its brackets are swapped
    // for the piece's own in the bytes (each is one byte), without copying the text.
    const json = JSON.stringify(records.slice(at, end));
    // At most three UTF-8 bytes per UTF-16 unit, so the text always fits whole.
    if (scratch.length < json.length * 3) scratch = Buffer.allocUnsafe(json.length * 3);
    const bytes = scratch.subarray(0, scratch.write(json));
    if (at > 0) bytes[0] = 0x2c; // ,
    const piece = end >= records.length ? bytes : bytes.subarray(0, bytes.length - 1);
    hash.update(piece);
    // After a failure the rest is still hashed: the report names the file by its content.
    if (handle && failure === undefined) {
      try {
        await handle.writeFile(piece);
      } catch (error) {
        failure = error;
      }
    }
  }
  const name = `${stem}.${hash.digest('hex').slice(0, 8)}.json`;
  try {
    await handle?.close();
  } catch (error) {
    failure ??= error;
  }
  if (failure !== undefined) {
    await rm(temp, { force: true });
    throw new FeedWriteError(join(dir, name), codeOf(failure));
  }
  return { temp, name, records: records.length };
}

/**
 * A feed whose data files are written under temporary names: nothing in the directory has changed
 * yet. The build looks at what it is about to publish (the shrink guard) before `commit`.
 */
export interface StagedFeed {
  /** Records in each data file to be published, by its final name. */
  readonly records: ReadonlyMap<string, number>;
  /** Renames the data files into place, then writes the manifest. @throws FeedWriteError */
  commit(): Promise<WrittenFeed>;
  /** Removes the temporary files: the directory is left as it was. */
  discard(): Promise<void>;
}

/**
 * Writes the data files of a feed under temporary names (see `StagedFeed`).
 * @throws FeedWriteError when a file cannot be written (no temporary file is left)
 */
export async function stageFeed(
  dir: string,
  content: FeedContent,
  options: WriteOptions,
): Promise<StagedFeed> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new FeedWriteError(dir, (error as { code?: string }).code ?? 'EIO');
  }
  const staged: StagedFile[] = [];
  // Best effort: a temporary file that cannot be removed is only litter, never part of the feed.
  const discard = async () => {
    await Promise.all(staged.map((file) => rm(file.temp, { force: true }).catch(() => {})));
  };
  const put = async (stem: string, records: unknown[]): Promise<string> => {
    const file = await stageJsonList(dir, stem, records);
    staged.push(file);
    return file.name;
  };

  const resources: FeedManifest['resources'] = {};
  try {
    if (content.events) {
      resources.events =
        options.split === 'city'
          ? await putByCity(content.events, content.edition, put)
          : await put('events', content.events);
    }
    if (content.labs) resources.labs = await put('labs', content.labs);
    if (content.stories) resources.stories = await put('stories', content.stories);
  } catch (error) {
    await discard();
    throw error;
  }

  const commit = async (): Promise<WrittenFeed> => {
    const files: string[] = [];
    for (const [i, file] of staged.entries()) {
      try {
        await rename(file.temp, join(dir, file.name));
      } catch (error) {
        await Promise.all(staged.slice(i).map((rest) => rm(rest.temp, { force: true })));
        throw new FeedWriteError(join(dir, file.name), codeOf(error));
      }
      files.push(file.name);
    }
    const manifest: FeedManifest = {
      schemaVersion: SCHEMA_VERSION,
      edition: content.edition,
      updatedAt: toZonedIso(options.now, content.edition.timeZone),
      resources,
    };
    // Written last: a reader that sees the new manifest finds every file it names.
    await writeAtomic(dir, MANIFEST_FILE, JSON.stringify(manifest, null, 2) + '\n');
    files.push(MANIFEST_FILE);
    return { manifest, files };
  };
  return {
    records: new Map(staged.map((file) => [file.name, file.records])),
    commit,
    discard,
  };
}

export async function writeFeed(
  dir: string,
  content: FeedContent,
  options: WriteOptions,
): Promise<WrittenFeed> {
  return (await stageFeed(dir, content, options)).commit();
}

async function putByCity(
  events: ProgrammeEvent[],
  edition: Edition,
  put: (stem: string, records: unknown[]) => Promise<string>,
): Promise<ResourceRef> {
  const byCity: Record<DivisionCode, string> = {};
  // A county's events go into its city's file; cities without events get no file.
  for (const group of eventsByCity(events, edition)) {
    byCity[group.code] = await put(`events-${group.code}`, group.events);
  }
  return { byCity };
}
