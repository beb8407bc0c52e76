/**
 * The geographic basemap of `<sx-lab-map>`, when a page names one: its code imported on demand
 * through the shared lazy-part loader (which also attaches the map's styles), its data fetched, a
 * newer choice aborting an older load. Until it is ready, or when it fails, the schematic shows.
 */
import type { LitElement } from 'lit';
import { LazyParts } from '../shared/lazy-part.js';
import type { Crs, GeoMap } from './geo/geo-map.js';

export type GeoStatus = 'none' | 'loading' | 'ready' | 'error';

export class GeoBasemap {
  /** The map once it is ready. */
  map: GeoMap | undefined;
  status: GeoStatus = 'none';
  /** Settles when the basemap asked for last has loaded or failed. */
  loaded: Promise<void> = Promise.resolve();
  private key: string | undefined;
  private abort: AbortController | undefined;
  private readonly lazy: LazyParts<{ geo: typeof import('./geo/geo-map.js') }>;

  constructor(private readonly host: LitElement) {
    this.lazy = new LazyParts(host, { geo: () => import('./geo/geo-map.js') });
  }

  /**
   * Shows the basemap at `url` (none: the schematic), unless it is the one shown already. Called
   * while the host prepares a render, so the new status needs no update of its own.
   */
  show(url: string | undefined, crs: Crs): void {
    const key = `${url ?? ''}|${crs}`;
    if (key === this.key) return;
    this.key = key;
    this.abort?.abort();
    this.map?.detach();
    this.map = undefined;
    this.status = url ? 'loading' : 'none';
    const abort = new AbortController();
    this.abort = abort;
    this.loaded = url ? this.load(url, crs, abort.signal) : Promise.resolve();
  }

  private async load(url: string, crs: Crs, signal: AbortSignal): Promise<void> {
    try {
      const { loadGeoMap } = await this.lazy.load('geo');
      const map = await loadGeoMap(url, crs, signal);
      if (signal.aborted) return;
      map.attach(this.host);
      this.map = map;
      this.status = 'ready';
    } catch (error) {
      if (signal.aborted) return;
      this.status = 'error';
      console.warn(
        `<${this.host.localName}> could not load the basemap; showing the schematic.`,
        error,
      );
    }
    this.host.requestUpdate();
  }
}
