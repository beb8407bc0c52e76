/**
 * The CDN drop-in: `<script type="module" src=".../cdn/loader.js"></script>` once per page, then
 * any `<sx-…>` element anywhere in the page (now or inserted later) gets its widget.
 */
import { autoload } from './autoload.js';
import {
  widgetChunks,
  widgetCode,
  widgetEmbeddedData,
  widgetEnglish,
  widgetFeed,
} from './widget-map.js';

/**
 * The page's first Intl object loads ICU's data: ~100 ms of a phone's main thread (CPU 4×),
 * whichever Intl call comes first. While the widget's chunks download the main thread is idle, so
 * the loader pays it then, in a task of its own, once, for the widgets whose first render uses
 * Intl: the word breaks of the lab map, story card and countdown (`Intl.Segmenter`, 10–20 ms
 * after this instead of 80–200), and <sx-events> for a visitor whose clock is not 北京时间 (local
 * times). Otherwise <sx-events> formats without Intl (src/time/intl.ts, clock-reads-as.ts), and a
 * warm-up would only delay its first render when the network is fast.
 */
let warmed = false;
function warmIntl(tag: string): void {
  if (warmed || (tag === 'sx-events' && new Date().getTimezoneOffset() === -480)) return;
  warmed = true;
  setTimeout(() => {
    try {
      // Any formatter loads the data (the zone's and the segmenter's too).
      new Intl.DateTimeFormat().format();
    } catch {
      // An engine without time zones: the widgets report it themselves.
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
  });
}
