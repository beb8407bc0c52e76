// What the loader's preload insertion costs the main thread (#16 all9: `urls` in the profile of
// the all-four page, 119–220 ms at CPU 4×): inserts the modulepreload links of all four widgets
// (the URLs the shipped loader lists) in one fragment, times it inside the page with
// performance.now(), and does so with and without the DevTools network domain that every bench
// visit enables (a visitor's browser has none). CPU 4×, no network throttle, medians.
//
//   npx rollup -c && node bench/ttc/preload-cost.mjs [--runs 9]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startBench, THROTTLE } from './measure.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const loader = readFileSync(new URL('../../dist/cdn/loader.js', import.meta.url), 'utf8');
const urls = [...new Set(loader.match(/\.\/chunks\/[^"]+\.js/g))]
  .filter((url) => !/messages\.en|data-/.test(url))
  .map((url) => `/dist/cdn/${url.slice(2)}`);

const page = (how) => `<!doctype html><html><head><meta charset="utf-8"></head><body><p>x</p>
<script type="module">
const urls = ${JSON.stringify(urls)};
const t0 = performance.now();
${
  how === 'fragment'
    ? `const f = document.createDocumentFragment();
for (const url of urls) { const l = document.createElement('link'); l.rel = 'modulepreload'; l.href = url; f.append(l); }
document.head.append(f);`
    : how === 'elements'
      ? `const f = document.createDocumentFragment();
for (const url of urls) { const l = document.createElement('link'); l.href = url; f.append(l); }
document.head.append(f);`
      : `for (const url of urls) fetch(url);`
}
window.__cost = performance.now() - t0;
</script></body></html>`;

const pages = ['fragment', 'elements', 'fetch'].map((how) => ({
  path: `/${how}`,
  html: page(how),
}));
const { server, browser } = await startBench(pages);
const results = {};
try {
  for (let run = 0; run < Number(values.runs); run += 1) {
    for (const devtoolsNetwork of [true, false]) {
      for (const { path } of pages) {
        const context = await browser.createBrowserContext();
        const tab = await context.newPage();
        const cdp = await tab.createCDPSession();
        if (devtoolsNetwork) {
          await cdp.send('Network.enable');
          await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        }
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
        await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
        const cost = await tab.evaluate(() => /** @type {any} */ (globalThis).__cost);
        const key = `${path.slice(1)}${devtoolsNetwork ? ' (DevTools network on)' : ''}`;
        (results[key] ??= []).push(cost);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`${urls.length} URLs (the four widgets' code and feed chunks), CPU ${THROTTLE.cpu}×`);
for (const [key, list] of Object.entries(results)) {
  console.log(
    `  ${key.padEnd(34)} median ${median(list).toFixed(1)} ms  (${list.map((x) => x.toFixed(0)).join(', ')})`,
  );
}
