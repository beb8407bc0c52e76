import { FeedError, FeedValidationError, FeedVersionError } from '../errors.js';
import {
  SCHEMA_VERSION,
  type Edition,
  type FeedDocument,
  type FeedManifest,
  type Lab,
  type Story,
  type ProgrammeEvent,
  type Validated,
} from '../feed/types.js';
import {
  isManifest,
  resourceFiles,
  resourceRecords,
  type ResourceFile,
  type ResourceKind as Kind,
} from '../feed/resources.js';
import { divisionContains } from '../query/division.js';
import { embeddedFile } from './embedded.js';
import { defaultStores } from './last-good.js';
import { feedRegistry, type FeedEntry } from './registry.js';
import type { ClientOptions, FeedResult, MissingPart, SxClient } from './types.js';

type Feed = FeedDocument | FeedManifest;
// Big feeds are validated in slices (a promise); fatal problems still throw synchronously.
type Validate<T> = (json: unknown) => Validated<T> | Promise<Validated<T>>;
type Validation = typeof import('../feed/validate.js');
/** Picks the validator a file needs, once the validation module has loaded. */
type PickValidate<T> = (validation: Validation) => Validate<T>;

/** Where a client's files come from: the network (shared page-wide) or the embedded edition. */
interface Source {
  /** The manifest's URL, against which its resource files resolve (undefined when embedded). */
  base?: string;
  main(): Promise<FeedResult<Feed>>;
  /** Loads (or joins the load of) the file `ref` names in the manifest, validated under `path`. */
  load<T>(ref: string, path: string, pick: PickValidate<T>): Promise<FeedResult<T>>;
}

// Validation and ky load only with the first network request: a page on the embedded edition
// (checked when it is built, see test/node/default-edition.test.ts) downloads neither.
const loadValidation = () => import('../feed/validate.js');
const loadFetchFeed = () => import('./fetch-feed.js');

const validatorOf = {
  events: 'validateEventsChunked',
  labs: 'validateLabsChunked',
  stories: 'validateStoriesChunked',
} as const;

const KIND_PATH = /^(events|labs|stories)\b/;

/** Validated results by parsed body and path: twenty widgets on one feed validate it once. */
const validatedBodies = new WeakMap<
  object,
  Map<string, Validated<unknown> | Promise<Validated<unknown>>>
>();

function validated<T>(
  json: unknown,
  path: string,
  validate: Validate<T>,
): Validated<T> | Promise<Validated<T>> {
  if (typeof json !== 'object' || json === null) return validate(json);
  let byPath = validatedBodies.get(json);
  if (!byPath) validatedBodies.set(json, (byPath = new Map()));
  let result = byPath.get(path) as Validated<T> | Promise<Validated<T>> | undefined;
  if (!result) byPath.set(path, (result = validate(json)));
  return result;
}

const overlaps = (a: string, b: string) => divisionContains(a, b) || divisionContains(b, a);

/** A time of an entry as a `Date`; undefined for anything that is not a valid one. */
function toDate(ms: number | undefined): Date | undefined {
  const date = typeof ms === 'number' ? new Date(ms) : undefined;
  return date && Number.isFinite(date.getTime()) ? date : undefined;
}

function toResult<T>(entry: FeedEntry, { value, issues }: Validated<T>): FeedResult<T> {
  const result: FeedResult<T> = {
    data: value,
    issues,
    stale: entry.stale,
    fetchedAt: toDate(entry.fetchedAt),
    source: entry.source,
    serverDate: toDate(entry.serverDate),
  };
  if (typeof entry.saved === 'boolean') result.saved = entry.saved;
  return result;
}

/** How many records a validated file holds (the edition counts as one): a saved copy's check. */
function recordCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  const feed = value as Partial<FeedDocument>;
  return 1 + (feed.events?.length ?? 0) + (feed.labs?.length ?? 0) + (feed.stories?.length ?? 0);
}

/**
 * The parts of a split resource as one result, dated by its oldest part; the parts that failed
 * are named in `missing`.
 */
