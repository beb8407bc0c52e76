// The browser side of page.mjs. Lit's hydration support must run before Lit's element class is
// defined; a bundler that splits chunks runs shared static imports (Lit) before the entry's own
// code, so the element modules are imported after it, dynamically.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

void import('sx-science-week/widgets/events.js');
void import('sx-science-week/widgets/countdown.js');
