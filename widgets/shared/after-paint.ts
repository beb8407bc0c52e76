/**
 * Settles after the next paint: an animation frame, then a task. What waits for it (a list's
 * later rows, the lab map's other cards) is then drawn in a frame of its own, after the first
 * content is on screen (#16).
 *
 * A hidden page paints no frames: there it settles at once, and 1 s at most when the page is
 * hidden meanwhile. Not a short timeout: on a slow phone the task that renders can outlast it,
 * and what waits would then be drawn before that frame's paint, in the same long task.
 */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, document.hidden ? 0 : 1000);
    requestAnimationFrame(() => setTimeout(resolve));
  });