function merge<T>(
  parts: FeedResult<T[]>[],
  main: FeedResult<unknown>,
  missing: MissingPart[],
): FeedResult<T[]> {
  const all = parts.length > 0 ? parts : [{ ...main, data: [] as T[], issues: [] }];
  const [oldest] = [...all].sort(
    (a, b) => (a.fetchedAt?.getTime() ?? 0) - (b.fetchedAt?.getTime() ?? 0),
  );
  const stale = all.some((part) => part.stale);
  const result: FeedResult<T[]> = {
    ...oldest!,
    data: all.flatMap((part) => part.data),
    issues: [...missing.flatMap(missingIssues), ...all.flatMap((part) => part.issues)],
    stale,
    source: stale ? 'cache' : oldest!.source,
    missing,
  };
  delete result.saved;
  // False when any part was refused, true when every part was kept, else not known yet.
  if (all.some((part) => part.saved === false)) result.saved = false;
  else if (all.every((part) => part.saved === true)) result.saved = true;
  return result;
}

/** A file that was not fetched because its address is not usable is also a feed issue. */
function missingIssues(part: MissingPart) {
  const { name, issues } = part.error as { name?: unknown; issues?: unknown };
  return name === 'FeedValidationError' && Array.isArray(issues) && part.url === undefined
    ? (issues as FeedValidationError['issues'])
    : [];
}

/**
 * The records of a resource file, or the error that makes the file unusable: one that holds no
 * list, or says it is of a schema major this SDK does not read, fails like a file that did not
 * arrive (it is reported missing, never shown as a city without records).
 */
function recordsOf(json: unknown, kind: Kind, path: string): unknown[] {
  const version =
    typeof json === 'object' && json !== null && Object.hasOwn(json, 'schemaVersion')
      ? String((json as { schemaVersion: unknown }).schemaVersion)
      : undefined;
  const major = Number(SCHEMA_VERSION.split('.')[0]);
  if (version !== undefined && version.split('.')[0] !== String(major)) {
    throw new FeedVersionError(version, major);
  }
  const records = resourceRecords(json, kind);
  if (!Array.isArray(records)) {
    throw new FeedValidationError(path, `the file holds no list of ${kind}`);
  }
  return records;
}

/** Only web addresses are fetched: a manifest naming `data:` or `javascript:` gets no request. */
const FETCHED_SCHEMES = new Set(['http:', 'https:']);

/**
 * The absolute URL of the file `ref` names (relative to the manifest at `base`), or the
 * `FeedValidationError` saying why it will not be fetched.
 */
function resourceUrl(ref: string, base: string, path: string): string | FeedValidationError {
  const url = typeof ref === 'string' ? absoluteUrl(ref, base) : undefined;
  const parsed = url === undefined ? undefined : new URL(url);
  let message: string | undefined;
  let code = 'url.invalid';
  if (!parsed) message = `"${String(ref)}" is not a URL`;
  else if (!FETCHED_SCHEMES.has(parsed.protocol)) {
    message = `"${parsed.protocol}" addresses are not fetched (only http and https)`;
    code = 'url.scheme';
  } else if (parsed.username || parsed.password) {
    message = 'an address with a user name or password is not fetched';
    code = 'url.credentials';
  }
  if (message === undefined) return url!;
  const issue = {
    path,
    message: `The resource file is not fetched: ${message}.`,
    severity: 'error' as const,
    code,
    params: { url: String(ref).slice(0, 200), scheme: parsed?.protocol ?? '' },
  };
  return new FeedValidationError(path, issue.message, [issue], base);
}

function pageBase(): string | undefined {
  const { document, location } = globalThis as Partial<typeof globalThis>;
  return document?.baseURI ?? location?.href;
}

function absoluteUrl(src: string, base = pageBase()): string | undefined {
  try {
    return new URL(src, base).href;
  } catch {
    return undefined;
  }
}

function embeddedSource(): Source {
  const load = <T>(ref: string) => embeddedFile<T>(ref as 'edition' | Kind);
  // The embedded edition is a manifest whose resources are the bundled chunks.
  const main = async (): Promise<FeedResult<Feed>> => {
    const result = await load<Edition>('edition');
    const resources = { events: 'events', labs: 'labs', stories: 'stories' };
    return { ...result, data: { schemaVersion: SCHEMA_VERSION, edition: result.data, resources } };
  };
  return { main, load };
}

