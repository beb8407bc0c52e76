/**
 * The CDN drop-in: `<script type="module" src=".../cdn/loader.js"></script>` once per page, then
 * any `<sx-…>` element anywhere in the page (now or inserted later) gets its widget.
 */
import { autoload } from './autoload.js';
import { prefetchFeed } from './prefetch-feed.js';
import {
  widgetChunks,
  widgetCode,
  widgetEmbeddedData,
  widgetEnglish,
  widgetFeed,
} from './widget-map.js';

/**
 * The page's first Intl object loads ICU's data: ~100 ms of a phone's main thread (CPU 4×),
 * whichever Intl call comes first, and the first Chinese word break (`Intl.Segmenter`, the lab
 * map's, story card's and countdown's `<wbr>`s) ~150–190 ms in one task, for its dictionary. While
 * the widgets' chunks download the main thread is idle, so the loader pays it then, in a task of
 * its own, once: for the widgets with word breaks (which then cost 0–2 ms after the content,
 * instead of a long task just after it, #16), and for <sx-events> shown to a visitor whose clock is
 * not 北京时间 (local times). ICU keeps what it loaded for the whole page. When the widget's code
 * has already arrived (a fast network, a warm cache) nothing is warmed: its first render must not
 * wait, and the widgets put their word breaks in after the content anyway
 * (widgets/shared/after-content.ts).
 */
const warmed = new Set<boolean>();
function warmIntl(tag: string): void {
  const words = tag !== 'sx-events';
  if (warmed.has(words) || (!words && new Date().getTimezoneOffset() === -480)) return;
  warmed.add(words);
  setTimeout(() => {
    if (customElements.get(tag)) return;
    try {
      // Any formatter loads the data (the zone's too); a segmented Chinese word, the dictionary.
      if (words) Array.from(new Intl.Segmenter('zh', { granularity: 'word' }).segment('科技周'));
      else new Intl.DateTimeFormat().format();
    } catch {
      // An engine without time zones or Segmenter: the widgets report or skip it themselves.
    }
  });
}

if (typeof document !== 'undefined') {
  autoload({
    chunks: widgetChunks,
    base: import.meta.url,
    load: (url, tag) => {
      warmIntl(tag);
      return import(/* @vite-ignore */ url);
    },
    code: widgetCode,
    embeddedData: widgetEmbeddedData,
    english: widgetEnglish,
    feed: widgetFeed,
    prefetch: prefetchFeed,
  });
}
