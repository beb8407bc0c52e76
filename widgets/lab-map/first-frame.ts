/**
 * The widget's first content frame draws what a first screen shows, the rest in the next frame,
 * after that one's paint: the filter bar with each select holding only its chosen option (a closed
 * select shows nothing else, and `.control` takes its field's width whatever the options), the map,
 * the count and the first `FIRST_CARDS` cards; then the option lists, the other cards and "show
 * more". On a phone the list starts under the map, so the first screen holds one or two cards; on
 * a desktop two cards make the list's first row beside the map (lab9's layout). The cards are
 * three quarters of the first render's nodes (lab9), and the first frame's script, layout and text
 * shaping are on the critical path of time to content (#16 lab11, measured in bench/ttc/FINDINGS.md).
 *
 * Only for the widget's first data in a browser: a server renders the whole page, and markup from
 * a server is hydrated whole (the first render must match it). Later renders (a filter, "show
 * more") draw the whole list: a few dozen cards at most, after a visitor's action.
 */
import { afterPaint } from '../shared/after-paint.js';

/** Cards in the first content frame (at most; `limit` may be lower). */
export const FIRST_CARDS = 2;

export class FirstFrame {
  /** Settles once the rest is drawn; undefined before the first content render. */
  private rest: Promise<void> | undefined;
  private done = false;

  constructor(
    private readonly host: { requestUpdate(): void },
    /** False where the first render must be whole (a server, server markup to hydrate). */
    private readonly enabled: boolean,
  ) {}

  /** Whether this render with data is the brief first frame; the first call starts the rest. */
  brief(): boolean {
    if (this.done || !this.enabled) return false;
    this.rest ??= afterPaint().then(() => {
      this.done = true;
      this.host.requestUpdate();
    });
    return true;
  }

  /** The element's update is complete once the rest is drawn too (`updateComplete`, `loaded`). */
  async complete(updated: () => Promise<boolean>): Promise<boolean> {
    const complete = await updated();
    if (!this.rest) return complete;
    await this.rest;
    return updated();
  }
}
