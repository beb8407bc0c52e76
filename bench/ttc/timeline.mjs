// What a widget page does between its code arriving and its first content, CPU only (4×, no
// network throttle), visit by visit: when the last response arrived, when the tag was defined,
// each update of the element (its own wall time: the first is the loading state, the second the
// content) and when content showed, with the shadow root's node count at that moment (elements,
// comments = Lit's part markers, text nodes). It answers "which step is long", which the
// time-to-content medians cannot; on a shared machine compare builds in one run (--baseline).
//
//   npx rollup -c && node bench/ttc/timeline.mjs [--page /lab-map] [--runs 5] [--baseline DIR]
import { parseArgs } from 'node:util';
import { baselineRoutes, pageAndBaseline } from './pages.mjs';
import { countEachVisit, startBench } from './measure.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: '/lab-map' },
    runs: { type: 'string', default: '5' },
    baseline: { type: 'string' },
  },
});
const pages = await pageAndBaseline(values.page, values.baseline);
const { server, browser } = await startBench(pages, baselineRoutes(values.baseline));

/** Runs before the page's scripts: wraps each defined element's `update`, polls for content. */
const hook = (content) => `(() => {
  const log = (window.__tl = []);
  const mark = (what, at = performance.now()) => log.push([what, at]);
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, options) => {
    mark('define ' + name);
    const update = ctor.prototype.update;
    ctor.prototype.update = function (changed) {
      const start = performance.now();
      update.call(this, changed);
      mark('update ' + (performance.now() - start).toFixed(0) + ' ms');
    };
    return define(name, ctor, options);
  };
  const poll = () => {
    let shown = false;
    try { shown = Boolean(${content}); } catch {}
    if (!shown) return requestAnimationFrame(poll);
    mark('content');
    const root = document.querySelector('body > *')?.shadowRoot;
    if (root) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      const count = [0, 0, 0];
      while (walker.nextNode()) {
        const type = walker.currentNode.nodeType;
        count[type === 1 ? 0 : type === 8 ? 1 : 2] += 1;
      }
      mark('nodes ' + count.join('/'), null);
    }
    const last = Math.max(...performance.getEntriesByType('resource').map((e) => e.responseEnd));
    mark('last response', last);
    window.__done = true;
  };
  requestAnimationFrame(poll);
})();`;

const rows = await countEachVisit({ server, browser }, pages, Number(values.runs), hook, '__tl');
for (const [name, logs] of rows) {
  console.log(`\n${name} (nodes: elements/comments/text)`);
  for (const log of logs) {
    const at = (ms) => (typeof ms === 'number' && !Number.isNaN(ms) ? ` @${ms.toFixed(0)}` : '');
    console.log('  ' + log.map(([what, ms]) => `${what}${at(ms)}`).join(' → '));
  }
}
