/**
 * The edition for widgets that need nothing else (a countdown, a banner), at the smallest cost.
 *
 * `FeedController` imports the full client (ky, validation, every query), which is right for a
 * programme and far too much for a countdown: here the embedded default edition comes straight
 * from its own data chunk (`loadDefaultEdition`), and the client is imported only when a widget
 * names a feed URL — then through `sharedClient`, so it shares the page's one request per file.
 */
import { loadDefaultEdition } from '../../src/data/default-feed.js';
import type { FeedResult, SxClient } from '../../src/client/types.js';
import type { Edition } from '../../src/feed/types.js';

/**
 * The page's shared client for `src` (the embedded edition without it), imported on first use.
 * Widgets that need more than the edition (one event, say) go through it.
 */
export async function lazySharedClient(src: string | undefined): Promise<SxClient> {
  const { sharedClient } = await import('../../src/client/client.js');
  return sharedClient(src || undefined);
}

/**
 * The edition of `src`, or the embedded default edition without one. The embedded edition is not
 * validated again at run time: it ships with the package and a test holds it to the schema with
 * zero issues (test/node/default-edition.test.ts). It has no server, hence no `serverDate`.
 */
export async function loadEdition(src: string | undefined): Promise<FeedResult<Edition>> {
  if (src) return (await lazySharedClient(src)).edition();
  return {
    data: (await loadDefaultEdition()) as Edition,
    issues: [],
    stale: false,
    source: 'embedded',
  };
}

/** Drops the cached copies of `src` so the next load asks the network (a retry button). */
export async function refreshEdition(src: string | undefined): Promise<void> {
  if (src) (await lazySharedClient(src)).refresh();
}
