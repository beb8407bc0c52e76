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

/**
 * Loads the page's storage area in a task of its own for an element whose first render reads it
 * (its plan, or a saved copy of its feed). The loader calls it once per tag: after the first
 * call the area is loaded, and a read costs ~0 ms.
 */
export function warmStorage(element: Element): void {
  if (element.localName == 'sx-events' || element.hasAttribute('src')) {
    setTimeout(() => {
      try {
        // Any read loads the whole area; the length never throws on a stored value.
        void localStorage.length;
      } catch {
        // Storage blocked (a sandboxed frame, cookies off): the widgets fall back on their own.
      }
    });
  }
}
