// The browser side of page.mjs: Lit's hydration support first (before anything imports Lit),
// then the same element modules the server rendered with.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'sx-science-week/widgets/events.js';
import 'sx-science-week/widgets/countdown.js';
