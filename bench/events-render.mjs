// Code inside page.evaluate() runs in the page:
/* global window, document */
// <sx-events> with 5,000 events, in headless Chromium (puppeteer-core, /usr/bin/chromium), against
// the production build of the harness page (bench/events-page.mjs):
//   - first render: the task in which the data arrives, up to the list rendered and laid out;
//   - one filter keystroke: a search character applied (debounce 0) up to the list laid out;
//   - rendered rows: items in the DOM after load, after a search and after "show more".
// Each measured action runs as one page task (setTimeout), and its cost is read from Chrome's
// Performance metrics in thread time (`timeDomain: 'threadTicks'`): the main thread's CPU time,
// which other processes on a busy machine cannot inflate. The budgets apply to script + style +
// layout (the work the change causes); the time of all page tasks (paint, GC) is printed too. Wall-clock
// times of the same tasks are printed too.
// Budgets: first render <= 50 ms, keystroke <= 16 ms (medians). Exits 1 when over budget.
//   node bench/events-render.mjs [--runs 15] [--throttle 4]
import os from 'node:os';
import { buildEventsPage, serveEventsPage } from './events-page.mjs';
import { launchChromium } from '../scripts/chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const throttle = option('throttle', 1);
const runs = option('runs', 15);
const port = option('port', 8817);
const COUNT = 5000;
const WORDS = ['活', '活动', '活动 1', '活动 12', '讲座', '太原', ''];

await buildEventsPage();
const server = await serveEventsPage(port);
const browser = await launchChromium();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateTimezone('Asia/Shanghai');
  await page.goto(`http://127.0.0.1:${port}/?bare`, { waitUntil: 'load' });
  await page.waitForFunction(() => 'sxBench' in window);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });

  /**
   * Main-thread CPU ms so far: `work` is script + style + layout (what the widget makes the
   * browser do for a change), `all` every page task's time (with paint, compositing and GC).
   */
  const cpu = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
    return {
      work: value('ScriptDuration') + value('RecalcStyleDuration') + value('LayoutDuration'),
      all: value('TaskDuration') - value('DevToolsCommandDuration'),
    };
  };

  /** Runs `task` (a page function name on window.__bench) as one task; CPU and wall ms. */
  const measure = async (task, argument) => {
    const before = await cpu();
    await page.evaluate(
      (task, argument) => {
        window.__benchDone = undefined;
        setTimeout(() => window.__bench[task](argument), 0);
      },
      task,
      argument,
    );
    let wall;
    while ((wall = await page.evaluate(() => window.__benchDone)) === undefined) await sleep(5);
    const after = await cpu();
    return { work: after.work - before.work, all: after.all - before.all, wall };
  };

  await page.evaluate((count) => {
    const { syntheticEvents, memoryClient } = window.sxBench;
    const events = syntheticEvents(count);
    const main = document.querySelector('main');
    const laidOut = (element) => void element.shadowRoot.querySelector('[part~=base]').offsetHeight;
    let element;
    let deliver;
    window.__bench = {
      // Mount with a client whose events wait for deliver(): that task is the one measured.
      mount() {
        element = document.createElement('sx-events');
        element.setAttribute('now', '2025-05-20T10:00:00+08:00');
        element.debounce = 0;
        const fresh = events.map((event) => ({ ...event }));
        const client = memoryClient(fresh);
        const answer = client.events;
        client.events = () => new Promise((resolve) => (deliver = () => resolve(answer())));
        element.client = client;
        main.append(element);
      },
      deliver() {
        const start = performance.now();
        deliver();
        void element.loaded.then(() => {
          laidOut(element);
          window.__benchDone = performance.now() - start;
        });
      },
      type(text) {
        const start = performance.now();
        const input = element.shadowRoot.querySelector('[part~=search]');
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        void element.updateComplete.then(() => {
          laidOut(element);
          window.__benchDone = performance.now() - start;
        });
      },
      more() {
        const start = performance.now();
        element.shadowRoot.querySelector('[part~=load-more]').click();
        void element.updateComplete.then(() => {
          laidOut(element);
          window.__benchDone = performance.now() - start;
        });
      },
      noop() {
        const start = performance.now();
        window.__benchDone = performance.now() - start;
      },
      rows: () => element.shadowRoot.querySelectorAll('[part~=item]').length,
      matching: () => element.matchingEvents.length,
      unmount: () => element.remove(),
    };
  }, COUNT);

  // What measuring costs by itself (a task doing nothing, the polling, the next frame): taken off.
  const noops = [];
  for (let i = 0; i < 15; i++) noops.push(await measure('noop'));
  const baseline = median(noops.map((s) => s.all));
  const first = [];
  const keys = [];
  const rows = {};
  for (let run = 0; run < runs; run++) {
    // The mount (skeleton) is not measured; the task in which the data arrives is.
    await page.evaluate(() => window.__bench.mount());
    await sleep(100);
    first.push(await measure('deliver'));
    rows.afterLoad = await page.evaluate(() => window.__bench.rows());
    // A visitor reads before typing: the search index warms up meanwhile (500 ms + slices).
    await sleep(1500);
    for (const word of WORDS) keys.push(await measure('type', word));
    await measure('type', '活动 1');
    rows.afterSearch = await page.evaluate(() => window.__bench.rows());
    rows.matching = await page.evaluate(() => window.__bench.matching());
    await measure('type', '');
    await measure('more');
    rows.afterMore = await page.evaluate(() => window.__bench.rows());
    await page.evaluate(() => window.__bench.unmount());
  }

  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  const line = (label, samples, budget) => {
    const work = median(samples.map((s) => s.work));
    const workMax = Math.max(...samples.map((s) => s.work));
    const all = median(samples.map((s) => s.all)) - baseline;
    const wall = median(samples.map((s) => s.wall));
    console.log(
      `  ${label}: ${fmt(work)} median, ${fmt(workMax)} max (budget ${budget} ms) | ` +
        `all tasks ${fmt(all)} | wall ${fmt(wall)}`,
    );
    return work;
  };
  console.log(
    `<sx-events>, ${COUNT} events, ${runs} runs, CPU throttle ${throttle}x, ` +
      `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`,
  );
  console.log(
    '  main-thread CPU: script + style + layout (median, max) | all page tasks with paint and ' +
      `GC, less ${fmt(baseline)} of measuring overhead (median) | wall clock of the task (median)`,
  );
  const firstCpu = line('first render after data ', first, 50);
  const keyCpu = line('filter keystroke        ', keys, 16);
  console.log(
    `  rendered rows: ${rows.afterLoad} after load, ${rows.afterSearch} after a search ` +
      `matching ${rows.matching}, ${rows.afterMore} after one "show more"`,
  );
  const over = firstCpu > 50 || keyCpu > 16;
  if (over) console.log('  OVER BUDGET');
  process.exitCode = over ? 1 : 0;
} finally {
  await browser.close();
  server.close();
}
