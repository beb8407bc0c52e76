// Code inside page.evaluate() runs in the page:
/* global document, performance */
// CPU per tick with 50 <sx-countdown> on a page, in headless Chromium (puppeteer-core,
// /usr/bin/chromium), production build (esbuild --bundle --minify of the widget, Lit's production
// build). The page clock is a SharedClock whose timer the bench fires by hand, so ticks run back
// to back instead of once a second; each tick is measured with performance.now() from the
// clock's dispatch to every countdown updated (script), and again after a forced style + layout
// (what the browser must do before painting). Also checks that the page holds exactly one timer.
// Budget: median script + layout per tick well under 1 ms (exits 1 at >= 1 ms).
//   node bench/countdown-tick.mjs [--ticks 300] [--throttle 4] [--count 50]
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const ticks = option('ticks', 300);
const throttle = option('throttle', 1);
const count = option('count', 50);

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
    async mount(count) {
      const variants = ['inline', 'card', 'banner'];
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

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

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
  const mounted = await page.evaluate((n) => window.sxBench.mount(n), count);
  const timers = await page.evaluate(() => window.sxBench.timers());
  if (throttle > 1) {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  // Warm-up: the first ticks compile the code paths.
  for (let i = 0; i < 20; i++) await page.evaluate(() => window.sxBench.tick());
  const samples = [];
  for (let i = 0; i < ticks; i++) samples.push(await page.evaluate(() => window.sxBench.tick()));
  const timersAfter = await page.evaluate(() => window.sxBench.timers());
  const scriptStats = stats(samples.map(([s]) => s));
  const layoutStats = stats(samples.map(([, l]) => l));
  console.log(
    `${mounted} countdowns, ${ticks} ticks, CPU throttling ${throttle}x; timers on the page: ` +
      `${timers} (after the ticks: ${timersAfter})`,
  );
  console.log(
    `  script per tick           median ${ms(scriptStats.median)}  p95 ${ms(scriptStats.p95)}  max ${ms(scriptStats.max)}`,
  );
  console.log(
    `  script + style/layout     median ${ms(layoutStats.median)}  p95 ${ms(layoutStats.p95)}  max ${ms(layoutStats.max)}`,
  );
  if (timers !== 1 || timersAfter !== 1) {
    console.error('More than one timer (or none) on the page.');
    failed = true;
  }
  if (throttle === 1 && layoutStats.median >= 1) {
    console.error('Over budget: a tick must cost well under 1 ms.');
    failed = true;
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
