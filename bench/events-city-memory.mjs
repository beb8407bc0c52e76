// Code inside page.evaluate() runs in the page:
/* global window, document, requestAnimationFrame */
// Memory of `<sx-events src city="…">` on a national-scale feed (issue #16: a city's view ≤ 60 MB
// at 100,000 events), in headless Chromium (puppeteer-core, the flags of TOOLCHAIN.md).
//
// The feed is a manifest split by city (bench/scale-feed.mjs, the layout `sx-feed build --split
// city` writes) whose cities are NOT equal: the capital holds 30 % of the events and the smallest
// city 3 %, so "the largest city" is a real worst case. For each view (the largest city, a small
// one, every city) it loads a fresh page in a fresh browser context (no saved copies) and reports:
//   - the JS heap after a forced garbage collection (CDP HeapProfiler.collectGarbage, then
//     Runtime.getHeapUsage) at the first items, once the page has settled (loaded, then 2 s
//     without a long task: the search texts are prepared after the first items), and after ten
//     keystrokes in the search box;
//   - what the page downloaded: requests and bytes of feed files, by file, counted by the server
//     (a city's view must fetch its city's events only).
// --snapshot: a heap snapshot after the keystrokes, summed by constructor (self size), to see what
// holds the memory.
//   node bench/events-city-memory.mjs [--size 100000] [--views 140100,140300,all] [--snapshot]
//     [--throttle 1] [--port 9130] [--source DIR]
// Budget: ≤ 60 MB for a city's view (every city's view is reported beside it, not budgeted); a
// city's view over it, or fetching another city's events, makes the script exit with code 1.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.mjs';
import { edition, feedFiles, NOW, WORDS } from './scale-feed.mjs';
import {
  buildEventsWidget,
  FIRST_ITEM_PROBE,
  openScaleTab,
  optionReader,
  serveScaleBench,
} from './scale-server.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = optionReader(args);
const size = Number(option('size', 100_000));
const throttle = Number(option('throttle', 1));
const port = Number(option('port', 9130));
const views = option('views', '140100,140300,all').split(',');
const snapshot = args.includes('--snapshot');
const BUDGET_MB = 60;
/** Shares of the events by city (the rest: 1 each): a capital, mid-sized cities, small ones. */
const WEIGHTS = {
  140100: 30,
  140200: 8,
  140300: 3,
  140400: 8,
  140500: 6,
  140600: 4,
  140700: 9,
  140800: 12,
  140900: 7,
  141000: 9,
  141100: 4,
};

const source = option('source', repo);
const outDir = join(repo, '.bench-out', source === repo ? 'city-memory' : 'city-memory-source');
await buildEventsWidget({ source, outDir });

const files = feedFiles(size, WEIGHTS);
const cityEvents = (code) => JSON.parse(files.get(`events-${code}.json`)).length;
const page = (city) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>sx-events city memory</title>
<script>
  window.__longTasks = 0;
  new PerformanceObserver((list) => { window.__longTasks += list.getEntries().length; })
    .observe({ type: 'longtask', buffered: true });
