/**
 * A new result list (the first data, every filter or search change) draws its first rows at once
 * and the rest of the page after that frame is painted. Style and layout of ~20 new cards took
 * ~20 ms, over the 16 ms keystroke budget, and made the first layout a long task at 20,000 events
 * (#14). `content-visibility: auto` was tried first: the skipped cards were still styled and laid
 * out once, 16–33 ms worst. `drawRows` below picks the rows.
 */
/** New rows drawn in a new list's first frame: what a screen shows above the fold. */
export const FIRST_ROWS = 6;

/** After the next paint: an animation frame, then a task (a hidden page paints no frames). */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(resolve));
  });

/** What the element keeps between renders for its lists' first frames. */
export interface FirstRowsState<T> {
  /** The next render draws a new list: its first rows now, the rest after. */
  firstFrame: boolean;
  /** The rows drawn last, in order. */
  drawn: T[];
  /** Settles once the rows left for after the first frame are drawn (the latest list's). */
  rest?: Promise<void>;
}

/**
 * The page's rows to draw now: all of them, or for a new list's first frame the start of it with
 * up to FIRST_ROWS rows not drawn before (keeping drawn rows costs next to nothing), and always up
 * to the row that has focus (`focused`, its `data-index` among the rows drawn before), wherever the new list
 * puts it: it must not vanish.
 */
export function drawRows<T>(
  state: FirstRowsState<T>,
  shown: T[],
  focused: string | undefined,
  redraw: () => void,
): T[] {
  if (state.firstFrame) {
    state.firstFrame = false;
    const before = state.drawn;
    const keep = focused === undefined ? -1 : shown.indexOf(before[+focused]!);
    let fresh = 0;
    const count = shown.findIndex(
      (row, i) => i > keep && !before.includes(row) && ++fresh > FIRST_ROWS,
    );
    if (count >= 0) {
      shown = shown.slice(0, count);
      state.rest = afterPaint().then(redraw);
    }
  }
  return (state.drawn = shown);
}

/**
 * The element's update is complete once the rows a new list draws after its first frame are
 * drawn too, until no newer list has scheduled its rest meanwhile (`updateComplete`, `loaded`).
 */
export async function rowsComplete(
  state: FirstRowsState<unknown>,
  updated: () => Promise<boolean>,
): Promise<boolean> {
  let complete = await updated();
  for (let rest; rest !== state.rest; complete = await updated()) await (rest = state.rest);
  return complete;
}
