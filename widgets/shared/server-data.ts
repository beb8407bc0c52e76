/**
 * Server rendering on the embedded edition. `@lit-labs/ssr` renders synchronously and never runs
 * a controller's async load, so a widget rendered once on a server shows its loading skeleton. The
 * first render starts each widget's load here (keyed by what it loads); `serverDataReady()` waits
 * for them, and the next render of the same markup finds the data and shows the real content.
 * Widgets with `src` are left to the browser: a server render of them is the skeleton.
 */

/** Results of finished server loads, by key (tag and load inputs). */
const results = new Map<string, unknown>();
const pending = new Set<Promise<void>>();

/** The results a server load for `key` produced, if it has finished. */
export function serverResults(key: string): unknown {
  return results.get(key);
}

/** Starts a server load for `key` unless one has run or is running. */
export function startServerLoad(key: string, load: () => Promise<unknown>): void {
  if (results.has(key)) return;
  results.set(key, undefined);
  const done: Promise<void> = load().then(
    (value) => void results.set(key, value),
    // A failed load renders the skeleton again; the browser then shows the error and its retry.
    (error: unknown) => {
      results.delete(key);
      console.warn(
        'sx-science-week: a server load failed; the widget loads in the browser.',
        error,
      );
    },
  );
  pending.add(done);
  void done.finally(() => pending.delete(done));
}

/**
 * Settles when every load started by the renders so far has finished: render, await this, then
 * render again for the real content.
 *
 * @example
 * await collectResult(render(page)); // starts the loads
 * await serverDataReady();
 * const html = await collectResult(render(page));
 */
export async function serverDataReady(): Promise<void> {
  while (pending.size > 0) await Promise.all(pending);
}