/** `object[key]` when `object` has it as its own: options never read a polluted prototype. */
function own<T extends object, K extends keyof T>(object: T | undefined, key: K): T[K] | undefined {
  return typeof object === 'object' && object !== null && Object.hasOwn(object, key)
    ? object[key]
    : undefined;
}

function networkSource(url: string, options: ClientOptions, owned: Set<string>): Source {
  const given = own(options, 'retry');
  const retry = typeof given === 'number' ? { limit: given } : given;
  const storage = own(options, 'storage');
  const settings = {
    timeout: own(options, 'timeout') ?? 10_000,
    retryLimit: own(retry, 'limit') ?? 2,
    retryDelay:
      own(retry, 'delay') ?? ((attempt: number) => Math.min(300 * 2 ** (attempt - 1), 3000)),
    maxRetryAfter: own(retry, 'maxRetryAfter') ?? 5000,
    fetch: own(options, 'fetch'),
    stores: storage ? () => ({ storage, bodies: undefined }) : once(defaultStores),
  };
  const load = async <T>(ref: string, path: string, pick: PickValidate<T>) => {
    const fileUrl = ref === url ? url : resourceUrl(ref, url, path);
    if (typeof fileUrl !== 'string') throw fileUrl;
    const [validation, { fetchFeed }] = await Promise.all([loadValidation(), loadFetchFeed()]);
    const validate = pick(validation);
    owned.add(fileUrl);
    const { entries } = feedRegistry();
    let pending = entries.get(fileUrl);
    if (!pending) {
      const check = async (json: unknown) =>
        recordCount((await validated(json, path, validate)).value);
      const request = fetchFeed(fileUrl, path, settings, check);
      entries.set(fileUrl, request);
      // Failures are not kept: the next call asks the network again.
      request.catch(() => entries.get(fileUrl) === request && entries.delete(fileUrl));
      pending = request;
    }
    const entry = await pending;
    return toResult<T>(entry, await validated(entry.json, path, validate));
  };
  return {
    base: url,
    main: () => load(url, 'feed', (validation) => validation.validateFeedChunked),
    load,
  };
}

/** `make()`'s value, made at the first call. */
function once<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

/** Runs calls that reject as soon as `signal` aborts (a client's `signal` option). */
function abortable(signal: AbortSignal | undefined) {
  return <T>(run: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const abort = () => reject(signal!.reason);
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort, { once: true });
      Promise.resolve()
        .then(run)
        .then(resolve, reject)
        .finally(() => signal?.removeEventListener('abort', abort));
    });
}

/**
 * A resource's records from `from`, with the edition they are read against: from the feed
 * itself, or from the manifest's files covering `cities` (every file without).
 */
async function loadResource<T>(
  from: Source,
  kind: Kind,
  cities: string | string[] | undefined,
): Promise<[FeedResult<T[]>, Edition]> {
  const main = await from.main();
  const feed = main.data;
  const { edition } = feed;
  if (!isManifest(feed)) {
    const issues = main.issues.filter((issue) => issue.path.match(KIND_PATH)?.[1] === kind);
    return [{ ...main, data: feed[kind] as T[], issues, missing: [] }, edition];
  }
  const files = filesFor(kind, feed.resources[kind], cities);
  const settled = await Promise.allSettled(
    files.map(({ path, ref: file }) =>
      from.load(
        file,
        path,
        (validation) => (json) =>
          validation[validatorOf[kind]](recordsOf(json, kind, path), edition, path) as Promise<
            Validated<T[]>
          >,
      ),
    ),
  );
  // One city's file failing leaves the others shown, and says which is missing; a resource
  // whose every needed file failed is an error like any other.
  const parts: FeedResult<T[]>[] = [];
  const missing: MissingPart[] = [];
  settled.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') parts.push(outcome.value);
    else missing.push(missingPart(kind, files[index]!, from.base, outcome.reason));
  });
  if (parts.length === 0 && missing.length > 0) throw missing[0]!.error;
  return [merge(parts, main, missing), edition];
}

