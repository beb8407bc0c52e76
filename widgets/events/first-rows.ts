/**
 * A new result list (the first data, every filter or search change) draws its first rows at once
 * and the rest of the page after that frame is painted. Style and layout of ~20 new cards took
 * ~20 ms, over the 16 ms keystroke budget and a long first-layout task at 20,000 events (#14);
 * the rows a visitor sees first cost a third of it. `content-visibility: auto` was tried first:
 * it left 14–20 ms worst (the skipped rows are still styled and measured once), this does not.
 */
import type { ReactiveControllerHost } from 'lit';

/** New rows drawn in a new list's first frame: what a screen shows above the fold. */
export const FIRST_ROWS = 6;

/** After the next paint: an animation frame, then a task. A hidden page paints no frames. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }),
    );
  });
}

export class FirstRows {
  /** Every row of the page is drawn (false from a new list until the frame after it). */
  private all = false;
  /** Rows were left out of the last render. */
  private clipped = false;
  private generation = 0;
  /** The keys of the rows drawn last, in order: keyed rows that stay cost next to nothing. */
  private shown: string[] = [];
  /** Settles when the page's other rows are drawn: `updateComplete` waits for it. */
  pending: Promise<void> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** A new result list: its next render draws the first rows only. */
  reset(): void {
    this.all = false;
    this.generation += 1;
  }

  /**
   * The rows to draw now, of the page's `rows`: all of them, or the longest start of the list
   * with at most FIRST_ROWS rows not drawn before (rows already there stay: removing them would
   * only cost drawing them again), and always up to the row that has focus (`focused`: its index
   * among the rows drawn last, or -1), so a row with focus never vanishes.
   */
  draw<T>(rows: T[], key: (row: T) => string, focused: number): T[] {
    let count = rows.length;
    if (!this.all) {
      const before = new Set(this.shown);
      const focusedKey = this.shown[focused];
      const keep = focusedKey === undefined ? -1 : rows.findIndex((row) => key(row) === focusedKey);
      let fresh = 0;
      count = rows.findIndex((row, i) => i > keep && !before.has(key(row)) && ++fresh > FIRST_ROWS);
      if (count === -1) count = rows.length;
    }
    const drawn = count < rows.length ? rows.slice(0, count) : rows;
    this.clipped = drawn !== rows;
    this.all ||= !this.clipped;
    this.shown = drawn.map(key);
    return drawn;
  }

  /** After a render (`updated`): schedules the rest of the page if rows were left out. */
  drawn(): void {
    if (!this.clipped) return;
    this.clipped = false;
    const generation = this.generation;
    const pending = afterPaint().then(() => {
      if (this.pending === pending) this.pending = undefined;
      // A newer list scheduled its own rest: this one's is stale.
      if (generation !== this.generation) return;
      this.all = true;
      this.host.requestUpdate();
    });
    this.pending = pending;
  }
}
