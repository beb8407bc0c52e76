/**
 * The CDN drop-in: `<script type="module" src=".../cdn/loader.js"></script>` once per page, then
 * any `<sx-…>` element anywhere in the page (now or inserted later) gets its widget.
 */
import { autoload } from './autoload.js';
import { prefetchFeed } from './prefetch-feed.js';
import { warmIntl } from './warm-intl.js';
import { warmStorage } from './warm-storage.js';
import {
  widgetChunks,
  widgetCode,
  widgetEmbeddedData,
  widgetEnglish,
  widgetFeed,
} from './widget-map.js';

if (typeof document !== 'undefined') {
  autoload({
    chunks: widgetChunks,
    base: import.meta.url,
    load: (url, tag) => {
      warmIntl(tag, url, import.meta.url);
      return import(/* @vite-ignore */ url);
    },
    code: widgetCode,
    embeddedData: widgetEmbeddedData,
    english: widgetEnglish,
    feed: widgetFeed,
    prefetch: (element) => {
      void prefetchFeed(element);
      warmStorage(element);
    },
  });
}
