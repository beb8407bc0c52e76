/**
 * A page's first `localStorage` access loads the origin's whole storage area through a synchronous
 * call to the browser process: 2–55 ms of the main thread's wall time in a fresh context (CPU 4×,
 * this machine under load; more for an origin that keeps much there), paid by whichever access
 * comes first. `<sx-events>` reads the visitor's plan (widgets/events/my-plan.ts) in the task that
 * draws its first rows (#16). The loader makes that first access in a task of its own, while the
 * code downloads, and the plan read then costs ~0 ms. The load happens once per page whoever pays
 * it, so unlike ICU's warm-up (warm-intl.ts) it is not skipped when the code has already arrived:
 * it is only moved earlier.
 *
 * Only for `<sx-events>`: no other widget reads storage before its content. A widget with `src`
 * takes the feed the loader started (cdn/prefetch-feed.ts), so its client reads no saved copy
 * first, and writes the new copy once the content has shown (src/client/last-good.ts, vite11):
 * for the countdown, the story card and the lab map a warm-up would be early work that nothing
 * waits on, on a main thread busy with their code and their feed.
 */

/** The one widget whose first render reads storage (its plan). */
const READS_STORAGE_FIRST = 'sx-events';

/**
 * Loads the page's storage area in a task of its own for an element whose first render reads it
 * (`<sx-events>`' plan). The loader calls it once per tag: after the first call the area is
 * loaded, and a read costs ~0 ms.
 */
export function warmStorage(element: Element): void {
  if (element.localName != READS_STORAGE_FIRST) return;
  setTimeout(() => {
    try {
      // Any read loads the whole area; the length never throws on a stored value.
      void localStorage.length;
    } catch {
      // Storage blocked (a sandboxed frame, cookies off): the widget falls back on its own.
    }
  });
}
