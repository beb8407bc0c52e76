import { loadDefaultEdition, loadDefaultResource } from '../data/default-feed.js';
import { FeedError, FeedValidationError } from '../errors.js';
import {
  SCHEMA_VERSION,
  type Edition,
  type FeedDocument,
  type FeedManifest,
  type Lab,
  type Story,
  type SxEvent,
  type Validated,
} from '../feed/types.js';
import {
  isManifest,
  resourceFiles,
  resourceRecords,
  type ResourceKind as Kind,
} from '../feed/resources.js';
import { divisionContains } from '../query/division.js';
import { defaultStorage } from './last-good.js';
import { feedRegistry, type FeedEntry } from './registry.js';
import type { ClientOptions, FeedResult, SxClient } from './types.js';

type Feed = FeedDocument | FeedManifest;
// Big feeds are validated in slices (a promise); fatal problems still throw synchronously.
type Validate<T> = (json: unknown) => Validated<T> | Promise<Validated<T>>;
type Validation = typeof import('../feed/validate.js');
/** Picks the validator a file needs, once the validation module has loaded. */
type PickValidate<T> = (validation: Validation) => Validate<T>;

/** Where a client's files come from: the network (shared page-wide) or the embedded edition. */
interface Source {
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

const toDate = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms));

function toResult<T>(entry: FeedEntry, { value, issues }: Validated<T>): FeedResult<T> {
  return {
    data: value,
    issues,
    stale: entry.stale,
    fetchedAt: toDate(entry.fetchedAt),
    source: entry.source,
    serverDate: toDate(entry.serverDate),
  };
}

/** The parts of a split resource as one result, dated by its oldest part. */
function merge<T>(parts: FeedResult<T[]>[], main: FeedResult<unknown>): FeedResult<T[]> {
  const all = parts.length > 0 ? parts : [{ ...main, data: [] as T[], issues: [] }];
  const [oldest] = [...all].sort(
    (a, b) => (a.fetchedAt?.getTime() ?? 0) - (b.fetchedAt?.getTime() ?? 0),
  );
  const stale = all.some((part) => part.stale);
  return {
    ...oldest!,
    data: all.flatMap((part) => part.data),
    issues: all.flatMap((part) => part.issues),
    stale,
    source: stale ? 'cache' : oldest!.source,
  };
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
  // The embedded files pass validation with zero issues and come out unchanged (a build-time
  // test proves it), so they are served as they are, without the validation code.
  const load = async <T>(ref: string) => {
    const json = await (ref === 'edition'
      ? loadDefaultEdition()
      : loadDefaultResource(ref as Kind));
    return toResult<T>(
      { json, stale: false, source: 'embedded' },
      { value: json as T, issues: [] },
    );
  };
  // The embedded edition is a manifest whose resources are the bundled chunks.
  const main = async (): Promise<FeedResult<Feed>> => {
    const result = await load<Edition>('edition');
    const resources = { events: 'events', labs: 'labs', stories: 'stories' };
    return { ...result, data: { schemaVersion: SCHEMA_VERSION, edition: result.data, resources } };
  };
  return { main, load };
}

function networkSource(url: string, options: ClientOptions, owned: Set<string>): Source {
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : options.retry;
  const settings = {
    timeout: options.timeout ?? 10_000,
    retryLimit: retry?.limit ?? 2,
    retryDelay: retry?.delay ?? ((attempt: number) => Math.min(300 * 2 ** (attempt - 1), 3000)),
    maxRetryAfter: retry?.maxRetryAfter ?? 5000,
    fetch: options.fetch,
    storage: options.storage ?? defaultStorage(),
  };
  const load = async <T>(ref: string, path: string, pick: PickValidate<T>) => {
    const [validation, { fetchFeed }] = await Promise.all([loadValidation(), loadFetchFeed()]);
    const validate = pick(validation);
    const fileUrl = absoluteUrl(ref, url);
    if (!fileUrl) throw new FeedValidationError(path, `"${ref}" is not a URL`, [], url);
    owned.add(fileUrl);
    const { entries } = feedRegistry();
    let pending = entries.get(fileUrl);
    if (!pending) {
      const request = fetchFeed(fileUrl, settings, (json) => void validated(json, path, validate));
      entries.set(fileUrl, request);
      // Failures are not kept: the next call asks the network again.
      request.catch(() => entries.get(fileUrl) === request && entries.delete(fileUrl));
      pending = request;
    }
    const entry = await pending;
    return toResult<T>(entry, await validated(entry.json, path, validate));
  };
  return { main: () => load(url, 'feed', (validation) => validation.validateFeedChunked), load };
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
  const { signal } = options;
  const src = options.src || undefined;
  const url = src === undefined ? undefined : absoluteUrl(src);
  /** The URLs `refresh()` drops: the feed's own, and every resource this client loaded. */
  const owned = new Set<string>(url ? [url] : []);
  let source: Source | undefined;
  const getSource = (): Source => {
    if (src === undefined) return (source ??= embeddedSource());
    if (url === undefined) throw new FeedError(`The feed URL is not valid: ${src}`, src);
    return (source ??= networkSource(url, options, owned));
  };

  /** Runs a call that rejects as soon as this client's signal aborts. */
  const call = <T>(run: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const abort = () => reject(signal!.reason);
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort, { once: true });
      Promise.resolve()
        .then(run)
        .then(resolve, reject)
        .finally(() => signal?.removeEventListener('abort', abort));
    });

  async function resource<T>(
    kind: Kind,
    cities: string | string[] | undefined,
  ): Promise<[FeedResult<T[]>, Edition]> {
    const from = getSource();
    const main = await from.main();
    const feed = main.data;
    const { edition } = feed;
    if (!isManifest(feed)) {
      const issues = main.issues.filter((issue) => issue.path.match(KIND_PATH)?.[1] === kind);
      return [{ ...main, data: feed[kind] as T[], issues }, edition];
    }
    const ref = feed.resources[kind];
    const asked = cities === undefined ? undefined : [cities].flat();
    // A file covers a city; a province or a county asked for needs the files it overlaps.
    const files = (ref ? resourceFiles(kind, ref) : []).filter(
      ({ city }) => !asked || city === undefined || asked.some((a) => overlaps(a, city)),
    );
    const parts = await Promise.all(
      files.map(({ path, ref: file }) =>
        from.load(
          file,
          path,
          (validation) => (json) =>
            validation[validatorOf[kind]](resourceRecords(json, kind), edition, path) as Promise<
              Validated<T[]>
            >,
        ),
      ),
    );
    return [merge(parts, main), edition];
  }

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
        const [result, edition] = await resource<SxEvent>('events', query?.city);
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
