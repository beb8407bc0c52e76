/**
 * Zoom and pan as plain numbers: the part of the map in view is a rectangle of map units (the
 * SVG viewBox), given by a centre and a zoom factor. Zoom 1 shows the whole basemap.
 */

export interface View {
  zoom: number;
  cx: number;
  cy: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Zoom 32 shows about 10 km across a province the size of Shanxi. */
export const MAX_ZOOM = 32;

/** The whole map in view. */
export function homeView(width: number, height: number): View {
  return { zoom: 1, cx: width / 2, cy: height / 2 };
}

/** `view` with its zoom within 1…MAX_ZOOM and its centre kept over the map. */
export function clampView(view: View, width: number, height: number): View {
  const zoom = Math.min(MAX_ZOOM, Math.max(1, view.zoom));
  const halfW = width / zoom / 2;
  const halfH = height / zoom / 2;
  return {
    zoom,
    cx: Math.min(width - halfW, Math.max(halfW, view.cx)),
    cy: Math.min(height - halfH, Math.max(halfH, view.cy)),
  };
}

/** The rectangle in view. */
export function viewBox(view: View, width: number, height: number): Box {
  const w = width / view.zoom;
  const h = height / view.zoom;
  return { x: view.cx - w / 2, y: view.cy - h / 2, w, h };
}

/** Zooms by `factor` keeping map point (px, py) where it is on screen. */
export function zoomAround(
  view: View,
  factor: number,
  px: number,
  py: number,
  width: number,
  height: number,
): View {
  const zoom = Math.min(MAX_ZOOM, Math.max(1, view.zoom * factor));
  const ratio = view.zoom / zoom;
  return clampView(
    { zoom, cx: px + (view.cx - px) * ratio, cy: py + (view.cy - py) * ratio },
    width,
    height,
  );
}

/** The view that shows the rectangle (with a margin), as close as `maxZoom` allows. */
export function fitBox(
  box: Box,
  width: number,
  height: number,
  maxZoom = MAX_ZOOM / 2,
  margin = 0.15,
): View {
  const w = Math.max(box.w * (1 + 2 * margin), 1e-9);
  const h = Math.max(box.h * (1 + 2 * margin), 1e-9);
  const zoom = Math.min(maxZoom, width / w, height / h);
  return clampView({ zoom, cx: box.x + box.w / 2, cy: box.y + box.h / 2 }, width, height);
}
