/**
 * Which chunk defines which tag, relative to the loader's own URL.
 *
 * The CDN build replaces this module with the widgets that exist in the source tree
 * (`rollup.config.mjs`, built from `scripts/widgets.mjs`), so the shipped loader never asks for a
 * chunk that was not built, and with each widget's chunk graph from the build: the chunks its
 * code imports (`widgetCode`) and the embedded data its first render reads (`widgetEmbeddedData`),
 * which the loader preloads at once. This list is the planned set, for type checks and tests.
 */
export const widgetChunks: Readonly<Record<string, string>> = {
  'sx-countdown': './widgets/countdown.js',
  'sx-events': './widgets/events.js',
  'sx-lab-map': './widgets/lab-map.js',
  'sx-story-card': './widgets/story-card.js',
};

/** Tag → the chunks the widget chunk imports, transitively (filled in by the CDN build). */
export const widgetCode: Readonly<Record<string, readonly string[]>> = {};

/** Tag → the embedded-data chunks a widget without `src` reads first (filled in by the build). */
export const widgetEmbeddedData: Readonly<Record<string, readonly string[]>> = {};

/** Tag → the English catalog chunks, wanted at once by an element shown in English. */
export const widgetEnglish: Readonly<Record<string, readonly string[]>> = {};

/**
 * Tag → the feed client's chunks (client, fetching, validation), wanted at once by an element with
 * `src`: the widget would otherwise find them one round trip after another.
 */
export const widgetFeed: Readonly<Record<string, readonly string[]>> = {};
