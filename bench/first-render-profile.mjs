// Where the first render's CPU goes: loads a widget page of the CDN build with the CPU throttled
// 4× and no network throttling (the "CPU-only" column of bench/time-to-content.mjs), records a
// Chromium trace and a sampling JS profile from navigation start until the widget shows content,
// and prints the top self-time items: browser phases from the trace (style recalculation, layout,
// paint, compile, GC, HTML parse) and our own functions from the profile, mapped back to the
// TypeScript sources through the build's source maps. Averages over --runs visits.
//
//   npx rollup -c && node bench/first-render-profile.mjs [--runs 3] [--top 10]
//     [--page events --page lab-map] [--json out.json] [--baseline DIR] [--no-js] [--tasks 5]
//
// --tasks N lists, for the last visit of each page, its N longest main-thread tasks before content
// (when they started, wall and thread time) with the functions and phases that filled them: which
// widget's work made the long task of a page with several.
//
// The figure to compare two builds by is the main thread's CPU (thread time) until content: on a
// shared machine wall times swing by ±50 % with the load, thread time by ~10 %. --baseline DIR
// (a copy of an earlier build's dist/cdn) visits each page with that build too, in turn with
// this one; --no-js leaves the sampling profiler off (it adds its own time to the thread's);
// --rate 1 turns the CPU throttling off (the thread time is then the work itself).
// Pages are visited round-robin, so a change of load hits every page alike.
import { readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { baselineOf, baselineRoutes, benchPages, requireBuild } from './ttc/pages.mjs';
import { MAIN_THREAD_TRACE, openTab, probe, startBench, THROTTLE } from './ttc/measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    top: { type: 'string', default: '10' },
    page: { type: 'string', multiple: true, default: ['events', 'lab-map'] },
    json: { type: 'string' },
    baseline: { type: 'string' },
    'no-js': { type: 'boolean', default: false },
    rate: { type: 'string', default: String(THROTTLE.cpu) },
    tasks: { type: 'string', default: '0' },
  },
});
const runs = Number(values.runs);

/** Trace event names → the phase a reader knows them by (the rest are shown by their own name). */
const PHASES = [
  [
    /^(UpdateLayoutTree|Document::updateStyle|Document::RecalcStyle|Blink\.Style\.UpdateTime|StyleEngine::.*)$/,
    'style recalculation',
  ],
  [
    /^(Layout|LocalFrameView::(performLayout|layout)|Document::UpdateStyleAndLayout|Blink\.ForcedStyleAndLayout\.UpdateTime)$/,
    'layout',
  ],
  [/Paint|Composit|Layeriz|PrePaint|^Commit$|^UpdateLayer/, 'paint + composite'],
  [/Accessibility/, 'accessibility tree'],
  [
    /^(ParseHTML|HTMLDocumentParser::.*|Document::FinishedParsing|DocumentLoader::.*)$/,
    'HTML parse + document',
  ],
  [
    /^(ParseAuthorStyleSheet|CSSParserImpl::.*|Blink\.ParseStyleSheet\.UpdateTime)$/,
    'CSS parse (adopted stylesheets)',
  ],
  [
    /^(v8\.callAsConstructor|v8\.newInstance|CustomElementRegistry::define|HTMLConstructor)$/,
    'custom element constructors/upgrades',
  ],
  [/^ResourceFetcher::requestResource$/, 'starting requests (preloads, imports)'],
  [
    /compile|Compile|parseOnBackground|BytecodeBudgetInterrupt|HandleInterrupts/,
    'script compile + tier-up',
  ],
  [/GC|scavenge|Weakness|Sweep/, 'garbage collection'],
  [/^(Frame::Detach|CommitNavigation)$/, 'navigation'],
  [
    /^(EvaluateScript|v8\.evaluateModule|FunctionCall|v8\.callFunction|V8\.Execute|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.run|AsyncTask Run)$/,
    'script',
  ],
  // A task's own time that no traced event inside it covers (scheduling, and the throttler's pauses).
  [/^(RunTask|ThreadControllerImpl::RunTask)$/, 'task overhead (untraced)'],
];
const phaseOf = (name) => PHASES.find(([pattern]) => pattern.test(name))?.[1] ?? `other: ${name}`;

/**
 * Self time (ms) per phase on the renderer's main thread: each complete event's duration minus
 * its children's, so nested work is counted once, where it happened.
 */
