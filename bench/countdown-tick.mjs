// Code inside page.evaluate() runs in the page:
/* global window, document */
// CPU per tick with 50 <sx-countdown> on a page, in headless Chromium (puppeteer-core,
// /usr/bin/chromium), production build (esbuild --bundle --minify of the widget, Lit's production
// build). The page clock is a SharedClock whose timer the bench fires by hand, so ticks run back
// to back (each in its own page task) instead of once a second. Each tick runs from the clock's
// dispatch to every countdown updated, then a forced style + layout (what the browser must do
// before painting). Its cost is read from Chrome's Performance metrics in thread time
// (`timeDomain: 'threadTicks'`: the main thread's CPU, which a busy machine cannot inflate) as
// script + style + layout per tick; wall-clock times (performance.now) are printed too.
// For scale, the same is measured for 50 plain <p> elements whose one text node changes per tick
// (no widget, no Lit: what any ticking text costs the browser). Also checks that the page holds
// exactly one timer.
// Budget: the widget's own work (script: the clock's dispatch and every countdown's update) well
// under 1 ms per tick (exits 1 at >= 0.5 ms without throttling); layout is reported against the
// plain-text floor.
//   node bench/countdown-tick.mjs [--ticks 300] [--throttle 4] [--count 50]
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { launchChromium } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const ticks = option('ticks', 300);
const throttle = option('throttle', 1);
const count = option('count', 50);
const variantOnly = args.includes('--variant') ? args[args.indexOf('--variant') + 1] : undefined;
const pageCss = args.includes('--css') ? args[args.indexOf('--css') + 1] : '';

// The page: the real widget and the real SharedClock, with a timer the bench controls.
const entry = `
  import '${root}widgets/countdown/countdown.ts';
  import { SharedClock, setSharedClock } from '${root}widgets/shared/clock.ts';
  let now = Date.parse('2025-05-11T15:45:55.250+08:00');
  const timers = new Map();
  let nextId = 1;
  const clock = new SharedClock({
    now: () => now,
    setTimeout: (callback, ms) => { timers.set(nextId, { callback, at: now + ms }); return nextId++; },
    clearTimeout: (id) => timers.delete(id),
    document: { hidden: false, addEventListener() {}, removeEventListener() {} },
  });
  setSharedClock(clock);
  window.sxBench = {
    clock,
    timers: () => timers.size,
    async mount(count, only) {
      const variants = only ? [only] : ['inline', 'card', 'banner'];
      const targets = [undefined, 'workers-day', 'report-deadline', '2025-05-30T14:00'];
      for (let i = 0; i < count; i++) {
        const element = document.createElement('sx-countdown');
        element.setAttribute('variant', variants[i % 3]);
        const to = targets[i % 4];
        if (to) element.setAttribute('to', to);
        document.body.append(element);
      }
      const all = [...document.querySelectorAll('sx-countdown')];
      await Promise.all(all.map((element) => element.loaded));
      return all.length;
    },
    /** Runs \`n\` ticks, each in its own task; resolves with their wall-clock times. */
    runTicks(n) {
      const times = [];
      return new Promise((resolve) => {
        const step = () => {
          if (times.length === n) return resolve(times);
          this.tick().then((time) => {
            times.push(time);
            setTimeout(step, 0);
          });
        };
        setTimeout(step, 0);
      });
    },
    /** Fires the pending timer; resolves with [script ms, script + style/layout ms]. */
    async tick() {
      const [id, timer] = [...timers.entries()][0];
      timers.delete(id);
      now = timer.at;
      const all = document.querySelectorAll('sx-countdown');
      const start = performance.now();
      timer.callback();
      await Promise.all([...all].map((element) => element.updateComplete));
      const script = performance.now() - start;
      document.body.getBoundingClientRect();
      void document.body.offsetHeight;
      return [script, performance.now() - start];
    },
  };
`;

