/**
 * Which basemap the attributes ask for: the schematic (none to load) or the URL of the host's
 * GeoJSON/TopoJSON, and its coordinate system. Pure: the element warns about what is refused.
 */
import type { Crs } from './geo/geo-map.js';

/** Only what a page can fetch or has made itself: no `javascript:`, `data:` or `file:` URLs. */
const BASEMAP_PROTOCOLS = ['http:', 'https:', 'blob:'];

/** `wgs84`, `WGS-84`, `GCJ-02`, `gcj02`… as one of the two systems, else undefined. */
export function readCrs(value: string | undefined): Crs | undefined {
  const key = (value ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return key === 'wgs84' || key === '' ? 'wgs84' : key === 'gcj02' ? 'gcj02' : undefined;
}

/** What the attributes ask for: both keys always own, so a host page's `Object.prototype.url` is never read as one. */
export interface BasemapChoice {
  /** The URL to load, or undefined for the schematic. */
  url: string | undefined;
  /** A URL refused (not http(s) or blob), for the element's warning. */
  rejected: string | undefined;
}

const answer = (url?: string, rejected?: string): BasemapChoice => ({ url, rejected });

/**
 * The basemap URL that `basemap` (`schematic`, `geo` or a URL) and `basemap-src` name, resolved
 * against `base`; no URL for the schematic; `rejected` holds a URL that is not http(s) or blob.
 */
export function basemapUrl(
  basemap: string | undefined,
  basemapSrc: string | undefined,
  base: string,
): BasemapChoice {
  const choice = basemap?.trim();
  if (choice === 'schematic') return answer();
  const url = choice && choice !== 'geo' ? choice : basemapSrc?.trim();
  if (!url) return answer();
  try {
    const resolved = new URL(url, base);
    if (BASEMAP_PROTOCOLS.includes(resolved.protocol)) return answer(resolved.href);
  } catch {
    // Not a URL at all: refused like a bad protocol.
  }
  return answer(undefined, url);
}
