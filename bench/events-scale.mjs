// Code inside page.evaluate() runs in the page:
/* global window, document, CSSStyleSheet */
// <sx-events src> on a big generated feed (a manifest split by city), in headless Chromium
// (puppeteer-core, /usr/bin/chromium, the flags of TOOLCHAIN.md), served by a local HTTP server.
// For each size it loads a fresh page and reports:
//   - longest main-thread task from navigation until the list has settled (PerformanceObserver
//     `longtask` in the page; Chromium reports tasks over 50 ms, so "<50" means none was);
//   - first items: when the first event row exists in the shadow root, after the last events
//     file's response ended (and after navigation start);
//   - keystroke: a search character applied (debounce 0) until the list's first frame is laid
//     out (one task; a new list draws its other rows after a paint: "rest of the page", measured
//     apart), CPU median and worst of several words, plus the longest task while typing;
//   - heap: used JS heap after a forced garbage collection, the widget showing every city;
//   - first search: how long a probe search waited for a big list's search texts (prepared after
//     the first items), measured once the page has settled, before the words are typed;
//   - the five longest tasks of the load by CPU and by wall time ("CPU/wall at ms", from the
//     first task), each with what it spent: layout, style, paint, gc, parse, module, and
//     script/other (JS, or native work the trace does not name, e.g. response.text()'s decoding:
//     SCALE_CATS=blink,loading names it).
// Diagnostics: SCALE_TASKS=1 (what each task over 40 ms of CPU or wall time, or SCALE_TASKS_MS,
// did; with SCALE_PROFILE=load, by JS function; SCALE_TASKS=tree, by inclusive time;
// SCALE_CATS=blink,v8,loading adds native trace events; SCALE_TASKS=args their args),
// SCALE_KEYS=1 (each word's script / style / layout; SCALE_KEYS=layout also each style and
// layout pass while typing, with its dirty and total layout objects), SCALE_CSS='…' (a sheet added before typing,
// to try what a rule costs), SCALE_HTML='…' (markup before the widget, e.g. bold CJK text, to
// see what the first data frame's layout spends on loading font faces; a diagnostic only: real
// pages do not have it), SCALE_DOM=1 (elements per item), SCALE_PROFILE=load|keys.
// Budgets (issue #14 at 20k, #16 at 100k): longest task <= 50 ms, first items <= 1.5 s (20k) /
// 2 s (100k) after the response, keystroke <= 16 ms (20k) / 50 ms (100k), heap <= 60 MB (city).
//   node bench/events-scale.mjs [1000 20000 100000] [--throttle 4] [--port 9120] [--city 140100]
//     [--source DIR]
// --source DIR builds the widget from another checkout (e.g. `git archive main` unpacked, with a
// node_modules link): the build to compare with, run by this same script.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.mjs';
import { feedFiles, NOW, WORDS } from './scale-feed.mjs';
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
const flagValues = new Set(
  ['--throttle', '--port', '--city', '--source'].flatMap((f) => [f, option(f.slice(2))]),
);
const sizes = args.filter((a) => !flagValues.has(a) && /^\d+$/.test(a)).map(Number);
if (sizes.length === 0) sizes.push(1000, 20000, 100000);
const throttle = Number(option('throttle', 1));
const port = Number(option('port', 9120));
const city = option('city', '');

// ---- the feed: bench/scale-feed.mjs ------------------------------------------------------

// ---- the page --------------------------------------------------------------------------------
const source = option('source', repo);
const outDir = join(repo, '.bench-out', source === repo ? 'scale' : 'scale-source');
await buildEventsWidget({ source, outDir, minify: !process.env.SCALE_PROFILE });

