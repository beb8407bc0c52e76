/**
 * Where each city name goes on the geographic map so that no two names overlap and no name covers
 * a marker: below its point when there is room, else above, right or left; a name with no free
 * place is left out (the city stays named in its markers' labels, the city filter and the list).
 * Pure and in pixels, so that it is tested without a DOM.
 */

export type LabelPlace = 'below' | 'above' | 'right' | 'left';

export interface LabelRequest {
  key: string;
  /** The city's point, in pixels from the map's top left corner. */
  x: number;
  y: number;
  /** The name's size in pixels (an estimate is enough: see `estimateLabelSize`). */
  width: number;
  height: number;
  /** Placed first (the selected city, cities with markers). */
  priority?: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The gap between a point and its name, in pixels (clears a marker drawn on the point). */
export const LABEL_GAP_PX = 18;

const PLACES: readonly LabelPlace[] = ['below', 'above', 'right', 'left'];

function boxAt(label: LabelRequest, place: LabelPlace): Box {
  const { x, y, width: w, height: h } = label;
  switch (place) {
    case 'below':
      return {
        left: x - w / 2,
        top: y + LABEL_GAP_PX,
        right: x + w / 2,
        bottom: y + LABEL_GAP_PX + h,
      };
    case 'above':
      return {
        left: x - w / 2,
        top: y - LABEL_GAP_PX - h,
        right: x + w / 2,
        bottom: y - LABEL_GAP_PX,
      };
    case 'right':
      return {
        left: x + LABEL_GAP_PX,
        top: y - h / 2,
        right: x + LABEL_GAP_PX + w,
        bottom: y + h / 2,
      };
    case 'left':
      return {
        left: x - LABEL_GAP_PX - w,
        top: y - h / 2,
        right: x - LABEL_GAP_PX,
        bottom: y + h / 2,
      };
  }
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const inside = (a: Box, bounds: Box) =>
  a.left >= bounds.left &&
  a.right <= bounds.right &&
  a.top >= bounds.top &&
  a.bottom <= bounds.bottom;

/**
 * The place of each label (by key), or `undefined` for a label that fits nowhere. `obstacles`
 * (markers, controls) are avoided; `bounds` (the map) keeps names from being cut off at its edges.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds: Box,
): Map<string, LabelPlace | undefined> {
  const placed: Box[] = [];
  const result = new Map<string, LabelPlace | undefined>();
  const order = [...labels].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
  for (const label of order) {
    const place = PLACES.find((candidate) => {
      const box = boxAt(label, candidate);
      return (
        inside(box, bounds) &&
        !placed.some((other) => overlaps(box, other)) &&
        !obstacles.some((other) => overlaps(box, other))
      );
    });
    if (place) placed.push(boxAt(label, place));
    result.set(label.key, place);
  }
  return result;
}

/** A name's size at `fontPx`: CJK characters are about 1 em wide, Latin ones about 0.6 em. */
export function estimateLabelSize(text: string, fontPx: number): { width: number; height: number } {
  let ems = 0;
  for (const char of text) ems += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(char) ? 1 : 0.6;
  return { width: Math.ceil(ems * fontPx) + 4, height: Math.ceil(fontPx * 1.4) };
}
