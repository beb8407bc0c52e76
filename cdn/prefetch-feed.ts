/**
 * Starts the feed of an element with `src` together with its code: the manifest at once, then, as
 * soon as it arrives, the resource file the widget shows. Without this the widget's client asks for
 * the manifest only after the code has arrived and run, and for the resource after the manifest
 * has been validated: two round trips after the code instead of none (#16). The responses wait in
 * the page-wide slot the client takes them from (src/client/registry.ts): never a second request.
 * Only what the client would ask for first is started: a resource split by city waits for the
 * client, which knows the cities the widget shows.
 */
import { feedRegistry, prefetched } from '../src/client/registry.js';

/** The resource each widget's first render reads (the countdown only needs the manifest). */
const RESOURCE: Readonly<Record<string, string>> = {
  'sx-events': 'events',
  'sx-lab-map': 'labs',
  'sx-story-card': 'stories',
};

/** Settles once everything it starts has been started (the loader does not wait: tests do). */
export function prefetchFeed(element: Element): Promise<void> | undefined {
  const src = element.getAttribute('src');
  const kind = RESOURCE[element.localName];
  const slot = prefetched();
  // `fetch(url)` with no init: nothing a host page put on Object.prototype is read (#14). The
  // client checks the address (http or https) and takes only what it would have asked for.
  // Only http(s) is fetched, as by the client (#14: a `data:` address is never requested).
  // A file the page's client already holds (loaded, or in flight) is not asked for again: a tag
  // the page adds later (a partner's lazy embed, a filter that adds a widget) would otherwise
  // fetch a second copy into a slot no client takes from. A held manifest still names the
  // resource the new tag needs, which may not be held yet.
  const { entries } = feedRegistry();
  const start = (url: string) => {
    if (!/^https?:/.test(url)) throw url;
    if (!entries.has(url) && !slot.has(url)) slot.set(url, fetch(url));
  };
  try {
    if (!src) return;
    const manifest = new URL(src, element.ownerDocument.baseURI).href;
    start(manifest);
    const held = entries.get(manifest);
    const body: Promise<{ resources?: Record<string, unknown> } | null> = held
      ? held.then((entry) => entry.json as never)
      : slot.get(manifest)!.then((response) => (response.ok ? response.clone().json() : null));
    return (
      body
        .then((json) => {
          const ref = kind && json?.resources?.[kind];
          if (typeof ref == 'string') start(new URL(ref, manifest).href);
        })
        // A failure here is the client's to report, when it asks for the same file.
        .catch(() => undefined)
    );
  } catch {
    // An address that does not parse: the client reports it.
  }
}
