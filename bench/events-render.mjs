// <sx-events> with 5,000 events, in headless Chromium (puppeteer-core, /usr/bin/chromium), against
// the production build of the harness page (bench/events-page.mjs):
//   - first render: from the data arriving to the list on screen (new element each run);
//   - one filter keystroke: a search character applied (debounce 0) until the list is updated;
//   - rendered rows: items in the DOM after load and after "show more".
// Budgets: first render <= 50 ms, keystroke <= 16 ms. Exits 1 when a median is over budget.
//   node bench/events-render.mjs [--throttle 4] [--runs 15]
import puppeteer from 'puppeteer-core';
import { buildEventsPage, serveEventsPage } from './events-page.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const throttle = option('throttle', 1);
const runs = option('runs', 15);
const port = option('port', 8817);
const COUNT = 5000;

await buildEventsPage();
const server = await serveEventsPage(port);
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

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateTimezone('Asia/Shanghai');
  await page.goto(`http://127.0.0.1:${port}/?bare`, { waitUntil: 'load' });
  await page.waitForFunction(() => 'sxBench' in window);
  if (throttle > 1) {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }

  const result = await page.evaluate(
    async ({ count, runs }) => {
      const { syntheticEvents, memoryClient } = window.sxBench;
      const events = syntheticEvents(count);
      const main = document.querySelector('main');
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const median = (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        return sorted[Math.floor(sorted.length / 2)];
      };
      const firstRender = [];
      const firstKeystroke = [];
      const keystroke = [];
      let rows = {};
      for (let run = 0; run < runs; run++) {
        const element = document.createElement('sx-events');
        element.setAttribute('now', '2025-05-20T10:00:00+08:00');
        element.debounce = 0;
        // Fresh records each run: nothing parsed or indexed by an earlier run.
        const fresh = events.map((event) => ({ ...event }));
        let arrive;
        const client = memoryClient(fresh);
        const loadEvents = client.events;
        client.events = async () => {
          const answer = await loadEvents();
          arrive = performance.now();
          return answer;
        };
        element.client = client;
        main.append(element);
        await element.loaded;
        firstRender.push(performance.now() - arrive);
        rows.afterLoad = element.shadowRoot.querySelectorAll('[part~=item]').length;
        await frame();
        // A visitor reads before typing: the idle-time search index gets its chance.
        await new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300)));

        const input = element.shadowRoot.querySelector('[part~=search]');
        const type = async (text) => {
          const start = performance.now();
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await element.updateComplete;
          return performance.now() - start;
        };
        firstKeystroke.push(await type('活'));
        await frame();
        keystroke.push(await type('活动'));
        await frame();
        keystroke.push(await type('活动 1'));
        await frame();
        rows.afterSearch = element.shadowRoot.querySelectorAll('[part~=item]').length;
        rows.matching = element.matchingEvents.length;
        await type('');
        element.shadowRoot.querySelector('[part~=load-more]').click();
        await element.updateComplete;
        rows.afterLoadMore = element.shadowRoot.querySelectorAll('[part~=item]').length;
        element.remove();
        await frame();
      }
      return {
        firstRender: median(firstRender),
        firstRenderMax: Math.max(...firstRender),
        firstKeystroke: median(firstKeystroke),
        keystroke: median(keystroke),
        keystrokeMax: Math.max(...keystroke),
        rows,
      };
    },
    { count: COUNT, runs },
  );

  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  console.log(`<sx-events>, ${COUNT} events, ${runs} runs, CPU throttle ${throttle}x (medians)`);
  console.log(`  first render after data:   ${fmt(result.firstRender)} (max ${fmt(result.firstRenderMax)})  budget 50 ms`);
  console.log(`  first search keystroke:    ${fmt(result.firstKeystroke)}`);
  console.log(`  filter keystroke:          ${fmt(result.keystroke)} (max ${fmt(result.keystrokeMax)})  budget 16 ms`);
  console.log(
    `  rendered rows: ${result.rows.afterLoad} after load, ${result.rows.afterSearch} after a search matching ${result.rows.matching}, ${result.rows.afterLoadMore} after "show more"`,
  );
  const over = result.firstRender > 50 || result.keystroke > 16;
  if (over) console.log('  OVER BUDGET');
  process.exitCode = over ? 1 : 0;
} finally {
  await browser.close();
  server.close();
}
