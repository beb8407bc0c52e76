/**
 * A small map projection for one province: equirectangular, with longitudes scaled by the cosine
 * of the middle latitude so shapes keep their proportions (at Shanxi's size the error is a few
 * percent at the edges, invisible on a locator map). Output is in "map units", y downwards.
 */

export interface Bounds {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export interface Projection {
  /** [x, y] in map units of a point given in the basemap's coordinate system. */
  project(lng: number, lat: number): [number, number];
  /** Size of the projected bounds (padding included). */
  width: number;
  height: number;
}

/** Map units across the larger side of the bounds. */
const SIZE = 1000;

/** Fits `bounds` into SIZE map units with a margin of `padding` (fraction of the larger side). */
export function fitProjection(bounds: Bounds, padding = 0.04): Projection {
  const midLat = ((bounds.minLat + bounds.maxLat) / 2) * (Math.PI / 180);
  const xScale = Math.cos(midLat);
  const spanX = Math.max((bounds.maxLng - bounds.minLng) * xScale, 1e-9);
  const spanY = Math.max(bounds.maxLat - bounds.minLat, 1e-9);
  const k = SIZE / Math.max(spanX, spanY);
  const margin = SIZE * padding;
  return {
    project: (lng, lat) => [
      margin + (lng - bounds.minLng) * xScale * k,
      margin + (bounds.maxLat - lat) * k,
    ],
    width: spanX * k + 2 * margin,
    height: spanY * k + 2 * margin,
  };
}
