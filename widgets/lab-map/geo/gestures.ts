/**
 * Pointer gestures on the geographic map:
 * - drag with a mouse or pen pans;
 * - two fingers pinch to zoom (and pan with their midpoint). One finger is left to the page
 *   (`touch-action: pan-x pan-y` on the map), so a visitor scrolling past the map is not trapped;
 * - the wheel zooms only with Ctrl or ⌘ held (also what a touchpad pinch sends), so a plain wheel
 *   still scrolls the page.
 * A drag that moved is not also a click on the marker it started on.
 */

export interface GestureTarget {
  /** Map units per CSS pixel at the current view. */
  unitsPerPixel(): number;
  /** The map point under a viewport position. */
  toMap(clientX: number, clientY: number): [number, number];
  /** Moves the view by (dx, dy) map units. */
  pan(dx: number, dy: number): void;
  zoomAt(factor: number, x: number, y: number): void;
}

const DRAG_THRESHOLD_PX = 4;

export function attachGestures(element: HTMLElement, target: GestureTarget): () => void {
  const pointers = new Map<number, { x: number; y: number }>();
  let dragged = false;
  let start: { x: number; y: number } | undefined;

  const midpoint = () => {
    const [a, b] = [...pointers.values()];
    return { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2, d: Math.hypot(a!.x - b!.x, a!.y - b!.y) };
  };

  const onDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 1) {
      dragged = false;
      start = { x: event.clientX, y: event.clientY };
    }
  };

  const onMove = (event: PointerEvent) => {
    const previous = pointers.get(event.pointerId);
    if (!previous) return;
    if (pointers.size === 2) {
      const before = midpoint();
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      const after = midpoint();
      const upp = target.unitsPerPixel();
      target.pan(-(after.x - before.x) * upp, -(after.y - before.y) * upp);
      if (before.d > 0 && after.d > 0) {
        const [x, y] = target.toMap(after.x, after.y);
        target.zoomAt(after.d / before.d, x, y);
      }
      dragged = true;
      return;
    }
    // One finger belongs to the page (it scrolls); only a mouse or a pen drags the map.
    if (event.pointerType === 'touch') return;
    if (!dragged && start) {
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) < DRAG_THRESHOLD_PX) return;
      dragged = true;
      try {
        element.setPointerCapture(event.pointerId);
      } catch {
        // A pointer that is no longer active (or a synthetic one): panning works without capture.
      }
    }
    const upp = target.unitsPerPixel();
    target.pan(-(event.clientX - previous.x) * upp, -(event.clientY - previous.y) * upp);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  };

  const onUp = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
  };

  const onClick = (event: MouseEvent) => {
    if (!dragged) return;
    dragged = false;
    event.stopPropagation();
    event.preventDefault();
  };

  const onWheel = (event: WheelEvent) => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const pixels = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    const [x, y] = target.toMap(event.clientX, event.clientY);
    target.zoomAt(Math.exp(-pixels * 0.002), x, y);
  };

  element.addEventListener('pointerdown', onDown);
  element.addEventListener('pointermove', onMove);
  element.addEventListener('pointerup', onUp);
  element.addEventListener('pointercancel', onUp);
  element.addEventListener('click', onClick, true);
  element.addEventListener('wheel', onWheel, { passive: false });
  return () => {
    element.removeEventListener('pointerdown', onDown);
    element.removeEventListener('pointermove', onMove);
    element.removeEventListener('pointerup', onUp);
    element.removeEventListener('pointercancel', onUp);
    element.removeEventListener('click', onClick, true);
    element.removeEventListener('wheel', onWheel);
  };
}