const built = await esbuild.build({
  stdin: { contents: entry, resolveDir: root, loader: 'js', sourcefile: 'bench-countdown.js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2021',
  tsconfig: `${root}tsconfig.json`,
  write: false,
  logLevel: 'silent',
});
const script = built.outputFiles[0].text;

const browser = await launchChromium();

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
};
const ms = (value) => `${value.toFixed(3)} ms`;

let failed = false;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
  await page.addScriptTag({ content: script, type: 'module' });
  await page.waitForFunction(() => 'sxBench' in window);
  if (pageCss) await page.addStyleTag({ content: pageCss });
  const mounted = await page.evaluate(
    (n, only) => window.sxBench.mount(n, only),
    count,
    variantOnly,
  );
  const timers = await page.evaluate(() => window.sxBench.timers());
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const cpu = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
    return {
      script: value('ScriptDuration'),
      style: value('RecalcStyleDuration'),
      layout: value('LayoutDuration'),
      task: value('TaskDuration'),
    };
  };
  // Warm-up: the first ticks compile the code paths.
  await page.evaluate(() => window.sxBench.runTicks(30));
  const before = await cpu();
  const samples = await page.evaluate((n) => window.sxBench.runTicks(n), ticks);
  const after = await cpu();
  const timersAfter = await page.evaluate(() => window.sxBench.timers());
  const per = (name) => ((after[name] - before[name]) * 1000) / ticks;
  const work = per('script') + per('style') + per('layout');
  const scriptStats = stats(samples.map(([s]) => s));
  const layoutStats = stats(samples.map(([, l]) => l));
  console.log(
    `${mounted} countdowns, ${ticks} ticks, CPU throttling ${throttle}x; timers on the page: ` +
      `${timers} (after the ticks: ${timersAfter})`,
  );
  console.log(
    `  CPU per tick (thread time)  script ${ms(per('script'))} + style ${ms(per('style'))} + layout ${ms(per('layout'))} = ${ms(work)}  (all tasks ${ms(per('task'))})`,
  );
  console.log(
    `  wall clock, script          median ${ms(scriptStats.median)}  p95 ${ms(scriptStats.p95)}  max ${ms(scriptStats.max)}`,
  );
  console.log(
    `  wall clock, + style/layout  median ${ms(layoutStats.median)}  p95 ${ms(layoutStats.p95)}  max ${ms(layoutStats.max)}`,
  );
  if (timers !== 1 || timersAfter !== 1) {
    console.error('More than one timer (or none) on the page.');
    failed = true;
  }
  // The floor: plain paragraphs, one changing text node each, on a fresh page.
  const floorPage = await browser.newPage();
  await floorPage.setContent(
    `<!doctype html><html lang="zh-CN"><body>${'<p>距2025年山西省科技活动周开幕还有 <b>12</b> 天 <span class="c">08:14:05</span></p>'.repeat(count)}</body></html>`,
  );
  const floorCdp = await floorPage.createCDPSession();
  await floorCdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (throttle > 1) await floorCdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const floorRun = (n) =>
    floorPage.evaluate(
      (n) =>
        new Promise((resolve) => {
          const spans = [...document.querySelectorAll('.c')];
          let i = 0;
          const step = () => {
            if (i++ === n) return resolve();
            for (const span of spans)
              span.firstChild.data = `08:14:${String(i % 60).padStart(2, '0')}`;
            void document.body.offsetHeight;
            setTimeout(step, 0);
          };
          setTimeout(step, 0);
        }),
      n,
    );
  const floorMetrics = async () => {
    const { metrics } = await floorCdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'LayoutDuration')?.value ?? 0;
  };
  await floorRun(30);
  const floorBefore = await floorMetrics();
  await floorRun(ticks);
  const floorLayout = (((await floorMetrics()) - floorBefore) * 1000) / ticks;
  console.log(
    `  for scale: ${count} plain <p> with one ticking text node: layout ${ms(floorLayout)} per tick`,
  );
  if (throttle === 1 && per('script') >= 0.5) {
    console.error("Over budget: the widgets' script per tick must stay well under 1 ms.");
    failed = true;
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
