// What the style and layout of each widget's content cost, without the noise of a shared machine's
// wall clock around a page load: the page is loaded (CPU-only visit), and once every widget shows
// its content (plus the settle time, so the work after content is done too) each widget in turn
// is taken out of the layout (`display: none`) and put back, --reps times, and the thread time of
// the style + layout events that follows is read from a trace (the CPU the work used, without the
// throttler's pauses or other processes of a shared machine): per widget and repetition, medians
// of the visits. Thread time is the unthrottled cost: a phone at CPU 4× takes ~4× as long. The ICU, font
// and shape caches are warm by then: this prices the boxes and lines, not the first-use costs.
// --css 'rule' adopts a rule into every widget's shadow root first (to price a style change:
// e.g. --css '*{text-wrap:wrap!important}' against the same page without it, in one run).
//
//   npx rollup -c && node bench/ttc/layout-cost.mjs [--page /all-src] [--runs 3] [--reps 9]
//     [--css RULE] [--baseline DIR]
/* global document, CSSStyleSheet -- (the functions passed to tab.evaluate run in the page) */
import { parseArgs } from 'node:util';
import { eachVisit, median, probe, SETTLE_MS, startBench, throttle } from './measure.mjs';
import { baselineRoutes, pageAndBaseline } from './pages.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: '/all-src' },
    runs: { type: 'string', default: '3' },
    reps: { type: 'string', default: '9' },
    css: { type: 'string', multiple: true, default: [] },
    baseline: { type: 'string' },
  },
});
const pages = await pageAndBaseline(values.page, values.baseline);
const variants = [undefined, ...values.css];

/** In the page: adopts `css` into every widget's shadow root; returns the widgets' tags. */
const adopt = (css) => {
  const widgets = [...document.querySelectorAll('main > *')];
  if (css) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    for (const widget of widgets) {
      widget.shadowRoot.adoptedStyleSheets = [...widget.shadowRoot.adoptedStyleSheets, sheet];
    }
  }
  void document.body.offsetHeight;
  return widgets.map((widget) => widget.localName);
};

/** In the page: hides and shows `tag` `reps` times, forcing style + layout after each show. */
const relayout = (tag, reps) => {
  const widget = document.querySelector(tag);
  for (let rep = 0; rep < reps; rep += 1) {
    widget.style.display = 'none';
    void document.body.offsetHeight;
    widget.style.display = '';
    void document.body.offsetHeight;
  }
};

/** Thread time (ms) of the main thread's style + layout events in a trace. */
function styleAndLayout(trace) {
  const events = trace.traceEvents ?? trace;
  const main = events.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  const names = new Set(['Layout', 'UpdateLayoutTree']);
  // Outermost events only: a container query's style recalculation runs inside the layout.
  let end = -Infinity;
  const sum = { style: 0, layout: 0 };
  for (const event of events
    .filter((item) => item.pid === main?.pid && item.tid === main?.tid && names.has(item.name))
    .sort((a, b) => a.ts - b.ts)) {
    if (event.ts < end) continue;
    end = event.ts + (event.dur ?? 0);
    sum[event.name === 'Layout' ? 'layout' : 'style'] += (event.tdur ?? 0) / 1000;
  }
  return sum;
}

const { server, browser } = await startBench(pages, baselineRoutes(values.baseline));
const results = new Map();
// Each page with each rule (and without), every run.
const visits = pages.flatMap((item) => variants.map((css) => ({ item, css })));
await eachVisit(
  { server, browser },
  visits,
  Number(values.runs),
  async ({ item, css }, { tab, cdp }) => {
    await throttle(cdp, false);
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
      source: probe(item.content, SETTLE_MS),
    });
    await tab.goto(`${server.origin}${item.path}`, { waitUntil: 'domcontentloaded' });
    await tab.evaluate(() => globalThis.__sxTtc);
    const got = {};
    for (const tag of await tab.evaluate(adopt, css)) {
      await tab.tracing.start({ categories: ['devtools.timeline'] });
      await tab.evaluate(relayout, tag, Number(values.reps));
      const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString());
      const { style, layout } = styleAndLayout(trace);
      got[tag] = [style / Number(values.reps), layout / Number(values.reps)];
    }
    const key = `${item.name}${css ? ` + ${css}` : ''}`;
    if (!results.has(key)) results.set(key, []);
    results.get(key).push(got);
  },
);
for (const [key, list] of results) {
  const tags = Object.keys(list[0]);
  const part = (tag, i) => median(list.map((got) => got[tag][i]));
  const cells = tags.map((tag) => `${tag} ${part(tag, 0).toFixed(1)} + ${part(tag, 1).toFixed(1)}`);
  console.log(
    `${key}: style + layout thread ms per relayout (medians of ${list.length} visits) ${cells.join(', ')}`,
  );
}