/** The files of a manifest's resource that hold `cities` (a file covers one city, or all). */
function filesFor(
  kind: Kind,
  ref: FeedManifest['resources'][Kind],
  cities: string | string[] | undefined,
): ResourceFile[] {
  const asked = cities === undefined ? undefined : [cities].flat();
  // A file covers a city; a province or a county asked for needs the files it overlaps.
  return (ref ? resourceFiles(kind, ref) : []).filter(
    ({ city }) => !asked || city === undefined || asked.some((a) => overlaps(a, city)),
  );
}

/** What `missing` says of a file that failed: its resource, city, URL (when usable) and error. */
function missingPart(
  kind: Kind,
  { city, ref, path }: ResourceFile,
  base: string | undefined,
  error: unknown,
): MissingPart {
  const fileUrl = resourceUrl(ref, base ?? '', path);
  return {
    resource: kind,
    ...(city !== undefined && { city }),
    ...(typeof fileUrl === 'string' && { url: fileUrl }),
    error,
  };
}

/**
 * A client for one feed. Every client on the page shares one request and one cached result per
 * URL, so widgets may each ask for what they show. Results are shared: treat them as read-only.
 *
 * @example
 * const client = createClient({ src: 'https://example.org/feeds/shanxi-2025/manifest.json' });
 * const { data: events, stale } = await client.events({ city: '140100', topic: 'ai' });
 */
export function createClient(options: ClientOptions = {}): SxClient {
  const signal = own(options, 'signal');
  const src = own(options, 'src') || undefined;
  const url = src === undefined ? undefined : absoluteUrl(src);
  /** The URLs `refresh()` drops: the feed's own, and every resource this client loaded. */
  const owned = new Set<string>(url ? [url] : []);
  let source: Source | undefined;
  const getSource = (): Source => {
    if (src === undefined) return (source ??= embeddedSource());
    if (url === undefined || !FETCHED_SCHEMES.has(new URL(url).protocol)) {
      throw new FeedError(`The feed URL is not valid (http or https only): ${src}`, src);
    }
    return (source ??= networkSource(url, options, owned));
  };

  const call = abortable(signal);
  const resource = <T>(kind: Kind, cities: string | string[] | undefined) =>
    loadResource<T>(getSource(), kind, cities);

  // The filters load with the first query: a countdown, which asks only for the edition, never
  // downloads them (a page that filters usually has them already, from its widgets).
  return {
    src,
    edition: () =>
      call(async () => {
        const main = await getSource().main();
        const issues = main.issues.filter((issue) => !KIND_PATH.test(issue.path));
        return { ...main, data: main.data.edition, issues };
      }),
    events: (query) =>
      call(async () => {
        const [result, edition] = await resource<ProgrammeEvent>('events', query?.city);
        if (!query) return result;
        const { filterEvents } = await import('../query/events.js');
        return { ...result, data: filterEvents(result.data, query, edition) };
      }),
    labs: (query) =>
      call(async () => {
        const [result, edition] = await resource<Lab>('labs', query?.city);
        if (!query) return result;
        const { filterLabs } = await import('../query/labs.js');
        return { ...result, data: filterLabs(result.data, query, edition) };
      }),
    stories: (query) =>
      call(async () => {
        const [result] = await resource<Story>('stories', undefined);
        if (!query) return result;
        const { filterStories } = await import('../query/stories.js');
        return { ...result, data: filterStories(result.data, query) };
      }),
    refresh: () => {
      const { entries } = feedRegistry();
      for (const fileUrl of owned) entries.delete(fileUrl);
    },
  };
}

/**
 * The page's one client for `src` (the embedded edition without it), shared with every other
 * copy of this library on the page.
 */
export function sharedClient(src?: string): SxClient {
  const { clients } = feedRegistry();
  const key = src ? (absoluteUrl(src) ?? src) : '';
  let client = clients.get(key) as SxClient | undefined;
  if (!client) clients.set(key, (client = createClient({ src })));
  return client;
}