function tracePhases(events, from, to) {
  const mainThreads = events.filter(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  let best = { total: 0, phases: new Map() };
  for (const thread of mainThreads) {
    const own = events
      .filter(
        (event) =>
          event.pid === thread.pid &&
          event.tid === thread.tid &&
          event.ph === 'X' &&
          typeof event.dur === 'number' &&
          event.ts >= from &&
          event.ts <= to,
      )
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const phases = new Map();
    let cpu = 0;
    const stack = [];
    const close = (until) => {
      while (stack.length && stack.at(-1).end <= until) {
        const done = stack.pop();
        const phase = phaseOf(done.name);
        // Top-level scheduler tasks are "other" only for what no named phase inside them covers.
        phases.set(phase, (phases.get(phase) ?? 0) + done.self / 1000);
      }
    };
    for (const event of own) {
      close(event.ts);
      const item = { name: event.name, end: event.ts + event.dur, self: event.dur };
      if (stack.length) stack.at(-1).self -= event.dur;
      // Thread time of the outermost events: the CPU the main thread really used, without the
      // throttler's pauses and without the time other processes of a shared machine took.
      else cpu += event.tdur ?? 0;
      stack.push(item);
    }
    close(Infinity);
    const total = [...phases.values()].reduce((sum, ms) => sum + ms, 0);
    if (total > best.total) best = { total, phases, cpu: cpu / 1000 };
  }
  return best;
}

const maps = new Map();
/** The original place of a position in a built file: `src/x.ts:line name`, else the URL. */
function original(url, line, column) {
  const path = new URL(url).pathname;
  if (!path.startsWith('/dist/')) return null;
  const file = join(root, path);
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))));
    } catch {
      maps.set(file, null);
    }
  }
  const map = maps.get(file);
  const entry = map?.findEntry(line, column);
  if (!entry?.originalSource) return `${relative(root, file)}:${line + 1}`;
  // Sources are relative to the output folder, through the TypeScript plugin's emitted .js: the
  // repository path is what follows the leading ../ (node_modules/… for libraries).
  const source = entry.originalSource
    .replace(/^(?:file:\/\/)?.*?(?:\.\.\/)+/, '')
    .replace(/^(?!node_modules\/)(.*)\.js$/, '$1.ts');
  return `${source}:${entry.originalLine + 1}${entry.name ? ` ${entry.name}` : ''}`;
}

/** Self time (ms) per JS function of a Profiler.Profile, by its original source position. */
function jsSelfTimes(profile, until) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  // Sample times are on the trace's clock (µs): samples after content are not the first render's
  // (the profiler stops a DevTools round trip later, after the work a first paint lets run).
  let at = profile.startTime;
  for (let index = 0; index < profile.samples.length; index += 1) {
    at += profile.timeDeltas[index] ?? 0;
    if (at > until) break;
    const node = byId.get(profile.samples[index]);
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    // Native time, idle and GC are in the trace's phases instead.
    if (!url || functionName.startsWith('(')) continue;
    const where = original(url, lineNumber, columnNumber);
    const key = where ?? `${new URL(url).pathname}:${lineNumber + 1} ${functionName}`;
    const label = `${key}${where && functionName ? ` [${functionName}]` : ''}`;
    self.set(label, (self.get(label) ?? 0) + ms);
  }
  return self;
}

/**
 * The `values.tasks` longest top-level tasks of the renderer's main thread between `from` and `to`
 * (trace µs), each with its top functions (profile samples inside it) and top phases.
 */
function longTasks(events, profile, from, to) {
  const count = Number(values.tasks);
  if (!count) return [];
  // The page's main thread: of the renderers' main threads, the busiest in the window.
  const busy = new Map();
  for (const event of events) {
    if (event.ph === 'X' && event.ts >= from && event.ts <= to && event.dur) {
      busy.set(
        `${event.pid}:${event.tid}`,
        (busy.get(`${event.pid}:${event.tid}`) ?? 0) + event.dur,
      );
    }
  }
  const main = events
    .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
    .sort((a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0))[0];
  const tasks = events
    .filter(
      (event) =>
        event.pid === main?.pid &&
        event.tid === main?.tid &&
        event.ph === 'X' &&
        /^(RunTask|ThreadControllerImpl::RunTask)$/.test(event.name) &&
        event.ts >= from &&
        event.ts <= to,
    )
    .sort((a, b) => b.dur - a.dur)
    .slice(0, count);
  return tasks.map((task) => {
    const end = task.ts + task.dur;
    const functions = new Map();
    if (profile) {
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      let at = profile.startTime;
      for (let index = 0; index < profile.samples.length; index += 1) {
        at += profile.timeDeltas[index] ?? 0;
        if (at < task.ts) continue;
        if (at > end) break;
        const { functionName, url, lineNumber, columnNumber } = byId.get(
          profile.samples[index],
        ).callFrame;
        if (!url || functionName.startsWith('(')) continue;
        const where = original(url, lineNumber, columnNumber) ?? new URL(url).pathname;
        const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
        functions.set(where, (functions.get(where) ?? 0) + ms);
      }
    }
    const { phases } = tracePhases(events, task.ts, end);
    const top = (map, n) =>
      [...map]
        .filter(([name]) => name !== 'script')
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([name, ms]) => `${name} ${Math.round(ms)}`)
        .join(', ');
    return {
      at: (task.ts - from) / 1000,
      ms: task.dur / 1000,
      cpu: (task.tdur ?? 0) / 1000,
      what: `${top(functions, 5)} | ${top(phases, 3)}`,
    };
  });
}

