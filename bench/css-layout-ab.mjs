/* global document, CSSStyleSheet */
// What a CSS rule adds to the style and layout of a new list's first rows, A/B in one page: the
// <sx-events> list (embedded edition, frozen time) at a width, its first `rows` cards cloned into a
// fresh list and laid out with the rule's sheet on, then off, alternately, `reps` times each.
// A load shared with other work slows both arms alike, unlike runs of bench/events-scale.mjs
// apart (#15: its SCALE_CSS pricing swung ±5 ms under a load of 15 on 2 cores). The figure is
// style + layout of fresh nodes in a settled page, without the keystroke's script and paint:
// compare it with events-scale's "layout" per word, not with its worst keystroke.
//
//   npm run build && AB_CSS='<rule>' node bench/css-layout-ab.mjs [width=1280] [rows=6] [reps=80] [view=list]
// With AB_CSS unset, the B arm is the widget's own styles as built (an empty sheet toggled).
import { launchChromium } from '../scripts/chromium.mjs';
import { serveBuild } from '../test/support/request-waves.mjs';

const [width = 1280, rows = 6, reps = 80, view = 'list'] = process.argv.slice(2);
const css = process.env.AB_CSS ?? '';
const DURING = '2025-05-26T10:00:00+08:00';
const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<style>body{margin:0;padding:12px}</style>
<script type="module" src="/dist/cdn/loader.js"></script></head>
<body><sx-events now="${DURING}" limit="20" view="${view}"></sx-events></body></html>`;

const server = await serveBuild();
const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: Number(width), height: 900 });
  await tab.emulateTimezone('Asia/Shanghai');
  await tab.setRequestInterception(true);
  tab.on('request', (request) =>
    new URL(request.url()).pathname === '/shot'
      ? request.respond({ contentType: 'text/html', body: html })
      : request.continue(),
  );
  await tab.goto(`${server.origin}/shot`);
  await tab.waitForFunction(
    () =>
      document.querySelector('sx-events')?.shadowRoot?.querySelectorAll('[part~=item]').length >=
      20,
  );
  await tab.evaluate(() => document.fonts.ready);
  // CPU time (the trace's thread time), not performance.now(): on a loaded machine the page's
  // wall time is mostly waiting for a core.
  await tab.tracing.start({ categories: ['devtools.timeline', 'blink.user_timing'] });
  await tab.evaluate(
    (text, rows, reps) => {
      const root = document.querySelector('sx-events').shadowRoot;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      const list = root.querySelector('[part~=list]');
      const items = [...list.querySelectorAll(':scope > li')].slice(0, rows);
      const once = (on) => {
        sheet.disabled = !on;
        list.style.display = 'none';
        void root.querySelector('.base').offsetHeight;
        const fresh = list.cloneNode(false);
        fresh.style.display = '';
        fresh.append(...items.map((item) => item.cloneNode(true)));
        list.after(fresh);
        performance.mark(on ? 'ab-on' : 'ab-off');
        void fresh.offsetHeight;
        performance.mark('ab-end');
        fresh.remove();
        list.style.display = '';
      };
      for (let i = 0; i < 10; i += 1) once(i % 2 === 0);
      performance.mark('ab-go');
      for (let i = 0; i < reps; i += 1) {
        const first = i % 2 === 0;
        once(first);
        once(!first);
      }
    },
    css,
    Number(rows),
    Number(reps),
  );
  const events = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8')).traceEvents;
  const go = events.find((e) => e.name === 'ab-go').ts;
  const marks = events
    .filter((e) => e.name.startsWith('ab-') && e.name !== 'ab-go' && e.ts > go)
    .sort((a, b) => a.ts - b.ts);
  const work = events.filter(
    (e) => e.ph === 'X' && (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.ts > go,
  );
  const times = { on: [], off: [] };
  for (let i = 0; i + 1 < marks.length; i += 1) {
    if (marks[i].name === 'ab-end' || marks[i + 1].name !== 'ab-end') continue;
    const [from, to] = [marks[i].ts, marks[i + 1].ts];
    const cpu = work
      .filter((e) => e.ts >= from && e.ts <= to)
      .reduce((sum, e) => sum + (e.tdur ?? e.dur), 0);
    times[marks[i].name === 'ab-on' ? 'on' : 'off'].push(cpu / 1000);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const result = { on: median(times.on), off: median(times.off) };
  const load = (await import('node:os')).loadavg()[0].toFixed(1);
  console.log(
    `${rows} new ${view} cards at ${width} px, style + layout, median of ${reps}: ` +
      `${result.off.toFixed(2)} ms without the rule, ${result.on.toFixed(2)} ms with it ` +
      `(${(result.on - result.off >= 0 ? '+' : '') + (result.on - result.off).toFixed(2)} ms; load ${load})`,
  );
} finally {
  await browser.close();
  server.close();
}
