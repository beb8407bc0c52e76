/* global window, document, requestAnimationFrame */
// The page's localStorage calls before and after the first event on the CDN events page with
// `src`, this build against a baseline build, visits interleaved: how many, and the time spent in
// them inside the page (CPU 4×). The first access to an origin's localStorage opens it (a
// synchronous 3–60 ms on this machine), whichever call comes first; the copy of a 64 KB file is
// a few ms more. Counts are deterministic; times are medians, noisy on a shared machine.
//
//   npx rollup -c && node bench/ttc/storage-calls.mjs --baseline /tmp/base11/dist [--runs 7]
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../scripts/chromium.mjs';
import { wavePage } from '../../test/support/request-waves.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, baseline: { type: 'string' } },
});
const builds = { this: fileURLToPath(new URL('../../dist', import.meta.url)) };
if (values.baseline) builds.baseline = values.baseline;

/** Serves `dist` as the request-waves pages expect it (/dist/…), and the events page with src. */
function serve(dist) {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(wavePage('sx-events', { src: true }));
    }
    try {
      const body = await readFile(join(dist, url.pathname.replace(/^\/dist\//, '')));
      const type = extname(url.pathname) === '.js' ? 'text/javascript' : 'application/json';
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
}

const browser = await launchChromium();
const results = Object.fromEntries(Object.keys(builds).map((name) => [name, []]));
try {
  for (let run = 0; run < Number(values.runs); run++) {
    for (const [name, dist] of Object.entries(builds)) {
      const server = serve(dist);
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        await page.emulateTimezone('Asia/Shanghai');
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        // Every Storage call timed where it runs, marked before or after the first event.
        await page.evaluateOnNewDocument(() => {
          const log = (window.sxStorageCalls = []);
          let shown = false;
          const poll = () =>
            document.querySelector('sx-events')?.shadowRoot?.querySelector('[part~="item"]')
              ? (shown = true)
              : requestAnimationFrame(poll);
          requestAnimationFrame(poll);
          for (const method of ['getItem', 'setItem', 'removeItem']) {
            const original = Storage.prototype[method];
            Storage.prototype[method] = function (...args) {
              const start = performance.now();
              try {
                return original.apply(this, args);
              } finally {
                const key = String(args[0])
                  .replace(/^sx-science-week:/, '')
                  .slice(0, 24);
                log.push({ method, key, ms: performance.now() - start, before: !shown });
              }
            };
          }
        });
        await page.goto(`http://127.0.0.1:${server.address().port}/page?w=sx-events&src`);
        await page.waitForFunction(
          () => document.querySelector('sx-events')?.shadowRoot?.querySelector('[part~="item"]'),
          { timeout: 30_000 },
        );
        // The copies written after the content (an idle callback, at most 500 ms on).
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
        results[name].push(await page.evaluate(() => window.sxStorageCalls));
      } finally {
        await context.close();
        server.close();
      }
    }
  }
} finally {
  await browser.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (calls) => calls.reduce((total, call) => total + call.ms, 0);
for (const [name, visits] of Object.entries(results)) {
  const before = visits.map((calls) => calls.filter((call) => call.before));
  const after = visits.map((calls) => calls.filter((call) => !call.before));
  console.log(
    `${name}: before the first event ${before[0].length} calls, ${median(before.map(ms)).toFixed(1)} ms ` +
      `(median; ${before.map((calls) => ms(calls).toFixed(1)).join(', ')}); after it ` +
      `${after[0].length} calls, ${median(after.map(ms)).toFixed(1)} ms`,
  );
  console.log(`  before: ${before[0].map(({ method, key }) => `${method} ${key}`).join('; ')}`);
}
