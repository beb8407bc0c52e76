// What Lit does for a widget's first content, counted in the page (CPU 4×, no network throttle,
// a fresh context per visit): how many templates it prepares (one `<template>` parse per distinct
// `html```, `document.createElement('template')`), how many template instances it clones
// (`document.importNode`) and how many nodes those clones hold, how many inline style properties
// are written (`style.setProperty`), and the wall time of those calls and of the element's
// updates. Counts are deterministic: they compare two builds without the noise of a shared
// machine (the wall times beside them do not).
//
//   npx rollup -c && node bench/ttc/template-work.mjs [--page /lab-map] [--runs 3] [--baseline DIR]
//     [--list]   (--list: the first visit's templates, in the order prepared: length and start)
import { parseArgs } from 'node:util';
import { baselineRoutes, pageAndBaseline } from './pages.mjs';
import { countEachVisit, median, startBench, THROTTLE } from './measure.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: '/lab-map' },
    runs: { type: 'string', default: '3' },
    baseline: { type: 'string' },
    list: { type: 'boolean', default: false },
  },
});
const pages = await pageAndBaseline(values.page, values.baseline);
const { server, browser } = await startBench(pages, baselineRoutes(values.baseline));

/** Runs before the page's scripts: counts until content, then stops counting. */
const hook = (content) => `(() => {
  const c = (window.__tw = {
    templates: 0, templateMs: 0, html: [], clones: 0, clonedNodes: 0, cloneMs: 0, styleProps: 0,
    updates: [], content: 0,
  });
  let counting = true;
  const now = () => performance.now();
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (name, options) {
    const el = createElement.call(this, name, options);
    if (counting && name === 'template') c.templates += 1;
    return el;
  };
  const html = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  Object.defineProperty(HTMLTemplateElement.prototype, 'innerHTML', {
    configurable: true,
    get() { return html.get.call(this); },
    set(value) {
      const start = now();
      html.set.call(this, value);
      if (counting) {
        c.templateMs += now() - start;
        c.html.push(String(value).length + ' ' + String(value).replace(/\\s+/g, ' ').slice(0, 90));
      }
    },
  });
  const importNode = Document.prototype.importNode;
  Document.prototype.importNode = function (node, deep) {
    const start = now();
    const copy = importNode.call(this, node, deep);
    if (counting) {
      c.cloneMs += now() - start;
      c.clones += 1;
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) c.clonedNodes += 1;
    }
    return copy;
  };
  const setProperty = CSSStyleDeclaration.prototype.setProperty;
  CSSStyleDeclaration.prototype.setProperty = function (...args) {
    if (counting) c.styleProps += 1;
    return setProperty.apply(this, args);
  };
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, options) => {
    const update = ctor.prototype.update;
    ctor.prototype.update = function (changed) {
      const start = now();
      update.call(this, changed);
      if (counting) c.updates.push(Math.round(now() - start));
    };
    return define(name, ctor, options);
  };
  const poll = () => {
    let shown = false;
    try { shown = Boolean(${content}); } catch {}
    if (!shown) return requestAnimationFrame(poll);
    counting = false;
    c.content = Math.round(now());
    window.__done = true;
  };
  requestAnimationFrame(poll);
})();`;

const rows = await countEachVisit({ server, browser }, pages, Number(values.runs), hook, '__tw');
const med = (list, key) => median(list.map((row) => row[key]));
console.log(`Until content, CPU ${THROTTLE.cpu}×, medians of ${values.runs} (wall ms are noisy)`);
for (const [name, list] of rows) {
  console.log(
    `  ${name}: templates ${med(list, 'templates')} (${med(list, 'templateMs').toFixed(1)} ms), ` +
      `clones ${med(list, 'clones')} of ${med(list, 'clonedNodes')} nodes ` +
      `(${med(list, 'cloneMs').toFixed(1)} ms), style properties ${med(list, 'styleProps')}, ` +
      `updates ${list.map((row) => row.updates.join('+')).join(' | ')} ms, ` +
      `content @${med(list, 'content')}`,
  );
  if (values.list) for (const line of list[0].html) console.log(`    ${line}`);
}
