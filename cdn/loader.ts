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

if (typeof document !== 'undefined') {
  autoload({
    chunks: widgetChunks,
    base: import.meta.url,
    code: widgetCode,
    embeddedData: widgetEmbeddedData,
    english: widgetEnglish,
    feed: widgetFeed,
  });
}
