/**
 * Greedy grid clustering: points closer than `radius` (map units, from the zoom level) to a
 * cluster's first point join it. A grid of `radius`-sized cells keeps it near-linear: only the
 * 3×3 cells around a point can hold a cluster it joins.
 */

export interface Placed<T> {
  x: number;
  y: number;
  item: T;
}

export interface Cluster<T> {
  /** Mean position of the members. */
  x: number;
  y: number;
  items: T[];
  /** Stable id: the members' ids, sorted and joined. */
  key: string;
}

interface Seed<T> {
  x: number;
  y: number;
  members: Placed<T>[];
}

export function clusterPoints<T>(
  points: readonly Placed<T>[],
  radius: number,
  id: (item: T) => string,
): Cluster<T>[] {
  const size = Math.max(radius, 1e-9);
  const cells = new Map<string, Seed<T>[]>();
  const seeds: Seed<T>[] = [];
  for (const point of points) {
    const cx = Math.floor(point.x / size);
    const cy = Math.floor(point.y / size);
    let best: Seed<T> | undefined;
    let bestDistance = radius * radius;
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const seed of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          const distance = (seed.x - point.x) ** 2 + (seed.y - point.y) ** 2;
          if (distance <= bestDistance) {
            bestDistance = distance;
            best = seed;
          }
        }
      }
    }
    if (best) {
      best.members.push(point);
    } else {
      const seed = { x: point.x, y: point.y, members: [point] };
      seeds.push(seed);
      const key = `${cx},${cy}`;
      cells.set(key, [...(cells.get(key) ?? []), seed]);
    }
  }
  return seeds.map(({ members }) => ({
    x: members.reduce((sum, m) => sum + m.x, 0) / members.length,
    y: members.reduce((sum, m) => sum + m.y, 0) / members.length,
    items: members.map((m) => m.item),
    key: members
      .map((m) => id(m.item))
      .sort()
      .join(','),
  }));
}
