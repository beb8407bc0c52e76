/* global window, document, requestAnimationFrame */
// What the Vite app with only <sx-events src> (examples/vite-events) makes a visitor download
// before its first content, and which modules those bytes are. #13's budget: ≤ 30 KB gz beyond
// the app's framework. `scripts/check-examples.mjs` reports the entry's static closure and the
// client's; this bench loads the built app in Chromium instead and counts every JavaScript file
// requested before the first event is in the widget's shadow root (the client's dynamic imports
// of ky and validation included), then breaks the bytes down by module with
// rollup-plugin-visualizer's raw data.
//
//   npm run build && npm run check:examples   # installs the packed tarball into examples/
//   node bench/vite-app-bytes.mjs [--top 25] [--keep]
//
// `--keep` leaves the build in .bench-out/vite-app. Byte counts, no wall time: the figures are
// the same on a loaded machine.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { launchChromium } from '../scripts/chromium.mjs';

const { values } = parseArgs({
  options: { top: { type: 'string', default: '25' }, keep: { type: 'boolean', default: false } },
});
const root = fileURLToPath(new URL('..', import.meta.url));
const examples = join(root, 'examples');
const out = join(root, '.bench-out/vite-app');
const KB = 1024;
if (!existsSync(join(examples, 'node_modules/sx-science-week/package.json'))) {
  throw new Error('examples/ has no installed package: run `npm run check:examples` first.');
}

// 1. The app built as check-examples builds it, plus the visualizer's per-module raw data.
mkdirSync(out, { recursive: true });
const stats = join(out, 'stats.json');
const config = join(examples, 'vite-events/vite.bytes.config.mjs');
writeFileSync(
  config,
  `import { visualizer } from 'rollup-plugin-visualizer';
import base from './vite.config.mjs';
export default { ...base, build: { ...base.build, sourcemap: 'hidden', outDir: ${JSON.stringify(join(out, 'dist'))},
  rollupOptions: { plugins: [visualizer({ template: 'raw-data', filename: ${JSON.stringify(stats)}, gzipSize: true })] } } };
`,
);
try {
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--config', config], {
    cwd: examples,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} finally {
  rmSync(config);
}
const dist = join(out, 'dist');

