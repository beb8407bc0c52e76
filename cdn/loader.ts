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
 * whichever Intl call comes first. While the widget's chunks download the main thread is idle, so
 * the loader pays it then, in a task of its own, once, for <sx-events> shown to a visitor whose
 * clock is not 北京时间 (local times). Otherwise no widget's first render uses Intl (<sx-events>
 * formats without it, src/time/intl.ts, clock-reads-as.ts; the lab map, story card and countdown
 * put their word breaks in after the first paint, widgets/shared/phrases.ts), and a warm-up
 * would only delay the first render when the network is fast.
 */
function warmIntl(tag: string): void {
  // (`load` is called once per tag.)
  if (tag !== 'sx-events' || new Date().getTimezoneOffset() === -480) return;
  setTimeout(() => {
    try {
      // Any formatter loads the data (the zone's too).
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
    prefetch: prefetchFeed,
  });
}
