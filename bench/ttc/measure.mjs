// One visit of one bench page, as a visitor on a mid-range phone feels it: a fresh browser context
// (cold cache), CPU throttled 4× and, unless `network` is false, 150 ms RTT at 1.6 Mbps down /
// 0.75 up. Everything timed is read inside the page (performance.now() from navigation start), so
// the DevTools round trips of the bench are not in the figures.
import { launchChromium } from '../../scripts/chromium.mjs';
import { initiatorDepth } from '../../test/support/request-waves.mjs';
import { mounts } from './pages.mjs';
import { serveH2 } from './server.mjs';

export const THROTTLE = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (0.75 * 1024 * 1024) / 8,
  cpu: 4,
};
/** How long after content the bench keeps counting long tasks (work the first render left). */
export const SETTLE_MS = 1000;

/**
 * Runs in the page before any of its own scripts: polls the page's content test once a frame
 * (requestAnimationFrame, as a visitor sees frames), records long tasks and first paint, and
 * exposes a promise that settles with the figures SETTLE_MS after content.
 */
export const probe = (content, settle) => `(() => {
  const longTasks = [];
  let fcp;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'first-contentful-paint') fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {}
  window.__sxTtc = new Promise((resolve) => {
    const poll = () => {
      let shown = false;
      try { shown = Boolean(${content}); } catch {}
      if (!shown) return requestAnimationFrame(poll);
      const at = performance.now();
      // What had fully arrived when content showed: the requests content waited for.
      const arrived = performance.getEntriesByType('resource')
        .filter((entry) => entry.responseEnd <= at)
        .map((entry) => entry.name);
      setTimeout(() => resolve({ at, arrived, fcp, longTasks }), ${settle});
    };
    requestAnimationFrame(poll);
  });
})();`;

/**
 * Total blocking time as Lighthouse counts it, from first contentful paint to `end`: each long
 * task's part beyond 50 ms, a task that began before first paint counting from first paint.
 */
export function totalBlockingTime(longTasks, fcp, end) {
  let total = 0;
  for (const [start, duration] of longTasks) {
    const from = Math.max(start, fcp ?? 0);
    const to = Math.min(start + duration, end);
    if (to - from > 50) total += to - from - 50;
  }
  return total;
}

/**
 * The HTTP/2 server of `pages` (and the build, the peers) and a Chromium that trusts its
 * certificate, made at start-up, as a visitor's browser trusts a CDN's. `extraMounts` (URL prefix →
 * directory) serves more files, e.g. an earlier build to compare with.
 */
export async function startBench(pages, extraMounts = {}) {
  const server = await serveH2({
    pages: Object.fromEntries(pages.map((page) => [page.path, page.html])),
    mounts: { ...extraMounts, ...mounts() },
  });
  const browser = await launchChromium();
  const session = await browser.target().createCDPSession();
  await session.send('Security.setIgnoreCertificateErrors', { ignore: true });
  return { server, browser };
}

/**
 * A fresh context and tab as every visit of the benches starts: the edition's zone, a phone's
 * viewport, the network domain on and the cache off (each visit is a first visit).
 */
export async function openTab(browser) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.emulateTimezone('Asia/Shanghai');
  await tab.setViewport({ width: 412, height: 823, deviceScaleFactor: 1 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, tab, cdp };
}

/**
 * Every visit of a bench: each of `visits` once per run, in turn (so a slow minute of the machine
 * falls on every page alike), each in a fresh tab (`openTab`) closed after it; then the browser
 * and the server are closed, also when a visit throws.
 */
export async function eachVisit({ browser, server }, visits, runs, visitOne) {
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const item of visits) {
        const { context, tab, cdp } = await openTab(browser);
        try {
          await visitOne(item, { tab, cdp, run });
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * One visit of a page that counts for itself: at CPU 4× (no network throttle), `hookSource` runs
 * before the page's scripts and sets `window.__done` once its figures are in `window[key]`,
 * which this returns.
 */
export async function visitCounting({ tab, cdp }, url, hookSource, key) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: hookSource });
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  await tab.waitForFunction(() => globalThis.__done, { timeout: 120000 });
  return tab.evaluate((name) => globalThis[name], key);
}

/** Every visit of `pages` counted by `hook(page.content)`: each page's figures, visit by visit. */
export async function countEachVisit(bench, pages, runs, hook, key) {
  const rows = new Map(pages.map((item) => [item.name, []]));
  await eachVisit(bench, pages, runs, async (item, visit) => {
    const url = `${bench.server.origin}${item.path}`;
    rows.get(item.name).push(await visitCounting(visit, url, hook(item.content), key));
  });
  return rows;
}

/** The trace categories the profiling benches read: the main thread's tasks, scripts and loading. */
export const MAIN_THREAD_TRACE = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'loading',
];

/** The median of a list of numbers (the upper one of an even list). */
export const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/**
 * A mid-range phone on a slow mobile network, as every visit of the benches sees it: the CPU 4×
 * slower and, when `network` is true, 150 ms RTT at 1.6 Mbps down / 0.75 up (THROTTLE). One
 * place, so the waterfall and the time-to-content figures are taken under the same conditions.
 */
export async function throttle(cdp, network) {
  if (network) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLE.latency,
      downloadThroughput: THROTTLE.downloadThroughput,
      uploadThroughput: THROTTLE.uploadThroughput,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
}

/**
 * Visits `origin + page.path` once in a fresh context of `browser`; `gzipBytes(path)` is the
 * server's size of a response. Returns time to content (ms), TBT, JS bytes and requests, waves.
 */
export async function visit(browser, origin, page, { network = true, gzipBytes }) {
  const { context, tab, cdp } = await openTab(browser);
  try {
    await throttle(cdp, network);
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
      source: probe(page.content, SETTLE_MS),
    });
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
      if (!requests.has(request.url)) requests.set(request.url, { url: request.url, initiator });
    });
    const url = `${origin}${page.path}`;
    await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    const result = await tab.evaluate(() => /** @type {any} */ (globalThis).__sxTtc);
    const depth = initiatorDepth(requests, url);
    const arrived = result.arrived
      .filter((item) => item !== url && !item.endsWith('/favicon.ico'))
      .map((item) => ({ path: new URL(item).pathname, wave: depth(item) }));
    const js = arrived.filter((item) => item.path.endsWith('.js'));
    const sum = (items) => items.reduce((total, item) => total + gzipBytes(item.path), 0);
    return {
      ms: result.at,
      fcp: result.fcp,
      tbt: totalBlockingTime(result.longTasks, result.fcp, result.at + SETTLE_MS),
      // Before first paint too: a widget page paints nothing until its first render, so TBT
      // (which starts at first paint) can miss the task that built it.
      longestTask: Math.max(0, ...result.longTasks.map(([, duration]) => duration)),
      jsBytes: sum(js),
      // Code only: the embedded edition's data chunks are JavaScript too, budgeted apart.
      codeBytes: sum(js.filter((item) => !/\/data-[^/]*\.js$/.test(item.path))),
      feedBytes: sum(arrived.filter((item) => item.path.endsWith('.json'))),
      jsRequests: js.length,
      waves: Math.max(0, ...arrived.map((item) => item.wave)),
      arrived,
      longTasks: result.longTasks,
    };
  } finally {
    await context.close();
  }
}
