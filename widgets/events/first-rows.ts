/**
 * A new result list (the first data, every filter or search change) draws its first rows at once
 * and the rest of the page after that frame is painted. Style and layout of ~20 new cards took
 * ~20 ms, over the 16 ms keystroke budget, and made the first layout a long task at 20,000 events
 * (#14). `content-visibility: auto` was tried first: the skipped cards were still styled and laid
 * out once, 16–33 ms worst. `SxEvents.drawRows` picks the rows.
 */
/** New rows drawn in a new list's first frame: what a screen shows above the fold. */
export const FIRST_ROWS = 6;

/** After the next paint: an animation frame, then a task (a hidden page paints no frames). */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(resolve));
  });
