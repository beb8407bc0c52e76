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
 * The first `Intl.DateTimeFormat` of a page loads the browser's time-zone data: tens of
 * milliseconds on a phone, which made the longest task of a widget's first render. While the
 * widget's chunks download the main thread is idle, so the loader pays it then, in a task of its
 * own, once. (The widgets cache the formatters they make themselves.)
 */
let warmed = false;
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
