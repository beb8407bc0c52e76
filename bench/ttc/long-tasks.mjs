// The long tasks behind a page's TBT, visit by visit, with what ran in each: the same visit as
// time-to-content.mjs (fresh context, CPU 4×, throttled network unless --cpu-only), and in the
// page each custom-element definition and each widget update (tag, its own wall time) is logged,
// so a task of 400 ms reads "update sx-events 180 ms, update sx-lab-map 90 ms" and the rest of it
// is style, layout and paint. A task counts toward TBT (*) from first paint to 1 s after content.
//
//   npx rollup -c && node bench/ttc/long-tasks.mjs [--page /all-src] [--runs 3] [--baseline DIR]
//     [--cpu-only]
import { parseArgs } from 'node:util';
import {
  eachVisit,
  median,
  probe,
  SETTLE_MS,
  startBench,
  throttle,
  totalBlockingTime,
} from './measure.mjs';
import { baselineRoutes, pageAndBaseline } from './pages.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: '/all-src' },
    runs: { type: 'string', default: '3' },
    baseline: { type: 'string' },
    'cpu-only': { type: 'boolean', default: false },
  },
});
const pages = await pageAndBaseline(values.page, values.baseline);

/** Runs before the page's scripts: logs definitions and each update of an element (wall time). */
const hook = `(() => {
  const log = (window.__sxLog = []);
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, options) => {
    log.push([performance.now(), 0, 'define ' + name]);
    const update = ctor.prototype.update;
    ctor.prototype.update = function (changed) {
      const start = performance.now();
      try { update.call(this, changed); }
      finally { log.push([start, performance.now() - start, 'update ' + this.localName]); }
    };
    return define(name, ctor, options);
  };
})();`;

const { server, browser } = await startBench(pages, baselineRoutes(values.baseline));
const tbts = new Map(pages.map((item) => [item.path, []]));
await eachVisit(
  { server, browser },
  pages,
  Number(values.runs),
  async (item, { tab, cdp, run }) => {
    await throttle(cdp, !values['cpu-only']);
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: hook });
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
      source: probe(item.content, SETTLE_MS),
    });
    await tab.goto(`${server.origin}${item.path}`, { waitUntil: 'domcontentloaded' });
    const result = await tab.evaluate(() => globalThis.__sxTtc);
    const log = await tab.evaluate(() => globalThis.__sxLog);
    const end = result.at + SETTLE_MS;
    const tbt = totalBlockingTime(result.longTasks, result.fcp, end);
    // The part of TBT from tasks that started after content: the work the first render left.
    const after = totalBlockingTime(
      result.longTasks.filter(([start]) => start >= result.at),
      result.fcp,
      end,
    );
    tbts.get(item.path).push([tbt, after]);
    console.log(
      `\n${item.name} #${run + 1}: first paint ${Math.round(result.fcp)} ms, content ` +
        `${Math.round(result.at)} ms, TBT ${Math.round(tbt)} ms (${Math.round(after)} after content)`,
    );
    for (const [start, duration] of result.longTasks) {
      const counted = start + duration > (result.fcp ?? 0) && start < end;
      const inside = log
        .filter(([at]) => at >= start - 1 && at <= start + duration + 1)
        .map(([, ms, what]) => (ms ? `${what} ${Math.round(ms)}` : what));
      console.log(
        `  ${counted ? '*' : ' '} @${Math.round(start)} ${Math.round(duration)} ms: ` +
          (inside.join(', ') || '(no widget update: loader, parse, style, layout, paint)'),
      );
    }
  },
);
console.log('');
for (const item of pages) {
  const list = tbts.get(item.path);
  console.log(
    `${item.name}: TBT median ${Math.round(median(list.map(([all]) => all)))} ms ` +
      `(${list.map(([all]) => Math.round(all))}), of which after content ` +
      `${Math.round(median(list.map(([, after]) => after)))} ms`,
  );
}
