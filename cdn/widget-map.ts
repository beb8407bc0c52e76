/**
 * Which chunk defines which tag, relative to the loader's own URL.
 *
 * The CDN build replaces this module with the widgets that exist in the source tree
 * (`rollup.config.mjs`, built from `scripts/widgets.mjs`), so the shipped loader never asks for a
 * chunk that was not built. This list is the planned set, for type checks and tests.
 */
export const widgetChunks: Readonly<Record<string, string>> = {
  'sx-countdown': './widgets/countdown.js',
  'sx-events': './widgets/events.js',
  'sx-lab-map': './widgets/lab-map.js',
  'sx-story-card': './widgets/story-card.js',
};
