/**
 * The page's first Intl object loads ICU's data: ~100 ms of a phone's main thread (CPU 4×),
 * whichever Intl call comes first, and the first Chinese word break (`Intl.Segmenter`, the lab
 * map's, story card's and countdown's `<wbr>`s) ~150–190 ms in one task, for its dictionary. While
 * the widgets' chunks download the main thread is idle, so the loader pays it then, in a task of
 * its own: for the widgets with word breaks (which then cost 0–2 ms after the content,
 * instead of a long task just after it, #16), and for <sx-events> shown to a visitor whose clock is
 * not 北京时间 (local times). ICU keeps what it loaded for the whole page. Only while the network
 * is what the page waits for: when the widget's chunk (`url`) has arrived 50 ms after it was asked
 * for (a fast network, a warm cache), nothing is warmed, as the first render would then wait for
 * ICU (measured: CPU-only time to content +0.4–0.5 s without this check); the widgets put their
 * word breaks in after the content anyway (widgets/shared/after-content.ts).
 */
export function warmIntl(
  tag: string,
  url: string,
  registry: Pick<CustomElementRegistry, 'get'> = customElements,
): void {
  // (`load` is called once per tag; a second word-break tag's warm-up finds ICU ready: ~1 ms.)
  const words = tag !== 'sx-events';
  if (!words && new Date().getTimezoneOffset() === -480) return;
  setTimeout(() => {
    if (registry.get(tag) || performance.getEntriesByName(url).length > 0) return;
    try {
      // Any formatter loads the data (the zone's too); a segmented Chinese word, the dictionary.
      if (words) Array.from(new Intl.Segmenter('zh', { granularity: 'word' }).segment('科技周'));
      else new Intl.DateTimeFormat().format();
    } catch {
      // An engine without time zones or Segmenter: the widgets report or skip it themselves.
    }
  }, 50);
}
