/**
 * The parts of a countdown imported on demand, through the shared `LazyParts`: the card and banner
 * layouts (loaded with the data, when used); the dates (reading `to`, writing a date other than
 * the week's); the error, stale and next-edition extras. The English words are a catalog, loaded
 * as every widget loads its catalogs (`countdownMessages`).
 */
import { isServer, type LitElement } from 'lit';
import { LazyParts } from '../shared/lazy-part.js';
import { startServerLoad } from '../shared/server-data.js';

const importers = {
  layouts: () => import('./countdown-layouts.js'),
  dates: () => import('./countdown-dates.js'),
  extras: () => import('./countdown-extras.js'),
};
export type PartName = keyof typeof importers;
type Parts = { [K in PartName]: Awaited<ReturnType<(typeof importers)[K]>> };

/** The parts a server has imported: every server render shares them (see `loadPart`). */
const serverParts: Partial<Parts> = {};

/** The parts of `host`, here once imported (on a server, those every render shares). */
export const countdownParts = (host: LitElement) =>
  new LazyParts(host, importers, isServer ? serverParts : {});

/** Imports a part (once; again after a failure), with its styles, and renders again. */
export function loadPart(host: LitElement, lazy: LazyParts<Parts>, name: PartName): void {
  if (isServer) {
    // A render after `serverDataReady()` has them all.
    startServerLoad(`sx-countdown part ${name}`, async () => {
      (serverParts as Record<PartName, unknown>)[name] = await importers[name]();
    });
    return;
  }
  lazy.load(name).catch((error: unknown) => {
    console.warn(`<${host.localName}> could not load a part of itself.`, error);
  });
}
