// The main thread's tasks of a visit by their CPU (trace thread time), not their wall time: on a
// shared machine a task's wall time swings with the other processes, its thread time much less.
// The same visit as time-to-content.mjs's CPU-only column (fresh context, CPU 4×, no network
// throttle unless --network), traced until 1 s after content. Per visit: the main thread's CPU
// until content, the longest task's CPU after first paint, and a "CPU TBT": each task from first
// paint to content + 1 s counted by its thread time beyond 50 ms. (Chromium's CPU throttling
// keeps the throttled thread busy: a task's thread time is already its time at CPU 4×, without
// the waits for a core that the other processes of a shared machine add to its wall time.)
// Medians over --runs; --baseline DIR alternates with an earlier build's dist/cdn.
//
//   npx rollup -c && node bench/ttc/task-cpu.mjs [--page /events] [--runs 5] [--baseline DIR]
//     [--network] [--list]
import { parseArgs } from 'node:util';
import { eachVisit, median, probe, SETTLE_MS, startBench, throttle } from './measure.mjs';
import { baselineRoutes, pageAndBaseline } from './pages.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', multiple: true, default: ['/events'] },
    runs: { type: 'string', default: '5' },
    baseline: { type: 'string' },
    network: { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
  },
});
const pages = [];
for (const path of values.page) pages.push(...(await pageAndBaseline(path, values.baseline)));

/** The renderer main thread's top-level tasks (trace µs), of the busiest renderer main thread. */
function mainTasks(events) {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = [];
  for (const thread of mains) {
    const tasks = events.filter(
      (e) =>
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.ph === 'X' &&
        /^(RunTask|ThreadControllerImpl::RunTask)$/.test(e.name),
    );
    if (tasks.length > best.length) best = tasks;
  }
  // Nested RunTasks (a task run inside another) count once, as their outer task.
  best.sort((a, b) => a.ts - b.ts);
  const outer = [];
  for (const task of best) {
    const last = outer.at(-1);
    if (last && task.ts < last.ts + last.dur) continue;
    outer.push(task);
  }
  return outer;
}

const results = new Map(pages.map((page) => [page.path, []]));
const { server, browser } = await startBench(pages, baselineRoutes(values.baseline));
await eachVisit({ server, browser }, pages, Number(values.runs), async (page, { tab, cdp }) => {
  await throttle(cdp, values.network);
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
    source: probe(page.content, SETTLE_MS),
  });
  await tab.tracing.start({
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink',
      'blink.user_timing',
      'loading',
    ],
  });
  await tab.goto(`${server.origin}${page.path}`, { waitUntil: 'domcontentloaded', timeout: 60000 });
  const { at, fcp } = await tab.evaluate(() => globalThis.__sxTtc);
  const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString());
  const events = trace.traceEvents ?? trace;
  // Navigation start in trace time, as first-render-profile.mjs finds it.
  const start =
    events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)?.ts ??
    Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const tasks = mainTasks(events).map((t) => ({
    at: (t.ts - start) / 1000,
    wall: t.dur / 1000,
    cpu: (t.tdur ?? 0) / 1000,
  }));
  const until = (ms) => tasks.filter((t) => t.at <= ms);
  const counted = tasks.filter((t) => t.at + t.wall > (fcp ?? at) && t.at < at + SETTLE_MS);
  const visit = {
    cpuToContent: until(at).reduce((sum, t) => sum + t.cpu, 0),
    cpuTbt: counted.reduce((sum, t) => sum + Math.max(0, t.cpu - 50), 0),
    longest: Math.max(0, ...counted.map((t) => t.cpu)),
    after: tasks.filter((t) => t.at >= at && t.at < at + SETTLE_MS).reduce((s, t) => s + t.cpu, 0),
    at,
  };
  results.get(page.path).push(visit);
  if (values.list) {
    console.log(`${page.name}: content ${Math.round(at)} ms, first paint ${Math.round(fcp)} ms`);
    for (const t of tasks.filter((t) => t.cpu >= 5 && t.at < at + SETTLE_MS)) {
      console.log(
        `  @${Math.round(t.at)} cpu ${t.cpu.toFixed(1)} ms wall ${Math.round(t.wall)}${t.at >= at ? ' after content' : ''}`,
      );
    }
  }
});
const f = (list, key) =>
  `${Math.round(median(list.map((v) => v[key])))} (${list.map((v) => Math.round(v[key])).join(', ')})`;
for (const page of pages) {
  const list = results.get(page.path);
  console.log(
    `${page.name}: thread CPU until content ${f(list, 'cpuToContent')} ms; in the 1 s after ` +
      `${f(list, 'after')} ms; CPU TBT (thread time − 50) ${f(list, 'cpuTbt')} ms; longest ` +
      `counted task ${f(list, 'longest')} ms CPU; content at ${f(list, 'at')} ms`,
  );
}
