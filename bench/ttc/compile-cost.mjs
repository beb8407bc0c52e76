// Where a page's script compile time goes before content, by script URL: the trace's compile
// events on the renderer's main thread (top-level compiles of classic scripts and modules, lazy
// compiles of functions at their first call, tier-ups), summed by the file they compile, and the
// parse/compile work V8 did off the main thread for comparison. A visit as task-cpu.mjs makes it
// (fresh context, CPU 4×, no network throttle unless --network); medians over --runs.
//
//   node bench/ttc/compile-cost.mjs [--page /events-src] [--runs 5] [--baseline DIR] [--network]
//     [--all] (every event name seen, not only the compile ones)
import { parseArgs } from 'node:util';
import { eachVisit, MAIN_THREAD_TRACE, median, probe, startBench, throttle } from './measure.mjs';
import { baselineRoutes, pageAndBaseline } from './pages.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', multiple: true, default: ['/events-src'] },
    runs: { type: 'string', default: '5' },
    baseline: { type: 'string' },
    network: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
  },
});
const pages = [];
for (const path of values.page) pages.push(...(await pageAndBaseline(path, values.baseline)));

const COMPILE = /compile|Compile|parseOnBackground|ScriptStreamer|Deserialize|produceModuleCache/;

/** The file a compile event is about, short. */
function fileOf(event) {
  const data = event.args?.data ?? event.args ?? {};
  const url = data.url ?? data.fileName ?? data.scriptName ?? data.script ?? '';
  if (!url) return '(no url)';
  try {
    return new URL(url).pathname.replace(/^\/dist\/cdn\//, '');
  } catch {
    return String(url);
  }
}

const results = new Map(pages.map((page) => [page.path, []]));
const { server, browser } = await startBench(pages, baselineRoutes(values.baseline));
await eachVisit({ server, browser }, pages, Number(values.runs), async (page, { tab, cdp }) => {
  await throttle(cdp, values.network);
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probe(page.content, 0) });
  // V8's compile events on top of the main thread's (the compile cost is what this bench reads).
  await tab.tracing.start({ categories: [...MAIN_THREAD_TRACE, 'disabled-by-default-v8.compile'] });
  await tab.goto(`${server.origin}${page.path}`, { waitUntil: 'domcontentloaded', timeout: 60000 });
  const { at } = await tab.evaluate(() => globalThis.__sxTtc);
  const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString());
  const events = trace.traceEvents ?? trace;
  const start =
    events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)?.ts ??
    Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const until = start + at * 1000;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's main thread: the busiest renderer main thread.
  let main;
  let busiest = -1;
  for (const thread of mains) {
    const busy = events
      .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur)
      .reduce((sum, e) => sum + e.dur, 0);
    if (busy > busiest) [main, busiest] = [thread, busy];
  }
  const visit = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || event.ts < start || event.ts > until) continue;
    if (!values.all && !COMPILE.test(event.name)) continue;
    if (event.pid !== main.pid) continue;
    const where = event.tid === main.tid ? 'main' : 'off-main';
    const key = `${where} ${event.name} ${fileOf(event)}`;
    // Thread time where the trace has it: the CPU itself, without a shared machine's waits.
    visit.set(key, (visit.get(key) ?? 0) + (event.tdur ?? event.dur) / 1000);
  }
  results.get(page.path).push(visit);
});
for (const page of pages) {
  const visits = results.get(page.path);
  const keys = new Set(visits.flatMap((visit) => [...visit.keys()]));
  const rows = [...keys]
    .map((key) => [key, median(visits.map((visit) => visit.get(key) ?? 0))])
    .filter(([, ms]) => ms >= 0.5)
    .sort((a, b) => b[1] - a[1]);
  const total = (where) =>
    median(
      visits.map((visit) =>
        [...visit].filter(([k]) => k.startsWith(where)).reduce((s, [, ms]) => s + ms, 0),
      ),
    );
  console.log(
    `\n${page.name}: compile on the main thread until content, median ${total('main ').toFixed(1)} ms (thread time); off it ${total('off-main').toFixed(1)} ms`,
  );
  for (const [key, ms] of rows.slice(0, 40))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
}