// 2. Served as files (the feed is the build's sample manifest at the app's `src`), loaded once.
const NOW = '2025-05-26T10:00:00+08:00';
const feed = join(root, 'dist/data/shanxi-2025');
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const [base, rel] = path.startsWith('/sx/') ? [feed, path.slice(4)] : [dist, path.slice(1)];
  const file = normalize(join(base, rel || 'index.html'));
  if (!file.startsWith(base + sep)) return res.writeHead(404).end();
  try {
    let body = await readFile(file);
    // The frozen clock: the programme is running, so the widget shows its events.
    if (file.endsWith('index.html'))
      body = String(body).replace('<sx-events ', `<sx-events now="${NOW}" `);
    const type = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
    res.writeHead(200, { 'content-type': type[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const before = new Set();
const after = new Set();
/** File → the code of it that ran before the first event. */
const ran = new Map();
/** File → its used ranges (offsets in its text). */
const usedRanges = new Map();
try {
  const page = await browser.newPage();
  // A visitor in the edition's zone (the widget adds the visitor's own times elsewhere).
  await page.emulateTimezone('Asia/Shanghai');
  let content = false;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && url.pathname.endsWith('.js'))
      (content ? after : before).add(url.pathname.slice(1));
  });
  await page.exposeFunction('sxContent', () => {
    content = true;
  });
  // Polled inside the page each frame, so "before content" is decided where it happens.
  await page.evaluateOnNewDocument(() => {
    const poll = () =>
      document.querySelector('sx-events')?.shadowRoot?.querySelector('[part~="item"]')
        ? window.sxContent()
        : requestAnimationFrame(poll);
    requestAnimationFrame(poll);
  });
  // Block coverage: which bytes of each file ran before the first event.
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await page.goto(`${origin}/`);
  await page.waitForFunction(
    () => document.querySelector('sx-events')?.shadowRoot?.querySelector('[part~="item"]'),
    { timeout: 20_000 },
  );
  for (const { url, text, ranges } of await page.coverage.stopJSCoverage()) {
    const path = new URL(url).pathname.slice(1);
    if (path.endsWith('.js')) usedRanges.set(path, ranges);
    if (path.endsWith('.js'))
      ran.set(path, ranges.map(({ start, end }) => text.slice(start, end)).join('\n'));
  }
  // Whatever the widget fetches idly after its content (no user action) is counted apart.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
} finally {
  await browser.close();
  server.close();
}

// 3. The figures.
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const sum = (files) => [...files].reduce((total, file) => total + gz(file), 0);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
console.log(`Before the first event: ${kb(sum(before))} gz in ${before.size} JS files`);
// The floor of this implementation: Lit, the feed client, its fetch code and validation as they
// ship (a bundler cannot drop their unused functions), and only the code of the widget's own
// modules that ran before the first event (what its first render needs, at the least).
const shipped = (file) => /\/(lit|client|fetch-feed|validate)-[\w-]+\.js$/.test(`/${file}`);
const ranGz = (file) => gzipSync(ran.get(file) ?? '', { level: 9 }).length;
const floor = [...before].reduce(
  (total, file) => total + (shipped(file) ? gz(file) : ranGz(file)),
  0,
);
console.log(
  `Of it ran before the first event: ${kb([...before].reduce((t, f) => t + ranGz(f), 0))} gz; ` +
    `floor (Lit and the client as shipped, the rest as ran): ${kb(floor)} gz`,
);
for (const file of [...before].sort((a, b) => gz(b) - gz(a)))
  console.log(`  ${kb(gz(file)).padStart(8)} shipped ${kb(ranGz(file)).padStart(8)} ran  ${file}`);
console.log(`After it, no user action: ${kb(sum(after))} gz in ${after.size} JS files`);
for (const file of [...after].sort((a, b) => gz(b) - gz(a)))
  console.log(`  ${kb(gz(file)).padStart(8)}  ${file}`);

// Per module: the visualizer gzips each module's rendered code alone, so the module figures add
// up to more than the chunks (gzip shares nothing between them); they rank, the chunks measure.
const raw = JSON.parse(readFileSync(stats, 'utf8'));
const modules = [];
const walk = (node, chunk) => {
  if (node.children) for (const child of node.children) walk(child, chunk);
  else {
    const part = raw.nodeParts[node.uid];
    modules.push({ gz: part.gzipLength, chunk, id: raw.nodeMetas[part.metaUid].id });
  }
};
for (const chunk of raw.tree.children) walk(chunk, chunk.name);
modules.sort((a, b) => b.gz - a.gz);
// Each module's minified bytes that ran before the first event, through the build's source maps:
// a generated segment belongs to the source of its mapping, and ran when coverage says so.
const ranShare = new Map();
for (const [file, ranges] of usedRanges) {
  if (!before.has(file) || !existsSync(join(dist, `${file}.map`))) continue;
  const text = readFileSync(join(dist, file), 'utf8');
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const segments = [];
  new SourceMapConsumer(JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8'))).eachMapping(
    (m) => segments.push([lineStarts[m.generatedLine - 1] + m.generatedColumn, m.source]),
  );
  segments.sort((a, b) => a[0] - b[0]);
  const isRan = (offset) => ranges.some(({ start, end }) => offset >= start && offset < end);
  segments.forEach(([start, source], i) => {
    if (!source) return;
    const end = segments[i + 1]?.[0] ?? text.length;
    const id = source.replace(/^.*node_modules\//, '');
    const share = ranShare.get(id) ?? { ran: 0, all: 0 };
    share.all += end - start;
    if (isRan(start)) share.ran += end - start;
    ranShare.set(id, share);
  });
}
const ranPercent = (id) => {
  const share = ranShare.get(id.replace(/^.*node_modules\//, ''));
  return share ? `${String(Math.round((100 * share.ran) / share.all)).padStart(3)} % ran` : '';
};
const when = (chunk) => (before.has(chunk) ? 'first' : after.has(chunk) ? 'idle ' : 'never');
console.log(
  `\nTop ${values.top} modules (gz alone; first = before content, idle = after, never = not without an action or the embedded edition):`,
);
for (const { gz: bytes, chunk, id } of modules.slice(0, Number(values.top)))
  console.log(
    `  ${String(bytes).padStart(6)} B  ${when(chunk)} ${ranPercent(id).padEnd(9)}  ${id.replace(/^.*node_modules\//, '').replace(/^\/?/, '')}`,
  );
if (!values.keep) rmSync(out, { recursive: true, force: true });
