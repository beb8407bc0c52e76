// The request waterfall of one bench page, as a visitor's throttled browser fetches it (the same
// visit as time-to-content.mjs: fresh context, CPU 4×, 150 ms RTT, 1.6 Mbps): for each request, when
// it was started and finished (ms from navigation), its wave and what started it, and when content
// showed. Medians of --runs visits per request. It answers "what waits for what", which the
// time-to-content table cannot.
//
//   npx rollup -c && node bench/ttc/waterfall.mjs [--page /events-src] [--runs 3] [--cpu-only]
import { parseArgs } from 'node:util';
import { initiatorDepth } from '../../test/support/request-waves.mjs';
import { openTab, probe, SETTLE_MS, startBench, throttle } from './measure.mjs';
import { benchPages, requireBuild } from './pages.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: '/events-src' },
    runs: { type: 'string', default: '3' },
    'cpu-only': { type: 'boolean', default: false },
  },
});

requireBuild();
const page = (await benchPages()).find((item) => item.path === values.page);
if (!page) throw new Error(`No bench page ${values.page}`);
const { server, browser } = await startBench([page]);

async function once() {
  const { context, tab, cdp } = await openTab(browser);
  try {
    await throttle(cdp, !values['cpu-only']);
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
      source: probe(page.content, SETTLE_MS),
    });
    const requests = new Map();
    const byId = new Map();
    cdp.on('Network.requestWillBeSent', ({ requestId, request, initiator, timestamp }) => {
      if (!requests.has(request.url)) {
        const item = { url: request.url, initiator, start: timestamp, count: 0 };
        requests.set(request.url, item);
        byId.set(requestId, item);
      }
      requests.get(request.url).count += 1;
    });
    cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => {
      const item = byId.get(requestId);
      if (item) item.end = timestamp;
    });
    const url = `${server.origin}${page.path}`;
    await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    const result = await tab.evaluate(() => /** @type {any} */ (globalThis).__sxTtc);
    // The page's own request is navigation start (close enough: the probe's clock starts there).
    const zero = requests.get(url).start;
    const depth = initiatorDepth(requests, url);
    const rows = [...requests.values()]
      .filter((item) => !item.url.endsWith('/favicon.ico'))
      .map((item) => ({
        path: new URL(item.url).pathname,
        wave: depth(item.url),
        count: item.count,
        start: (item.start - zero) * 1000,
        end: item.end === undefined ? NaN : (item.end - zero) * 1000,
        by: (() => {
          const from =
            item.initiator?.url ??
            item.initiator?.stack?.callFrames?.[0]?.url ??
            item.initiator?.stack?.parent?.callFrames?.[0]?.url;
          return from ? new URL(from).pathname.split('/').pop() : item.initiator?.type;
        })(),
      }));
    return { rows, content: result.at };
  } finally {
    await context.close();
  }
}

const median = (list) => {
  const sorted = list.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};
const visits = [];
try {
  for (let run = 0; run < Number(values.runs); run += 1) visits.push(await once());
} finally {
  await browser.close();
  await server.close();
}
const paths = [...new Set(visits.flatMap((visit) => visit.rows.map((row) => row.path)))];
const table = paths
  .map((path) => {
    const rows = visits.map((visit) => visit.rows.find((row) => row.path === path)).filter(Boolean);
    return {
      path,
      wave: Math.max(...rows.map((row) => row.wave)),
      count: Math.max(...rows.map((row) => row.count)),
      start: median(rows.map((row) => row.start)),
      end: median(rows.map((row) => row.end)),
      by: rows[0].by,
    };
  })
  .sort((a, b) => a.start - b.start);
const content = median(visits.map((visit) => visit.content));
const scale = 60 / Math.max(content, ...table.map((row) => row.end || 0));
const bar = (start, end) =>
  ' '.repeat(Math.round(start * scale)) +
  '█'.repeat(Math.max(1, Math.round((end - start) * scale)));
console.log(
  `${page.name}: medians of ${visits.length} visits${values['cpu-only'] ? ' (CPU only)' : ''}; ` +
    `content at ${Math.round(content)} ms\n`,
);
for (const row of table) {
  console.log(
    `${String(Math.round(row.start)).padStart(5)}–${String(Math.round(row.end)).padEnd(5)} w${row.wave}` +
      `${row.count > 1 ? ` ×${row.count}` : '   '} ${row.path.replace('/dist/', '').padEnd(44)} ` +
      `(by ${row.by}) ${bar(row.start, row.end)}`,
  );
}
console.log(`${' '.repeat(Math.round(content * scale) + 78)}▲ content`);
