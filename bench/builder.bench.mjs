/* global document */
// The embed builder's budgets: its own JavaScript (≤ 60 KB gz beyond the widget it previews) and
// the time from a control change to the preview showing it (≤ 100 ms).
// Run after the build (`npx rollup -c`): node bench/builder.bench.mjs [--throttle 4]
//
// The page is served from this checkout by a plain static server; each change is timed inside the
// page by the builder itself (performance mark at the input, measure after the widget's update and
// the next frame: `sx-builder-change`). The gzip size is of dist/builder/builder.js, which carries
// the widgets' model inlined; the widgets come from dist/cdn as on a partner page.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const throttle = Number(process.argv[process.argv.indexOf('--throttle') + 1]) || 1;
const CHANGES = 24;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

const script = await readFile(join(root, 'dist/builder/builder.js'));
console.log(
  `builder.js: ${(script.length / 1024).toFixed(1)} KB, ${(gzipSync(script, { level: 9 }).length / 1024).toFixed(1)} KB gz (budget 60 KB gz)`,
);

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let body;
  try {
    body = await readFile(join(root, path));
  } catch {
    res.writeHead(404).end();
    return;
  }
  res
    .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
    .end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  if (throttle > 1) await page.emulateCPUThrottling(throttle);
  await page.goto(
    `http://127.0.0.1:${server.address().port}/dist/builder/index.html?widget=sx-events`,
  );
  await page.waitForSelector('html[data-ready]');
  const changes = [
    ['view', ['agenda', 'compact', 'list']],
    ['group-by', ['day', 'city', 'none']],
    ['--sx-color-accent', ['#aa0000', '#0055aa', '#1d4e89']],
  ];
  for (let i = 0; i < CHANGES; i++) {
    const [name, values] = changes[i % changes.length];
    const value = values[Math.floor(i / changes.length) % values.length];
    const before = await page.evaluate(
      () => performance.getEntriesByName('sx-builder-change').length,
    );
    await page.evaluate(
      (n, v) => {
        const control = document.querySelector(`#controls [name="${n}"]`);
        control.value = v;
        control.dispatchEvent(
          new Event(control.type === 'color' ? 'input' : 'change', { bubbles: true }),
        );
      },
      name,
      value,
    );
    await page.waitForFunction(
      (count) => performance.getEntriesByName('sx-builder-change').length > count,
      {},
      before,
    );
  }
  const times = await page.evaluate(() =>
    performance.getEntriesByName('sx-builder-change').map((e) => e.duration),
  );
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(
    `control change → preview shown (CPU ×${throttle}, ${times.length} changes of view, group-by, accent colour on <sx-events>): median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms (budget 100 ms)`,
  );
} finally {
  await browser.close();
  server.close();
}
