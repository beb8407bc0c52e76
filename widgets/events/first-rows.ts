/**
 * A new result list (the first data, every filter or search change) draws its first rows at once
 * and the rest of the page after that frame is painted. Style and layout of ~20 new cards took
 * ~20 ms, over the 16 ms keystroke budget, and made the first layout a long task at 20,000 events
 * (#14). `content-visibility: auto` was tried first: the skipped cards were still styled and laid
 * out once, 16–33 ms worst. `FirstRows.draw` below picks the rows.
 */
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { afterPaint } from '../shared/after-paint.js';

/**
 * New rows drawn in a new list's first frame at most: what a screen shows above the fold (under
 * the filters and the count: 4 rows and the top of a 5th on a 412 × 823 phone, 4 at 1280 × 900).
 * Fewer once a painted list showed fewer on screen (`fit`). Each row more is ~10 ms of script at
 * CPU 4× before the content shows (#16).
 */
export const FIRST_ROWS = 5;

/**
 * New rows drawn in a big list's first frame of rows (`SPLIT_FROM`): the rows a screen shows.
 * (The other 14 of a 20-row page in one frame took 17–20 ms of style and layout at 20,000
 * events, a task of 25–38 ms, #14; 7 a frame, 20–30 ms with the paint on a shared machine, and
 * these rows come with the fonts their sizes load.)
 */
export const NEXT_ROWS = 5;

/**
 * New rows drawn in each later frame until the page is whole, below the rows on screen. On a
 * phone (CPU 4×) a row is ~10 ms of script and ~15 ms of style and layout, and a frame's paint
 * ~30 ms more: 5 a frame made an update of 50–70 ms and a rendering task of 70–110 ms, each a
 * long task counted in the page's total blocking time (#16).
 */
export const REST_ROWS = 1;

/**
 * From this many results, the first data after the skeleton is drawn in two frames: the filters
 * and the count over the skeleton, then the rows (`NEXT_ROWS`, the rest as usual). In one frame,
 * their script and their layout (with the fonts of every size the bar and the cards use) took
 * 25–50 ms each at 20,000 events (#14). A small programme keeps its rows in the first frame
 * (time to content).
 */
export const SPLIT_FROM = 2000;

/** The element, with what Lit keeps protected: a print must be drawn in its own event's task. */
type Host = ReactiveElement & { performUpdate(): void };

/** The first-rows state of one element, and what draws its whole page for printing. */
export class FirstRows<T> implements ReactiveController {
  /** The next render draws a new list: its first rows now, the rest after. */
  firstFrame = true;
  /**
   * The last render left rows of the page for after the paint. "Show more" waits for them too:
   * drawn under the first rows, it would jump down a frame later (#14).
   */
  cut?: boolean;
  /**
   * New rows for a new list's first frame: the rows on screen (or above it) when the last cut
   * list was painted, 1 to FIRST_ROWS. Four on a 900 px high window: each row more is
   * ~1–2 ms of style and layout in the keystroke's task at 20,000 events (#14). FIRST_ROWS
   * until then. (Here and in `cut`, `printing`: undefined for false, no initialiser's bytes.)
   */
  private fit?: number;
  /** The rows drawn last, in order. */
  private drawn: T[] = [];
  /** Settles once the next rows of a cut list are drawn, or left to a newer list's frames. */
  private rest: Promise<void> | undefined;
  /** In `beforeprint`: the render drawing the whole page (a pending new list's too). */
  private printing?: boolean;
  private readonly host: Host;

  constructor(host: ReactiveElement) {
    this.host = host as Host;
    host.addController(this);
  }

  hostConnected(): void {
    if (!isServer) addEventListener('beforeprint', this.print);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.print);
  }

  /**
   * The browser takes its print snapshot right after `beforeprint`, maybe before the rest of a
   * new list or a pending render would be drawn: the whole page is drawn now, in this task. (No
   * `matchMedia('print')` listener: browsers fire `beforeprint` first; `draw` reads the media.)
   */
  private readonly print = (): void => {
    this.printing = true;
    this.host.requestUpdate();
    this.host.performUpdate();
    this.printing = false;
  };

  /**
   * The page's rows to draw now (`shown`): all of them, or for a new list's first frame the start
   * of it with up to FIRST_ROWS rows not drawn before (keeping drawn rows costs next to nothing),
   * and always up to the row that has focus, wherever the new list puts it: it must not vanish.
   * Each frame after that adds REST_ROWS rows. All of them when printing, or when "show more"
   * has focus (it must neither move nor go).
   */
  draw(shown: T[], total: number): T[] {
    // Only a connected element renders in a browser (`draw` steps on no server).
    const root = this.host.renderRoot as ShadowRoot;
    // Any render of a cut list goes on with it (a lazy part's arrival too, not only the rest's).
    // A big list's first data (the header's count not drawn yet): -1, a cut before the first
    // new row, so no row and the skeleton stays (SPLIT_FROM); its next frame draws NEXT_ROWS.
    // A cut list's next frames: REST_ROWS under the rows drawn, or a big list's first rows.
    const step = this.firstFrame
      ? total >= SPLIT_FROM && !root.querySelector('.count')
        ? -1
        : (this.fit ?? FIRST_ROWS)
      : this.cut
        ? root.querySelector('[data-index]')
          ? REST_ROWS
          : NEXT_ROWS
        : 0;
    this.firstFrame = this.cut = false;
    if (
      step &&
      !this.printing &&
      !matchMedia('print').matches &&
      !root.querySelector('.load-more:focus')
    ) {
      // Drawn rows cost nothing to keep only if still there: not after an empty list or loading.
      const before = root.querySelector('[data-index]') ? this.drawn : [];
      const focused = root.querySelector<HTMLElement>(':focus-within[data-index]');
      const keep = focused ? shown.indexOf(before[+focused.dataset['index']!]!) : -1;
      let fresh = 0;
      const count = shown.findIndex(
        (row, i) => i > keep && !before.includes(row) && ++fresh > step,
      );
      if (count >= 0) {
        shown = shown.slice(0, count);
        this.cut = true;
        // Only the latest list's: an older one's would add rows to a list not painted yet.
        // After the paint layout is clean: reading where the rows are forces none.
        const rest: Promise<void> = afterPaint().then(() => {
          if (rest !== this.rest) return;
          // The rows wholly on screen (or above it), and the one cut by its bottom edge.
          this.fit = Math.min(
            FIRST_ROWS,
            [...root.querySelectorAll('[data-index]')].filter(
              (row) => row.getBoundingClientRect().bottom < innerHeight,
            ).length + 1,
          );
          this.host.requestUpdate();
        });
        this.rest = rest;
      }
    }
    return (this.drawn = shown);
  }

  /**
   * The element's update is complete once the rows a new list draws after its first frame are
   * drawn too, until no newer list has scheduled its rest meanwhile (`updateComplete`, `loaded`).
   */
  async complete(updated: () => Promise<boolean>): Promise<boolean> {
    let complete = await updated();
    for (let rest; rest !== this.rest; complete = await updated()) await (rest = this.rest);
    return complete;
  }
}
