// Where the page's Chinese word breaks pay ICU's start-up (#16 all9): every `new Intl.Segmenter`
// on the main thread is timed in the page (construction and a first segmentation, which loads the
// word dictionary the first time), with when it happened relative to content. A build that
// warms ICU while its code downloads shows the cost before content, and ~0 ms after it.
// Same visit as time-to-content.mjs (fresh context, CPU 4×, throttled network unless --cpu-only).
//
//   npx rollup -c && node bench/ttc/segmenter-cost.mjs [--page /all-src] [--runs 5]
//     [--baseline DIR] [--cpu-only]
import { parseArgs } from 'node:util';
import { eachVisit, median, probe, SETTLE_MS, startBench, throttle } from './measure.mjs';
import { baselineRoutes, pageAndBaseline } from './pages.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: '/all-src' },
    runs: { type: 'string', default: '5' },
    baseline: { type: 'string' },
    'cpu-only': { type: 'boolean', default: false },
  },
});
const pages = await pageAndBaseline(values.page, values.baseline);
const timer = `(() => {
  const Real = Intl.Segmenter;
  if (!Real) return;
  window.__sxSegmenters = [];
  Intl.Segmenter = new Proxy(Real, {
    construct(target, args) {
      const t0 = performance.now();
      const made = new target(...args);
      Array.from(made.segment('科技周开放日'));
      window.__sxSegmenters.push([t0, performance.now() - t0]);
      return made;
    },
  });
})();`;
const { server, browser } = await startBench(pages, baselineRoutes(values.baseline));
const rows = new Map(pages.map((item) => [item.path, []]));
await eachVisit({ server, browser }, pages, Number(values.runs), async (item, { tab, cdp }) => {
  await throttle(cdp, !values['cpu-only']);
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: timer });
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
    source: probe(item.content, SETTLE_MS),
  });
  await tab.goto(`${server.origin}${item.path}`, { waitUntil: 'domcontentloaded' });
  const { at } = await tab.evaluate(() => /** @type {any} */ (globalThis).__sxTtc);
  const made = await tab.evaluate(() => /** @type {any} */ (globalThis).__sxSegmenters);
  const before = made.filter(([t]) => t < at).reduce((sum, [, ms]) => sum + ms, 0);
  const after = made.filter(([t]) => t >= at).reduce((sum, [, ms]) => sum + ms, 0);
  rows.get(item.path).push({ before, after, count: made.length });
});
console.log(
  `Main-thread Intl.Segmenter time (ms, CPU 4×${values['cpu-only'] ? ', no network throttle' : ''}), medians of ${values.runs}`,
);
for (const [path, list] of rows) {
  console.log(
    `  ${path.padEnd(22)} before content ${median(list.map((r) => r.before))
      .toFixed(0)
      .padStart(4)}` +
      `  after content ${median(list.map((r) => r.after))
        .toFixed(0)
        .padStart(4)}` +
      `  (after: ${list.map((r) => r.after.toFixed(0)).join(', ')}; Segmenters ${list.map((r) => r.count).join(', ')})`,
  );
}
