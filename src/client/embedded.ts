/**
 * The embedded default edition as the client serves it, in one place: the page's shared client
 * (`client.ts`, without `src`) and `lazySharedClient` (before the client has loaded) both read it
 * from here. The embedded files pass validation with zero issues and come out unchanged (a
 * build-time test proves it: test/node/default-edition.test.ts), so they are served as they are,
 * without the validation code, ky or the filters.
 */
import {
  loadDefaultEdition,
  loadDefaultResource,
  type DefaultResource,
} from '../data/default-feed.js';
import type { FeedResult, SxClient } from './types.js';

/** An embedded file (`'edition'` or a resource) as a result: unchanged, with no issues. */
export async function embeddedFile<T>(ref: 'edition' | DefaultResource): Promise<FeedResult<T>> {
  const data = await (ref === 'edition' ? loadDefaultEdition() : loadDefaultResource(ref));
  return {
    data: data as T,
    issues: [],
    stale: false,
    fetchedAt: undefined,
    source: 'embedded',
    serverDate: undefined,
  };
}

type ClientModule = typeof import('./client.js');
let clientModule: Promise<ClientModule> | undefined;
const ignore = (): void => undefined;

/**
 * The page's shared client for `src` (`sharedClient`), imported on first use. Without `src`, the
 * edition, and a resource asked for without a query, are served by `embeddedFile` straight away:
 * a countdown on the embedded edition never downloads the client, ky or the validation.
 */
export function lazySharedClient(src: string | undefined): SxClient {
  // One import promise (until one fails: a retry imports again), so a refresh() and the load
  // after it run in the order they were asked.
  const client = () =>
    (clientModule ??= import('./client.js').catch((error: unknown) => {
      clientModule = undefined;
      throw error;
    })).then((m) => m.sharedClient(src));
  const resource = <T>(kind: DefaultResource, query: object | undefined) =>
    !src && !query ? embeddedFile<T>(kind) : undefined;
  return {
    src,
    edition: async () => (src ? (await client()).edition() : embeddedFile('edition')),
    events: async (query) => resource('events', query) ?? (await client()).events(query),
    labs: async (query) => resource('labs', query) ?? (await client()).labs(query),
    stories: async (query) => resource('stories', query) ?? (await client()).stories(query),
    refresh: () => {
      // The embedded edition has nothing cached to drop; a failed import fails the load instead.
      if (src) void client().then((shared) => shared.refresh(), ignore);
    },
  };
}
