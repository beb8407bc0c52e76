/**
 * A page's first `localStorage` access loads the origin's whole storage area through a synchronous
 * call to the browser process: 2–55 ms of the main thread's wall time in a fresh context (CPU 4×,
 * this machine under load; more for an origin that keeps much there), paid by whichever access
 * comes first. `<sx-events>` reads the visitor's plan (widgets/events/my-plan.ts) in the task that
 * draws its first rows, and a widget with `src` reads its saved copy's metadata
 * (src/client/last-good.ts) before it takes its feed: both on the way to the content (#16). The
 * loader makes that first access in a task of its own, while the code downloads, and the widgets'
 * reads then cost ~0 ms. The load happens once per page whoever pays it, so unlike ICU's warm-up
 * (warm-intl.ts) it is not skipped when the code has already arrived: it is only moved earlier.
 */

let warmed = false;

/** Whether `element`'s first render reads localStorage (its plan, or a saved copy of its feed). */
const readsStorage = (element: Element): boolean =>
  element.localName === 'sx-events' || element.hasAttribute('src');

/**
 * Loads the page's storage area in a task of its own, once per page, for an element whose first
 * render reads it. `storage` and `schedule` are the page's unless a test passes its own.
 */
export function warmStorage(
  element: Element,
  storage: () => Pick<Storage, 'length'> = () => localStorage,
  schedule: (run: () => void) => unknown = setTimeout,
): void {
  if (warmed || !readsStorage(element)) return;
  warmed = true;
  schedule(() => {
    try {
      // The length is enough: any read loads the whole area (and it never throws on a value).
      void storage().length;
    } catch {
      // Storage blocked (a sandboxed frame, cookies off): the widgets fall back on their own.
    }
  });
}
