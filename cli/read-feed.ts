/**
 * Reads a published feed for `validate`, `ics` and `html`: a local file, a directory (its
 * manifest.json) or an http(s) URL. A manifest's resources are read relative to the manifest, as
 * the SDK client does, and validated under the same paths the client uses (`events.byCity.140100`).
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  isManifest,
  resourceFiles,
  resourceRecords,
  type ResourceKind,
} from '../src/feed/resources.js';
import type { Edition, FeedIssue, Lab, Story, ProgrammeEvent } from '../src/feed/types.js';
import {
  validateEvents,
  validateFeed,
  validateLabs,
  validateStories,
} from '../src/feed/validate.js';
import { fsCode, netProblem } from './fs-errors.js';
import type { NetProblem } from './messages-input.js';
import { MANIFEST_FILE } from './write-feed.js';

/**
 * The input could not be read at all (missing, unreachable, not JSON): exit code 2. `code` is the
 * file system's reason (ENOENT…), `net` the network's (refused, timeout, an HTTP status).
 */
export class FeedReadError extends Error {
  readonly code?: string;
  readonly net?: NetProblem;

  constructor(
    readonly location: string,
    readonly reason: 'missing' | 'network' | 'json',
    detail: string,
    cause: { code?: string; net?: NetProblem } = {},
  ) {
    super(detail);
    this.name = 'FeedReadError';
    if (cause.code) this.code = cause.code;
    if (cause.net) this.net = cause.net;
  }
}

/** How long a URL may take to answer, unless --timeout says otherwise. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

export interface LoadedFeed {
  /** Where the main document was read from (a path or a URL). */
  location: string;
  edition: Edition;
  events: ProgrammeEvent[];
  labs: Lab[];
  stories: Story[];
  /** Every issue, paths prefixed as the client does; unreadable resources are errors here. */
  issues: FeedIssue[];
  manifest: boolean;
}

const KINDS: ResourceKind[] = ['events', 'labs', 'stories'];

const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** A file path, or a directory's manifest.json; URLs pass through. */
export async function locate(source: string, cwd: string): Promise<string> {
  if (isUrl(source)) return source;
  const path = resolve(cwd, source);
  try {
    return (await stat(path)).isDirectory() ? join(path, MANIFEST_FILE) : path;
  } catch (error) {
    throw new FeedReadError(source, 'missing', (error as Error).message, { code: fsCode(error) });
  }
}

async function readText(
  location: string,
  fetchImpl: typeof fetch,
  timeoutSeconds: number,
): Promise<string> {
  if (!isUrl(location)) {
    try {
      return await readFile(location, 'utf8');
    } catch (error) {
      throw new FeedReadError(location, 'missing', (error as Error).message, {
        code: fsCode(error),
      });
    }
  }
  const failed = (error: unknown) =>
    new FeedReadError(location, 'network', (error as Error).message, {
      net: netProblem(error, timeoutSeconds),
    });
  // One deadline for the answer and its body: a server that stalls half-way fails too.
  const signal = AbortSignal.timeout(timeoutSeconds * 1000);
  let response: Response;
  try {
    response = await fetchImpl(location, { signal });
  } catch (error) {
    throw failed(error);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new FeedReadError(location, 'network', `HTTP ${response.status} ${response.statusText}`, {
      net: { kind: 'status', status: response.status },
    });
  }
  try {
    return await response.text();
  } catch (error) {
    throw failed(error);
  }
}

export async function readJson(
  location: string,
  fetchImpl: typeof fetch = fetch,
  timeoutSeconds = DEFAULT_TIMEOUT_SECONDS,
): Promise<unknown> {
  const text = await readText(location, fetchImpl, timeoutSeconds);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FeedReadError(location, 'json', (error as Error).message);
  }
}

/** `ref` relative to the manifest at `base`, a path or a URL like the base. */
function resolveRef(ref: string, base: string): string {
  if (isUrl(ref)) return ref;
  if (isUrl(base)) return new URL(ref, base).href;
  // Resolve like a URL (so `./a/../b.json` and `%20` behave as on a server), then back to a path.
  const url = new URL(ref, pathToFileURL(join(dirname(base), '/')));
  return url.protocol === 'file:' ? decodeURIComponent(url.pathname) : url.href;
}

const validators = { events: validateEvents, labs: validateLabs, stories: validateStories };

export interface LoadOptions {
  cwd: string;
  fetch?: typeof fetch;
  /** How long each URL may take. @default 30 */
  timeoutSeconds?: number;
  /** Words for a resource the manifest names but that cannot be read (in the user's language). */
  describeFailure?: (error: FeedReadError) => string;
}

/**
 * Reads and validates a feed and everything a manifest names.
 * @throws FeedReadError when the main document cannot be read;
 *   FeedValidationError (or FeedVersionError) when it cannot be used at all
 */
export async function loadFeed(source: string, options: LoadOptions): Promise<LoadedFeed> {
  const fetchImpl = options.fetch ?? fetch;
  const location = await locate(source, options.cwd);
  const timeout = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const json = await readJson(location, fetchImpl, timeout);
  const { value: feed, issues } = validateFeed(json);
  const loaded: LoadedFeed = {
    location,
    edition: feed.edition,
    events: [],
    labs: [],
    stories: [],
    issues: [...issues],
    manifest: isManifest(feed),
  };
  if (!isManifest(feed)) {
    loaded.events = feed.events;
    loaded.labs = feed.labs;
    loaded.stories = feed.stories;
    return loaded;
  }
  for (const kind of KINDS) {
    const ref = feed.resources[kind];
    if (!ref) continue;
    for (const { path, ref: file } of resourceFiles(kind, ref)) {
      const at = resolveRef(file, location);
      let resource: unknown;
      try {
        resource = await readJson(at, fetchImpl, timeout);
      } catch (error) {
        if (!(error instanceof FeedReadError)) throw error;
        const message = options.describeFailure?.(error) ?? `${file}: ${error.message}`;
        loaded.issues.push({ path, message, severity: 'error' });
        continue;
      }
      const { value, issues: found } = validators[kind](
        resourceRecords(resource, kind),
        feed.edition,
        path,
      );
      (loaded[kind] as unknown[]).push(...value);
      loaded.issues.push(...found);
    }
  }
  return loaded;
}
