/**
 * Starts the feed of an element with `src` together with its code: the manifest at once, then, as
 * soon as it arrives, the resource file the widget shows. Without this the widget's client asks for
 * the manifest only after the code has arrived and run, and for the resource after the manifest
 * has been validated: two round trips after the code instead of none (#16). The responses wait in
 * the page-wide slot the client takes them from (src/client/registry.ts): never a second request.
 * Only what the client would ask for first is started: a resource split by city waits for the
 * client, which knows the cities the widget shows.
 */
import { prefetched } from '../src/client/registry.js';

/** The resource each widget's first render reads (the countdown only needs the manifest). */
const RESOURCE: Readonly<Record<string, string>> = {
  'sx-events': 'events',
  'sx-lab-map': 'labs',
  'sx-story-card': 'stories',
};

/** `value[key]` when it is the parsed JSON's own: a polluted prototype never names a URL. */
const own = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

export function prefetchFeed(element: Element): void {
  const src = element.getAttribute('src');
  if (!src) return;
  const slot = prefetched();
  // `fetch(url)` with no init: nothing a host page put on Object.prototype is read (#14).
  const start = (url: URL) => {
    if (!/^https?:$/.test(url.protocol)) return undefined;
    if (!slot.has(url.href)) slot.set(url.href, fetch(url.href));
    return slot.get(url.href)!;
  };
  let manifest: URL;
  try {
    manifest = new URL(src, element.ownerDocument.baseURI);
  } catch {
    return; // The client reports the address.
  }
  const kind = RESOURCE[element.localName];
  start(manifest)
    ?.then((response) => (kind && response.ok ? response.clone().json() : undefined))
    .then((feed: unknown) => {
      const ref = own(own(feed, 'resources'), kind!);
      if (typeof ref === 'string') void start(new URL(ref, manifest))?.catch(() => undefined);
    })
    // A failure here is the client's to report, when it asks for the same file.
    .catch(() => undefined);
}