const page = (size) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>sx-events at scale</title>
<script>
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
${FIRST_ITEM_PROBE}
</script>
<script type="module" src="/app/events.js"></script>
</head><body>${process.env.SCALE_HTML ?? ''}<main>
<sx-events src="/feed/${size}/manifest.json" now="${NOW}"${city ? ` city="${city}"` : ''}></sx-events>
</main></body></html>`;

const feeds = new Map();
const server = await serveScaleBench({
  port,
  outDir,
  page: (params) => page(Number(params.get('size'))),
  feed: ([, , size, name]) => feeds.get(Number(size))?.get(name),
});

// Without puppeteer's Network domain: with it, DevTools keeps and decodes a copy of every
// response body on the page's main thread (a 25 ms task per 5 MB events file that no visitor's
// browser runs; seen as TextResourceDecoder::Decode under SCALE_TASKS). Nothing here reads
// puppeteer's request events: resource timings come from the page.
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumFlags,
  networkEnabled: false,
});
const ms = (value) => (value === undefined ? '—' : `${Math.round(value)} ms`);
const sleep = (time) => new Promise((resolve) => setTimeout(resolve, time));
const rows = [];
try {
  for (const size of sizes) {
    feeds.clear();
    feeds.set(size, feedFiles(size));
    const bytes = [...feeds.get(size).values()].reduce((sum, text) => sum + text.length, 0);
    const { context, tab, cdp } = await openScaleTab(browser, throttle);
    // SCALE_PROFILE=1: the heaviest functions by self time, for finding what to cut.
    if (process.env.SCALE_PROFILE === 'load') {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    // Task durations in the main thread's CPU time (a trace's `tdur`): on a machine shared with
    // other work, wall-clock task lengths (the longtask observer's) include time spent waiting
    // for a core. Both are reported.
    await tab.tracing.start({
      // SCALE_CATS=a,b: more trace categories, for SCALE_TASKS to name what native work a task did.
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        ...(process.env.SCALE_CATS?.split(',') ?? []),
      ],
    });
    await tab.goto(`http://127.0.0.1:${port}/?size=${size}`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__firstItem !== undefined, { timeout: 120_000 });
    // Settled: loaded, then quiet (no long task) for 2 s, so indexing after the first items counts.
    await tab.evaluate(() => document.querySelector('sx-events').loaded);
    for (let quiet = 0; quiet < 4;) {
      const before = await tab.evaluate(() => window.__longTasks.length);
      await sleep(500);
      quiet = (await tab.evaluate(() => window.__longTasks.length)) === before ? quiet + 1 : 0;
    }
    const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
    // SCALE_PROFILE=load with SCALE_TASKS: the load's profile now, to say what each long task ran.
    const loadProfile =
      process.env.SCALE_PROFILE === 'load' && process.env.SCALE_TASKS
        ? (await cdp.send('Profiler.stop')).profile
        : undefined;
    const threads = (trace.traceEvents ?? trace).filter(
      (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
    );
    const tasks = (trace.traceEvents ?? trace).filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        threads.some((t) => t.pid === e.pid && t.tid === e.tid),
    );
    const cpuTasks = tasks.map((e) => (e.tdur ?? e.dur) / 1000);
    const cpuLongest = Math.max(0, ...cpuTasks);
    // SCALE_TASKS=1: what the long tasks did (the trace events inside each, by total time).
    if (process.env.SCALE_TASKS) {
      const taskFloor = Number(process.env.SCALE_TASKS_MS ?? 40);
      const all = trace.traceEvents ?? trace;
      // A task over the floor in CPU or in wall time (a wall-long task may be a short one that
      // waited for a core on a shared machine: both are printed).
      for (const task of tasks.filter((e) => Math.max(e.tdur ?? 0, e.dur) > taskFloor * 1000)) {
        const inside = all.filter(
          (e) =>
            e.tid === task.tid &&
            e.pid === task.pid &&
            e.ph === 'X' &&
            e !== task &&
            e.ts >= task.ts &&
            e.ts + (e.dur ?? 0) <= task.ts + task.dur,
        );
        const byName = new Map();
        for (const e of inside) {
          const name =
            e.name +
            (e.args?.data?.url ? ` ${String(e.args.data.url).split('/').pop()}` : '') +
            (e.args?.data?.functionName ? ` ${e.args.data.functionName}` : '');
          byName.set(name, (byName.get(name) ?? 0) + (e.tdur ?? e.dur) / 1000);
        }
        // The profile's samples inside the task, by function (profile and trace share a clock).
        if (loadProfile) {
          const nodes = new Map(loadProfile.nodes.map((n) => [n.id, n]));
          const parents = new Map(
            loadProfile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n])),
          );
          let at = loadProfile.startTime;
          loadProfile.samples.forEach((id, i) => {
            at += loadProfile.timeDeltas[i] ?? 0;
            if (at < task.ts || at > task.ts + task.dur) return;
            // SCALE_TASKS=tree: by inclusive time (each function on the sample's stack, once).
            const names = new Set();
            for (let node = nodes.get(id); node; node = parents.get(node.id)) {
              const { functionName, url, lineNumber } = node.callFrame;
              names.add(`js ${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber}`);
              if (process.env.SCALE_TASKS !== 'tree') break;
            }
            for (const name of names) {
              byName.set(name, (byName.get(name) ?? 0) + (loadProfile.timeDeltas[i] ?? 0) / 1000);
            }
          });
        }
        if (process.env.SCALE_TASKS === 'args') {
          for (const e of inside.filter((e) => e.args && Object.keys(e.args).length)) {
            console.log(`    ${e.name} ${JSON.stringify(e.args).slice(0, 200)}`);
          }
        }
        const top = [...byName]
          .sort((a, b) => b[1] - a[1])
          .slice(0, process.env.SCALE_TASKS === 'tree' ? 40 : 6);
        console.log(
          `task ${((task.tdur ?? task.dur) / 1000).toFixed(0)} ms CPU (${(task.dur / 1000).toFixed(0)} wall) at ${((task.ts - tasks[0].ts) / 1000).toFixed(0)} ms: ${top.map(([n, v]) => `${n} ${v.toFixed(0)}`).join(' | ')}`,
        );
      }
    }
    const cpuLong = cpuTasks.filter((t) => t > 50).length;
    // The five longest tasks by CPU and by wall time, each with what it mostly did (from the
    // trace's own events: no profiler, so the figures are those of a plain run).
    const traceEvents = trace.traceEvents ?? trace;
    const byThread = traceEvents.filter(
      (e) => e.ph === 'X' && threads.some((t) => t.pid === e.pid && t.tid === e.tid),
    );
    const kinds = [
      ['layout', ['Layout']],
      ['style', ['UpdateLayoutTree']],
      ['paint', ['Paint', 'PrePaint', 'Layerize', 'Commit']],
      ['gc', ['MinorGC', 'MajorGC']],
      ['parse', ['ParseHTML']],
      ['module', ['v8.evaluateModule', 'v8.compileModule']],
    ];
    const describe = (task) => {
      const spent = new Map();
      for (const e of byThread) {
        if (e === task || e.ts < task.ts || e.ts + (e.dur ?? 0) > task.ts + task.dur) continue;
        const kind = kinds.find(([, names]) => names.includes(e.name))?.[0];
        if (kind) spent.set(kind, (spent.get(kind) ?? 0) + (e.tdur ?? e.dur) / 1000);
      }
      const cpu = (task.tdur ?? task.dur) / 1000;
      const named = [...spent.values()].reduce((sum, v) => sum + v, 0);
      // What the named events leave is script (or native work the trace does not name).
      if (cpu - named >= 1) spent.set('script/other', cpu - named);
      const parts = [...spent]
        .filter(([, v]) => v >= 1)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v.toFixed(0)}`);
      return `${cpu.toFixed(0)}/${(task.dur / 1000).toFixed(0)} at ${((task.ts - tasks[0].ts) / 1000).toFixed(0)} (${parts.join(', ')})`;
    };
    const top = (key) =>
      [...tasks]
        .sort((a, b) => key(b) - key(a))
        .slice(0, 5)
        .map(describe);
    const topTasks = {
      cpu: top((e) => e.tdur ?? e.dur),
      wall: top((e) => e.dur),
    };
    const load = await tab.evaluate(() => {
      const files = performance
        .getEntriesByType('resource')
        .filter((entry) => /\/events-\d+\.json$/.test(entry.name));
      const responseEnd = Math.max(...files.map((entry) => entry.responseEnd));
      const tasks = window.__longTasks;
      const marks = performance
        .getEntriesByType('mark')
        .map((m) => `${m.name} ${Math.round(m.startTime - responseEnd)}`);
      return {
        marks,
        firstItem: window.__firstItem,
        responseEnd,
        longest: Math.max(0, ...tasks.map((t) => t.ms)),
        longTasks: tasks.length,
        items: document.querySelector('sx-events').shadowRoot.querySelectorAll('[part~=item]')
          .length,
        matching: document.querySelector('sx-events').matchingEvents.length,
      };
    });
    // Keystrokes: each word typed as one page task, measured to the laid-out list, in the main
    // thread's CPU time (script + style + layout, threadTicks) and in wall time.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const parts = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      return [value('ScriptDuration'), value('RecalcStyleDuration'), value('LayoutDuration')];
    };
    if (process.env.SCALE_DOM) {
      console.log(
        await tab.evaluate(() => {
          const root = document.querySelector('sx-events').shadowRoot;
          const item = root.querySelector('[part~=item]');
          const count = (node) => node.querySelectorAll('*').length;
          const tops = [...root.querySelectorAll('[part~=item]')].map((row) =>
            Math.round(row.getBoundingClientRect().top),
          );
          return `viewport ${window.innerHeight} px, rows' tops ${tops.join(' ')}; elements: widget ${count(root)}, one item ${count(item)}, svg ${root.querySelectorAll('svg').length}; ${item.innerHTML
            .replace(/<!--[^>]*-->/g, '')
            .replace(/\s+/g, ' ')
            .slice(0, 4000)}`;
        }),
      );
    }
    // SCALE_CSS='…': a style sheet added to the widget before typing, to try what a rule costs.
    if (process.env.SCALE_CSS) {
      await tab.evaluate((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        const root = document.querySelector('sx-events').shadowRoot;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }, process.env.SCALE_CSS);
    }
    await tab.evaluate(() => {
      const el = document.querySelector('sx-events');
      el.debounce = 0;
      // The widget's `updateComplete` also waits for the rows a new list draws after its first
      // frame; Lit's own (the override's parent) settles with the first frame's render.
      // (A build without that override: its `updateComplete`.)
      const own = Object.getPrototypeOf(el);
      const firstFrame = Object.hasOwn(own, 'getUpdateComplete')
        ? () => Object.getPrototypeOf(own).getUpdateComplete.call(el)
        : () => el.updateComplete;
      // The rest of a new list is drawn after an animation frame: held until the first frame's
      // CPU is read, so each of the two tasks is measured alone.
      const held = [];
      let holding = false;
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => (holding ? (held.push(cb), 0) : raf(cb));
      window.__release = () => {
        holding = false;
        held.splice(0).forEach((cb) => raf(cb));
      };
      window.__type = (word) => {
        holding = true;
        window.__typed = undefined;
        window.__settled = undefined;
        setTimeout(() => {
          const start = performance.now();
          const input = el.shadowRoot.querySelector('[part~=search]');
          input.value = word;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // One task: input, render, layout of what the next frame shows.
          void firstFrame().then(() => {
            void el.shadowRoot.querySelector('[part~=base]').offsetHeight;
            window.__typed = performance.now() - start;
            window.__rows = el.shadowRoot.querySelectorAll('[part~=item]').length;
            void el.updateComplete.then(() => {
              void el.shadowRoot.querySelector('[part~=base]').offsetHeight;
              window.__settled = true;
            });
          });
        }, 0);
      };
    });
    // A big list's search texts are prepared in slices after its first items, and a search typed
    // before they are ready waits for them: wait for a probe search to be answered, so the words
    // below time keystrokes on a ready list (the wait is reported).
    const searchWait = await tab.evaluate(async () => {
      const el = document.querySelector('sx-events');
      const start = performance.now();
      const answered = async (word, check) => {
        window.__type(word);
        while (window.__typed === undefined || !check()) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        // And its whole page drawn: the first word must not draw the rest of the probe's.
        window.__release();
        while (!window.__settled) await new Promise((resolve) => setTimeout(resolve, 5));
      };
      const all = el.matchingEvents.length;
      await answered('zzzz-none', () => el.matchingEvents.length === 0);
      const wait = performance.now() - start;
      await answered('', () => el.matchingEvents.length === all);
      return wait;
    });
    if (process.env.SCALE_PROFILE === 'keys') {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    // SCALE_KEYS=layout: what each keystroke's style and layout passes touched (trace args).
    if (process.env.SCALE_KEYS === 'layout') {
      await tab.tracing.start({ categories: ['devtools.timeline'] });
    }
    const tasksBefore = await tab.evaluate(() => window.__longTasks.length);
    const keys = { times: [], walls: [], rests: [] };
    for (const word of WORDS) {
      const before = await parts();
      await tab.evaluate((w) => window.__type(w), word);
      let wall;
      while ((wall = await tab.evaluate(() => window.__typed)) === undefined) await sleep(5);
      const first = await parts();
      await tab.evaluate(() => window.__release());
      while (!(await tab.evaluate(() => window.__settled))) await sleep(5);
      const spent = first.map((value, i) => value - before[i]);
      const rest = (await parts()).reduce((sum, value, i) => sum + value - first[i], 0);
      keys.times.push(spent[0] + spent[1] + spent[2]);
      keys.rests.push(rest);
      keys.walls.push(wall);
      // SCALE_KEYS=1: each word's CPU as script / style / layout, to see what a slow one spends.
      if (process.env.SCALE_KEYS) {
        const [script, style, layout] = spent.map((v) => v.toFixed(1));
        console.log(
          `  "${word}": script ${script}, style ${style}, layout ${layout} ms, rest ${rest.toFixed(1)} ms CPU; first frame ${wall.toFixed(1)} ms wall, ${await tab.evaluate(() => window.__rows)} rows`,
        );
      }
    }
    if (process.env.SCALE_KEYS === 'layout') {
      const all = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
      for (const e of all.traceEvents ?? all) {
        if (!['Layout', 'UpdateLayoutTree'].includes(e.name) || e.ph !== 'X') continue;
        const data = { ...e.args?.beginData, ...e.args?.endData, ...e.args?.elementCount };
        const ms = ((e.tdur ?? e.dur) / 1000).toFixed(1);
        console.log(`    ${e.name} ${ms} ms CPU ${JSON.stringify(data).slice(0, 160)}`);
      }
    }
    keys.longest = await tab.evaluate(
      (from) => Math.max(0, ...window.__longTasks.slice(from).map((t) => t.ms)),
      tasksBefore,
    );
    if (process.env.SCALE_PROFILE && !loadProfile) {
      const { profile } = await cdp.send('Profiler.stop');
      const self = new Map();
      const dt = new Map(profile.nodes.map((n) => [n.id, n]));
      const deltas = profile.timeDeltas;
      profile.samples.forEach((id, i) => {
        const n = dt.get(id);
        const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
        self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
      });
      console.log(`profile ${size}:`);
      for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
        console.log(`  ${v.toFixed(0)} ms ${k}`);
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const sorted = [...keys.times].sort((a, b) => a - b);
    rows.push({
      size,
      mb: (bytes / 1e6).toFixed(1),
      longest: load.longest,
      longTasks: load.longTasks,
      cpuLongest,
      cpuLong,
      topTasks,
      keyWall: [...keys.walls].sort((a, b) => a - b)[Math.floor(keys.walls.length / 2)],
      keyWallMax: Math.max(...keys.walls),
      restMax: Math.max(...keys.rests),
      marks: load.marks.join(', '),
      afterResponse: load.firstItem - load.responseEnd,
      fromNavigation: load.firstItem,
      keyMedian: sorted[Math.floor(sorted.length / 2)],
      keyMax: sorted[sorted.length - 1],
      keyLongTask: keys.longest,
      searchWait,
      heap: usedSize / 2 ** 20,
      items: load.items,
      matching: load.matching,
    });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

console.log(
  `<sx-events src> on a manifest split by city${city ? `, city="${city}"` : ''}, CPU throttle ` +
    `${throttle}x, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`,
);
for (const r of rows) {
  console.log(
    `  ${r.size} events (${r.mb} MB): longest task ${ms(r.cpuLongest)} CPU (${r.cpuLong} over ` +
      `50 ms), ${r.longest ? ms(r.longest) : '<50 ms'} wall (${r.longTasks} long) | first items ${ms(r.afterResponse)} after the response, ` +
      `${ms(r.fromNavigation)} after navigation | keystroke ${r.keyMedian.toFixed(1)} ms median, ` +
      `${r.keyMax.toFixed(1)} ms worst CPU to the first frame (${r.keyWall.toFixed(1)} / ` +
      `${r.keyWallMax.toFixed(1)} ms wall), rest of the page ${r.restMax.toFixed(1)} ms worst CPU (longest task while typing ${r.keyLongTask ? ms(r.keyLongTask) : '<50 ms'}; first search ${ms(r.searchWait)}) | ` +
      `heap ${r.heap.toFixed(1)} MB | ${r.items} rows of ${r.matching}`,
  );
  // ms CPU/wall at ms after the first task (what it spent, ms CPU).
  console.log(`    top tasks by CPU: ${r.topTasks.cpu.join('; ')}`);
  console.log(`    top tasks by wall: ${r.topTasks.wall.join('; ')}`);
  if (r.marks) console.log(`    page marks (ms after the last events response): ${r.marks}`);
}