/** One visit: the trace's phases and the profile's functions from navigation to content. */
async function profileVisit(browser, origin, page) {
  const { context, tab, cdp } = await openTab(browser);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) });
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probe(page.content, 0) });
    const sampling = !values['no-js'];
    if (sampling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    }
    await tab.tracing.start({ categories: MAIN_THREAD_TRACE });
    if (sampling) await cdp.send('Profiler.start');
    await tab.goto(`${origin}${page.path}`, { waitUntil: 'domcontentloaded', timeout: 60000 });
    const { at } = await tab.evaluate(() => /** @type {any} */ (globalThis).__sxTtc);
    const profile = sampling ? (await cdp.send('Profiler.stop')).profile : undefined;
    const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString());
    const events = trace.traceEvents ?? trace;
    // Navigation start in trace time: the main frame's first navigationStart mark.
    const start =
      events.find(
        (event) => event.name === 'navigationStart' && event.args?.data?.isLoadingMainFrame,
      )?.ts ?? Math.min(...events.filter((event) => event.ts > 0).map((event) => event.ts));
    const { phases, cpu } = tracePhases(events, start, start + at * 1000);
    return {
      ms: at,
      cpu,
      phases,
      tasks: longTasks(events, profile, start, start + at * 1000),
      functions: profile ? jsSelfTimes(profile, start + at * 1000) : new Map(),
    };
  } finally {
    await context.close();
  }
}

requireBuild();
const pages = (await benchPages()).filter((page) =>
  values.page.some((name) => page.path === `/${name}`),
);
if (values.baseline) {
  for (const page of [...pages]) {
    pages.splice(pages.indexOf(page) + 1, 0, baselineOf(page));
  }
}
const { server, browser } = await startBench(pages, baselineRoutes(values.baseline));

const report = [];
try {
  const all = new Map(
    pages.map((page) => [page, { phases: new Map(), functions: new Map(), ms: [], cpu: [] }]),
  );
  for (let run = 0; run < runs; run += 1) {
    process.stderr.write(`round ${run + 1}/${runs}\n`);
    for (const page of pages) {
      const totals = all.get(page);
      const visit = await profileVisit(browser, server.origin, page);
      totals.ms.push(visit.ms);
      totals.tasks = visit.tasks;
      totals.cpu.push(visit.cpu);
      for (const kind of ['phases', 'functions']) {
        for (const [key, ms] of visit[kind])
          totals[kind].set(key, (totals[kind].get(key) ?? 0) + ms);
      }
    }
  }
  for (const page of pages) {
    const totals = all.get(page);
    const mean = (ms) => ms / runs;
    const phases = [...totals.phases].map(([name, ms]) => ({ kind: 'phase', name, ms: mean(ms) }));
    const functions = [...totals.functions].map(([name, ms]) => ({
      kind: 'function',
      name,
      ms: mean(ms),
    }));
    // A function's self time includes browser work it calls synchronously (starting a request,
    // a forced style): that work is also in its phase. "script" in the trace is the JS the profile splits by function: shown once, as functions.
    const items = [...phases.filter((item) => item.name !== 'script'), ...functions].sort(
      (a, b) => b.ms - a.ms,
    );
    const scriptMs = phases.find((item) => item.name === 'script')?.ms ?? 0;
    const ttc = totals.ms.reduce((sum, ms) => sum + ms, 0) / runs;
    const sorted = [...totals.cpu].sort((a, b) => a - b);
    const cpuMedian = sorted[Math.floor((sorted.length - 1) / 2)];
    report.push({
      page: page.name,
      ttc,
      cpu: cpuMedian,
      scriptMs,
      phases,
      top: items.slice(0, Number(values.top)),
    });
    console.log(
      `\n${page.name}: content after ${(ttc / 1000).toFixed(2)} s (mean of ${runs}, CPU ` +
        `${values.rate}×, no network throttle); script (all functions) ${Math.round(scriptMs)} ms`,
    );
    // The figure to compare two builds by on a shared machine: wall times there swing by ±50 %.
    console.log(
      `  main-thread CPU (thread time, unthrottled) until content: median ${cpuMedian.toFixed(0)} ms` +
        ` (${sorted.map((ms) => ms.toFixed(0)).join(', ')})`,
    );
    console.log(
      '  phases: ' +
        phases
          .sort((a, b) => b.ms - a.ms)
          .map((item) => `${item.name} ${Math.round(item.ms)} ms`)
          .join(', '),
    );
    for (const item of items.slice(0, Number(values.top))) {
      console.log(`  ${item.ms.toFixed(1).padStart(7)} ms  ${item.kind.padEnd(8)}  ${item.name}`);
    }
    if (totals.tasks?.length)
      console.log('  longest tasks of the last visit (ms from navigation):');
    for (const task of totals.tasks ?? []) {
      console.log(
        `    at ${Math.round(task.at)}: ${Math.round(task.ms)} ms (thread ${Math.round(task.cpu)}) ` +
          task.what,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2) + '\n');
