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
 * The first `Intl.DateTimeFormat` of a page loads the browser's time-zone data: ~100 ms on a
 * phone, which made the longest task of a widget's first render. The widgets format the
 * edition's times without Intl (src/time/intl.ts: Asia/Shanghai keeps +08:00), and need it first
 * only for a visitor whose clock reads otherwise (their local times, src/time/visitor-zone.ts).
 * For that visitor the loader pays it while the widget's chunks download (the main thread is idle
 * then), in a task of its own, once; for the others it would only delay the first render.
 */
let warmed = new Date().getTimezoneOffset() === -480;
function warmDateFormatting(): void {
  if (warmed) return;
  warmed = true;
  setTimeout(() => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai' }).format(0);
    } catch {
      // An engine without time zones: the widgets report it themselves.
    }
  });
}

if (typeof document !== 'undefined') {
  autoload({
    chunks: widgetChunks,
    base: import.meta.url,
    load: (url) => {
      warmDateFormatting();
      return import(/* @vite-ignore */ url);
    },
    code: widgetCode,
    embeddedData: widgetEmbeddedData,
    english: widgetEnglish,
    feed: widgetFeed,
  });
}
