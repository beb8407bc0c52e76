/**
 * The page's first Intl object loads ICU's data: ~100 ms of a phone's main thread (CPU 4×),
 * whichever Intl call comes first, and the first Chinese word break (`Intl.Segmenter`, the lab
 * map's, story card's and countdown's `<wbr>`s) ~150–190 ms in one task, for its dictionary. While
 * the widgets' chunks download the main thread is idle, so the loader pays it then, in a task of
 * its own: for the widgets with word breaks (which then cost 0–2 ms after the content,
 * instead of a long task just after it, #16), and for <sx-events> shown to a visitor whose clock is
 * not 北京时间 (local times). ICU keeps what it loaded for the whole page.
 *
 * Only while the network is what the page waits for. On a fast network (a round trip well under
 * `SLOW_MS`) the chunks arrive while the main thread is still busy with the loader's own task, and
 * a warm-up there is a task the first render waits behind: nothing is warmed, and the widgets put
 * their word breaks in after the content (widgets/shared/after-content.ts). Measured (#16 lab11):
 * on CPU-only visits of the lab map the chunk's resource timing entry was often not there yet 50 ms
 * after the request (the main thread, not the network, was late), so the old check alone warmed
 * ICU before the content on most of them (~50–80 ms of the content's critical path at CPU 4×).
 * How slow the network is comes from the loader's own download (`loader`, its URL): 172–191 ms on
 * the bench's phone network (150 ms RTT), 18–84 ms without one on a loaded 2-core machine (6
 * visits each, bench/ttc/measure.mjs's throttling, load 11), so the line is drawn between;
 * a loader from the cache (0 ms, or no entry) means the chunks are cached too.
 */
const SLOW_MS = 125;

export function warmIntl(
  tag: string,
  url: string,
  loader: string,
  registry: Pick<CustomElementRegistry, 'get'> = customElements,
): void {
  // (`load` is called once per tag; a second word-break tag's warm-up finds ICU ready: ~1 ms.)
  const words = tag !== 'sx-events';
  if (!words && new Date().getTimezoneOffset() === -480) return;
  setTimeout(() => {
    const slow = (performance.getEntriesByName(loader)[0]?.duration ?? 0) >= SLOW_MS;
    if (!slow || registry.get(tag) || performance.getEntriesByName(url).length > 0) return;
    try {
      // Any formatter loads the data (the zone's too); a segmented Chinese word, the dictionary.
      if (words) Array.from(new Intl.Segmenter('zh', { granularity: 'word' }).segment('科技周'));
      else new Intl.DateTimeFormat().format();
    } catch {
      // An engine without time zones or Segmenter: the widgets report or skip it themselves.
    }
  }, 50);
}
