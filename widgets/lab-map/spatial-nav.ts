/** Arrow-key movement between things laid out in a plane (map tiles, map markers). */

export type Direction = 'left' | 'right' | 'up' | 'down';

const KEYS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The direction an arrow key names, else undefined. */
export function arrowDirection(key: string): Direction | undefined {
  return KEYS[key];
}

/**
 * The item nearest to `from` in `direction` (screen coordinates: y grows downwards), preferring
 * items in line with it over items closer but off to the side. Undefined at the edge.
 */
export function nearestInDirection<T>(
  items: readonly T[],
  from: T,
  direction: Direction,
  position: (item: T) => readonly [number, number],
): T | undefined {
  const [fx, fy] = position(from);
  let best: T | undefined;
  let bestScore = Infinity;
  for (const item of items) {
    if (item === from) continue;
    const [x, y] = position(item);
    const dx = x - fx;
    const dy = y - fy;
    const along =
      direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = item;
    }
  }
  return best;
}