${FIRST_ITEM_PROBE}
</script>
<script type="module" src="/app/events.js"></script>
</head><body><main>
<sx-events src="/feed/manifest.json" now="${NOW}"${city === 'all' ? '' : ` city="${city}"`}></sx-events>
</main></body></html>`;

/** Feed files served since the last reset: name → [requests, bytes]. */
let served = new Map();
const server = await serveScaleBench({
  port,
  outDir,
  page: (params) => page(params.get('view')),
  feed: ([, , name]) => {
    const body = files.get(name);
    if (body !== undefined) {
      const [count, bytes] = served.get(name) ?? [0, 0];
      served.set(name, [count + 1, bytes + Buffer.byteLength(body)]);
    }
    return body;
  },
});

/** Self size by constructor (objects) or by kind (strings, code, arrays…) in a heap snapshot. */
function summarise(text) {
  const { snapshot: meta, nodes, strings } = JSON.parse(text);
  const fields = meta.meta.node_fields;
  const types = meta.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const sums = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]];
    const key = type === 'object' || type === 'native' ? strings[nodes[i + nameAt]] : `(${type})`;
    const [count, bytes] = sums.get(key) ?? [0, 0];
    sums.set(key, [count + 1, bytes + nodes[i + sizeAt]]);
  }
  return [...sums]
    .sort((a, b) => b[1][1] - a[1][1])
    .slice(0, 14)
    .map(
      ([key, [count, bytes]]) => `${key.slice(0, 40)} ${(bytes / 2 ** 20).toFixed(1)} MB ×${count}`,
    );
}

const sleep = (time) => new Promise((resolve) => setTimeout(resolve, time));
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumFlags,
  networkEnabled: false,
});
const rows = [];
try {
  for (const view of views) {
    served = new Map();
    const { context, tab, cdp } = await openScaleTab(browser, throttle);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
    };
    await tab.goto(`http://127.0.0.1:${port}/?view=${view}`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__firstItem !== undefined, {
      timeout: 180_000,
      polling: 20,
    });
    const firstItem = await tab.evaluate(() => window.__firstItem);
    const atFirst = await heap();
    await tab.evaluate(() => document.querySelector('sx-events').loaded);
    for (let quiet = 0; quiet < 4;) {
      const before = await tab.evaluate(() => window.__longTasks);
      await sleep(500);
      quiet = (await tab.evaluate(() => window.__longTasks)) === before ? quiet + 1 : 0;
    }
    const settled = await heap();
    const matching = await tab.evaluate(
      () => document.querySelector('sx-events').matchingEvents.length,
    );
    // Ten keystrokes, each applied (debounce 0) and drawn before the next.
    await tab.evaluate(async (words) => {
      const el = document.querySelector('sx-events');
      el.debounce = 0;
      const input = el.shadowRoot.querySelector('[part~=search]');
      for (const word of words) {
        input.value = word;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    }, WORDS);
    const afterKeys = await heap();
    let top;
    if (snapshot) {
      const chunks = [];
      cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      top = summarise(chunks.join(''));
    }
    const feed = [...served].sort((a, b) => a[0].localeCompare(b[0], 'en'));
    rows.push({
      view,
      events: view === 'all' ? size : cityEvents(view),
      matching,
      firstItem,
      atFirst,
      settled,
      afterKeys,
      requests: feed.reduce((sum, [, [count]]) => sum + count, 0),
      bytes: feed.reduce((sum, [, [, bytes]]) => sum + bytes, 0),
      eventFiles: feed.filter(([name]) => name.startsWith('events-')).map(([name]) => name),
      top,
    });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

console.log(
  `<sx-events src city> memory, ${size} events split by city (shares ${JSON.stringify(WEIGHTS)}), ` +
    `CPU throttle ${throttle}x, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`,
);
for (const r of rows) {
  const name =
    r.view === 'all' ? 'every city' : `${edition.cities.find((c) => c.code === r.view).short}`;
  const over = r.view !== 'all' && Math.max(r.atFirst, r.settled, r.afterKeys) > BUDGET_MB;
  console.log(
    `  ${name} (${r.view}, ${r.events} events, ${r.matching} shown): heap ${r.atFirst.toFixed(1)} MB at ` +
      `the first items (${Math.round(r.firstItem)} ms), ${r.settled.toFixed(1)} MB settled, ` +
      `${r.afterKeys.toFixed(1)} MB after ${WORDS.length} keystrokes${r.view === 'all' ? '' : over ? ` — OVER ${BUDGET_MB} MB` : ` (≤ ${BUDGET_MB} MB)`} | ` +
      `feed ${r.requests} requests, ${(r.bytes / 1e6).toFixed(2)} MB; events files: ${r.eventFiles.join(' ')}`,
  );
  if (r.top) console.log(`    heap by constructor (self size): ${r.top.join('; ')}`);
  const stray = r.view !== 'all' && r.eventFiles.some((file) => file !== `events-${r.view}.json`);
  if (over || stray) process.exitCode = 1;
}
