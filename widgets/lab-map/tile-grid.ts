/**
 * The schematic tile-grid map: each city a tile at the cell its edition names
 * (`edition.cities[].tile`). The grid's size comes from the data, so another region brings its
 * own layout.
 */
import type { RegionCity } from '../../src/feed/types.js';
import { arrowDirection, nearestInDirection } from './spatial-nav.js';

export interface PlacedTile {
  city: RegionCity;
  /** 1-based grid line, ready for CSS grid placement. */
  col: number;
  row: number;
  /** `grid-area` of the tile (`row / col`), made once with the layout, not at each render. */
  area: string;
}

export interface TileLayout {
  cols: number;
  rows: number;
  tiles: PlacedTile[];
  /** The grid's `grid-template-columns` and `grid-template-rows`, made once with the layout. */
  columns: string;
  rowSizes: string;
}

const isCell = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** One layout per list of cities (an edition's, which never changes once loaded). */
const layouts = new WeakMap<readonly RegionCity[], TileLayout>();

/**
 * Places the cities on the smallest grid that holds their tiles (a layout that starts at column 2
 * is shifted to column 1). A city without a valid tile, or on a cell already taken, is left off
 * the schematic (it still appears in the list and the city filter).
 */
export function tileLayout(cities: readonly RegionCity[]): TileLayout {
  let layout = layouts.get(cities);
  if (!layout) layouts.set(cities, (layout = placeTiles(cities)));
  return layout;
}

function placeTiles(cities: readonly RegionCity[]): TileLayout {
  const placed = cities.filter(
    (city): city is RegionCity & Required<Pick<RegionCity, 'tile'>> =>
      isCell(city.tile?.col) && isCell(city.tile?.row),
  );
  const taken = new Set<string>();
  const unique = placed.filter((city) => {
    const key = `${city.tile.col},${city.tile.row}`;
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  });
  if (unique.length === 0) return grid(0, 0, []);
  const minCol = Math.min(...unique.map((city) => city.tile.col));
  const minRow = Math.min(...unique.map((city) => city.tile.row));
  const tiles = unique
    .map((city) => {
      const col = city.tile.col - minCol + 1;
      const row = city.tile.row - minRow + 1;
      return { city, col, row, area: `${row} / ${col}` };
    })
    // Reading order, so Tab order and the DOM follow the picture.
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return grid(
    Math.max(...tiles.map((tile) => tile.col)),
    Math.max(...tiles.map((tile) => tile.row)),
    tiles,
  );
}

const grid = (cols: number, rows: number, tiles: PlacedTile[]): TileLayout => ({
  cols,
  rows,
  tiles,
  columns: `repeat(${cols}, minmax(0, 1fr))`,
  rowSizes: `repeat(${rows}, auto)`,
});

/** Shade step 0 (none open) … 4 (the busiest city) of a count against the largest. */
export function shadeLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil((4 * count) / max)));
}

/**
 * What a key pressed on the tile of `code` does: move to another tile (arrows to the nearest in
 * that direction, Home/End to the first/last), `escape` (clear the choice), or `undefined` for a
 * key the tiles leave to the page. At an edge an arrow stays on the current tile.
 */
export function tileKeyTarget(
  layout: TileLayout,
  code: string | undefined,
  key: string,
): PlacedTile | 'escape' | undefined {
  const current = layout.tiles.find((tile) => tile.city.code === code);
  if (!current) return undefined;
  const direction = arrowDirection(key);
  if (direction) {
    return nearestInDirection(layout.tiles, current, direction, (t) => [t.col, t.row]) ?? current;
  }
  if (key === 'Home') return layout.tiles[0];
  if (key === 'End') return layout.tiles[layout.tiles.length - 1];
  return key === 'Escape' ? 'escape' : undefined;
}
