// Every entry of the package imports in Node without throwing (a server render, an SSR bundle,
// a test runner): the library, each widget, the React wrappers and the drop-in files, which
// resolve to the library's modules under Node's `node` condition.
const entries = [
  'sx-science-week',
  'sx-science-week/client',
  'sx-science-week/widgets/all.js',
  'sx-science-week/widgets/events.js',
  'sx-science-week/widgets/countdown.js',
  'sx-science-week/widgets/lab-map.js',
  'sx-science-week/widgets/story-card.js',
  'sx-science-week/ssr',
  'sx-science-week/react',
  'sx-science-week/cdn/sx-widgets.js',
  'sx-science-week/cdn/sx-widgets.iife.js',
  'sx-science-week/cdn/loader.js',
  'sx-science-week/cdn/sdk.js',
  'sx-science-week/cdn/widgets/events.js',
];
for (const entry of entries) await import(entry);
console.log(`${entries.length} entries import in Node`);
