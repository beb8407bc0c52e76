/**
 * Reads a host's basemap: GeoJSON (FeatureCollection, Feature or a bare geometry) or TopoJSON
 * (a Topology, every object). Only areas are kept (Polygon, MultiPolygon); lines and points are
 * ignored. Each area keeps its division code (`properties.adcode`, `.code`, or the feature id) and
 * name, so the map can tell which city a shape is.
 */
import type { Bounds } from './projection.js';

/** [lng, lat] in the basemap's coordinate system. */
export type Position = [number, number];
/** A closed ring; the first ring of a polygon is its outline, the others holes. */
export type Ring = Position[];
export type Polygon = Ring[];

export interface BasemapArea {
  code: string | undefined;
  name: string | undefined;
  polygons: Polygon[];
}

export interface Basemap {
  areas: BasemapArea[];
  bounds: Bounds;
}

/** A basemap that cannot be read (the element falls back to the schematic). */
export class BasemapError extends Error {
  override name = 'BasemapError';
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1])
  );
}

function readRing(value: unknown): Ring | undefined {
  if (!Array.isArray(value)) return undefined;
  const ring = value.filter(isPosition).map((p) => [p[0], p[1]] as Position);
  return ring.length >= 3 ? ring : undefined;
}

function readPolygon(value: unknown): Polygon | undefined {
  if (!Array.isArray(value)) return undefined;
  const rings = value.map(readRing);
  return rings[0] ? rings.filter((ring): ring is Ring => ring !== undefined) : undefined;
}

/** The polygons of a GeoJSON geometry (areas only). */
function geometryPolygons(geometry: unknown): Polygon[] {
  if (!isObject(geometry)) return [];
  switch (geometry['type']) {
    case 'Polygon': {
      const polygon = readPolygon(geometry['coordinates']);
      return polygon ? [polygon] : [];
    }
    case 'MultiPolygon':
      return Array.isArray(geometry['coordinates'])
        ? geometry['coordinates']
            .map(readPolygon)
            .filter((polygon): polygon is Polygon => polygon !== undefined)
        : [];
    case 'GeometryCollection':
      return Array.isArray(geometry['geometries'])
        ? geometry['geometries'].flatMap(geometryPolygons)
        : [];
    default:
      return [];
  }
}

function identity(properties: unknown, id: unknown): Pick<BasemapArea, 'code' | 'name'> {
  const props = isObject(properties) ? properties : {};
  const code = props['adcode'] ?? props['code'] ?? id;
  const name = props['name'];
  return {
    code: code === undefined || code === null ? undefined : String(code),
    name: typeof name === 'string' ? name : undefined,
  };
}

function geoJsonAreas(json: Json): BasemapArea[] {
  switch (json['type']) {
    case 'FeatureCollection':
      return Array.isArray(json['features'])
        ? json['features'].filter(isObject).flatMap(geoJsonAreas)
        : [];
    case 'Feature': {
      const polygons = geometryPolygons(json['geometry']);
      return polygons.length ? [{ ...identity(json['properties'], json['id']), polygons }] : [];
    }
    default: {
      const polygons = geometryPolygons(json);
      return polygons.length ? [{ code: undefined, name: undefined, polygons }] : [];
    }
  }
}

// ---- TopoJSON ----

/** The topology's arcs as absolute positions (quantized arcs are delta-encoded integers). */
function decodeArcs(topology: Json): Position[][] {
  const transform = isObject(topology['transform']) ? topology['transform'] : undefined;
  const scale = transform?.['scale'] as [number, number] | undefined;
  const translate = transform?.['translate'] as [number, number] | undefined;
  const arcs = Array.isArray(topology['arcs']) ? topology['arcs'] : [];
  return arcs.map((arc: unknown) => {
    if (!Array.isArray(arc)) return [];
    let x = 0;
    let y = 0;
    return arc.filter(isPosition).map((point): Position => {
      if (!scale || !translate) return [point[0], point[1]];
      x += point[0];
      y += point[1];
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
}

/** A ring stitched from arc indices; `~i` (negative) walks arc `i` backwards. */
function stitchRing(indices: unknown, arcs: Position[][]): Ring | undefined {
  if (!Array.isArray(indices)) return undefined;
  const ring: Ring = [];
  indices.forEach((index: unknown, n) => {
    if (typeof index !== 'number') return;
    const arc = index < 0 ? [...(arcs[~index] ?? [])].reverse() : (arcs[index] ?? []);
    // Consecutive arcs share their joining point.
    ring.push(...(n === 0 ? arc : arc.slice(1)));
  });
  return ring.length >= 3 ? ring : undefined;
}

function topoPolygon(rings: unknown, arcs: Position[][]): Polygon | undefined {
  if (!Array.isArray(rings)) return undefined;
  const stitched = rings.map((ring) => stitchRing(ring, arcs));
  return stitched[0] ? stitched.filter((ring): ring is Ring => ring !== undefined) : undefined;
}

function topoAreas(geometry: unknown, arcs: Position[][]): BasemapArea[] {
  if (!isObject(geometry)) return [];
  const { type } = geometry;
  if (type === 'GeometryCollection') {
    return Array.isArray(geometry['geometries'])
      ? geometry['geometries'].flatMap((child) => topoAreas(child, arcs))
      : [];
  }
  const raw = geometry['arcs'];
  let polygons: Polygon[] = [];
  if (type === 'Polygon') {
    const polygon = topoPolygon(raw, arcs);
    polygons = polygon ? [polygon] : [];
  } else if (type === 'MultiPolygon' && Array.isArray(raw)) {
    polygons = raw
      .map((polygon) => topoPolygon(polygon, arcs))
      .filter((polygon): polygon is Polygon => polygon !== undefined);
  }
  return polygons.length ? [{ ...identity(geometry['properties'], geometry['id']), polygons }] : [];
}

function topologyAreas(topology: Json): BasemapArea[] {
  const arcs = decodeArcs(topology);
  const objects = isObject(topology['objects']) ? Object.values(topology['objects']) : [];
  return objects.flatMap((object) => topoAreas(object, arcs));
}

// ---- both ----

function boundsOf(areas: readonly BasemapArea[]): Bounds {
  const bounds = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  for (const area of areas) {
    for (const polygon of area.polygons) {
      for (const [lng, lat] of polygon[0] ?? []) {
        bounds.minLng = Math.min(bounds.minLng, lng);
        bounds.maxLng = Math.max(bounds.maxLng, lng);
        bounds.minLat = Math.min(bounds.minLat, lat);
        bounds.maxLat = Math.max(bounds.maxLat, lat);
      }
    }
  }
  return bounds;
}

/** Reads parsed GeoJSON or TopoJSON. Throws `BasemapError` when it holds no area. */
export function readBasemap(json: unknown): Basemap {
  if (!isObject(json)) throw new BasemapError('The basemap is not a JSON object.');
  const areas = json['type'] === 'Topology' ? topologyAreas(json) : geoJsonAreas(json);
  if (areas.length === 0) {
    throw new BasemapError('The basemap holds no Polygon or MultiPolygon (GeoJSON or TopoJSON).');
  }
  return { areas, bounds: boundsOf(areas) };
}
