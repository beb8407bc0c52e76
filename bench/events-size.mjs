// Code inside page.evaluate() and waitForFunction() runs in the page:
/* global document */
// What a page with only <sx-events> downloads, gzip -9. Budget (issue): at most 30 KB gzipped of
// JavaScript in total (loader + chunks + Lit + the SDK parts it uses).
//
// 1. Static graph of an esbuild bundle made the way the CDN ships it (--bundle --minify
//    --splitting, ESM, Lit and the SDK included): the loader, then the events chunk and everything
//    it imports statically (what runs before anything can show), by origin; then every chunk it
//    can import on demand.
// 2. In headless Chromium (puppeteer-core, /usr/bin/chromium): the JavaScript files the page
//    really fetches until the list has shown — with the embedded edition, and with `src` (the
//    feed served over HTTP) — code and embedded data counted apart, and the same code as one gzip
//    stream (what splitting into many small chunks costs); then what the first click on
//    "加入日历" and on "地图" add.
//
// `--cdn` measures the real CDN build instead (dist/cdn, after `npx rollup -c`; `--cdn-dir DIR` for
// another build of it): the browser pass only, since Rollup chunks differently from esbuild.
//
//   node bench/events-size.mjs [--cdn | --cdn-dir DIR] [--modules] [--json] [--no-browser]
//                              [--port 8813]
import { createServer } from 'node:http';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { cssPlugins, gz, outputClosure, pageBuildOptions } from '../scripts/size-common.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET = 30 * 1024;
const args = process.argv.slice(2);
const cdnDir = args.includes('--cdn-dir') ? args[args.indexOf('--cdn-dir') + 1] : undefined;
const cdn = args.includes('--cdn') || cdnDir !== undefined;
const port = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : 8813;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/** Every file of the build, by path relative to `dir` ('loader.js', 'chunks/…'). */
const files = new Map();
let dir;
/** The static-graph analysis (esbuild build only). */
let graph;

if (cdn) {
  dir = cdnDir ? join(process.cwd(), cdnDir) : join(root, 'dist/cdn');
  const walk = async (at) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.js')) files.set(relative(dir, path), await readFile(path));
    }
  };
  await walk(dir).catch(() => {
    console.error('dist/cdn is missing: run `npx rollup -c` first.');
    process.exit(2);
  });
} else {
  dir = join(root, '.bench-out/events-size');
  await rm(dir, { recursive: true, force: true });
  const result = await esbuild.build({
    ...pageBuildOptions(root),
    // The loader finds the widget at ./widgets/events.js, as on the CDN.
    entryPoints: { loader: 'cdn/loader.ts', 'widgets/events': 'widgets/events/events.ts' },
    chunkNames: 'chunks/[name]-[hash]',
    outdir: dir,
    // Styles and markup minified as the CDN ships them (scripts/minify-literals.mjs).
    plugins: await cssPlugins(root),
  });
  for (const file of result.outputFiles) {
    files.set(relative(dir, file.path), file.contents);
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, file.contents);
  }
  graph = analyse(result.metafile.outputs);
}

/** A file of embedded feed data (JSON in a module), not code. */
function isData(path) {
  if (cdn) return /(^|\/)data-[^/]*\.js$/.test(path);
  return graph.dataFiles.has(path);
}

const sizes = (paths) => [...paths].reduce((sum, path) => sum + gz(files.get(path)), 0);

// --- 1. the static graph (esbuild) --------------------------------------------------------------

function analyse(outputs) {
  // Metafile paths are relative to the repository; ours to the output directory.
  const local = (path) => relative(dir, join(root, path));
  const closure = (start, kinds) => outputClosure(outputs, start, kinds);
  const entry = (name) =>
    Object.keys(outputs).find((path) => outputs[path].entryPoint && path.endsWith(`/${name}.js`));
  const origin = (input) =>
    input.includes('node_modules/')
      ? input.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
      : input.replace(/^(widgets\/[^/]+|src\/[^/]+)\/.*$/, '$1');
  const loaderFiles = closure(entry('loader'));
  const initial = closure(entry('events'));
  const everything = closure(entry('events'), ['import-statement', 'dynamic-import']);
  const byOrigin = {};
  const byModule = {};
  for (const path of initial) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
      byOrigin[origin(input)] = (byOrigin[origin(input)] ?? 0) + bytesInOutput;
      byModule[input] = (byModule[input] ?? 0) + bytesInOutput;
    }
  }
  const dataFiles = new Set(
    Object.keys(outputs)
      .filter((path) => {
        const inputs = Object.keys(outputs[path].inputs);
        return inputs.length > 0 && inputs.every((input) => input.endsWith('.json'));
      })
      .map(local),
  );
  const lazyChunks = [...everything]
    .filter((path) => !initial.has(path) && !loaderFiles.has(path))
    .map((path) => ({
      file: local(path),
      inputs: Object.keys(outputs[path].inputs).map((i) => i.replace(/^.*node_modules\//, '')),
    }));
  return {
    loaderFiles: [...loaderFiles].map(local),
    initial: [...initial].map(local),
    byOrigin,
    byModule,
    dataFiles,
    lazyChunks,
  };
}

const report = {};
if (graph) {
  report.loader = sizes(graph.loaderFiles);
  report.initial = sizes(graph.initial);
  report.initialFiles = graph.initial.length;
  // A chunk the loader shares with the widget travels once.
  report.staticTotal = sizes(new Set([...graph.loaderFiles, ...graph.initial]));
}

// --- 2. in a browser ----------------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
const page = (attributes) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<script type="module" src="/loader.js"></script></head>
<body><sx-events now="2025-05-20T10:00:00+08:00" ${attributes}></sx-events></body></html>`;

function serve() {
  const feedDir = join(root, 'src/data/shanxi-2025');
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/embedded' || path === '/src') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(page(path === '/src' ? 'src="/feed/manifest.json"' : ''));
      return;
    }
    // /feed/* is the embedded edition's files, served as a partner's feed would be.
    const base = path.startsWith('/feed/') ? feedDir : dir;
    const file = normalize(join(base, path.replace(/^\/feed\//, '/')));
    if (!file.startsWith(base)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** The .js files (relative to `dir`) and the feed files the page fetched while `action` ran. */
async function fetchedDuring(tab, action) {
  const seen = [];
  const onRequest = (request) => seen.push(new URL(request.url()).pathname);
  tab.on('request', onRequest);
  await action();
  tab.off('request', onRequest);
  return {
    js: seen.filter((path) => path.endsWith('.js')).map((path) => path.slice(1)),
    feed: seen.filter((path) => path.startsWith('/feed/')),
  };
}

function classify(paths) {
  const known = paths.filter((path) => files.has(path));
  const code = known.filter((path) => !isData(path));
  const data = known.filter((path) => isData(path));
  return {
    code: sizes(code),
    codeFiles: code.length,
    // The same code as one gzip stream: what splitting into many chunks costs.
    codeAsOneFile: code.length ? gz(Buffer.concat(code.map((path) => files.get(path)))) : 0,
    data: sizes(data),
    dataFiles: data.length,
    files: code,
  };
}

async function inBrowser() {
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await serve();
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const pages = {};
  try {
    for (const mode of ['embedded', 'src']) {
      const tab = await browser.newPage();
      await tab.emulateTimezone('Asia/Shanghai');
      const shown = await fetchedDuring(tab, async () => {
        await tab.goto(`http://127.0.0.1:${port}/${mode}`);
        await tab.waitForFunction(
          () => document.querySelector('sx-events')?.shadowRoot?.querySelector('[part~=item]'),
          { timeout: 20_000 },
        );
        await tab.evaluate(() => document.querySelector('sx-events').loaded);
      });
      const click = (label) =>
        fetchedDuring(tab, async () => {
          await tab.evaluate((text) => {
            const widget = document.querySelector('sx-events');
            widget.addEventListener('sx-calendar-download', (e) => e.preventDefault());
            const button = [...widget.shadowRoot.querySelectorAll('[part~=item] button')].find(
              (node) => node.textContent.trim() === text,
            );
            button?.click();
          }, label);
          await tab.waitForNetworkIdle({ idleTime: 200, timeout: 10_000 });
        });
      pages[mode] = {
        shown: { ...classify(shown.js), feedRequests: shown.feed },
        calendarClick: classify((await click('加入日历')).js),
        mapClick: classify((await click('地图')).js),
      };
      await tab.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return pages;
}

if (!args.includes('--no-browser')) report.browser = await inBrowser();

// --- print --------------------------------------------------------------------------------------

const within = (bytes) => (bytes <= BUDGET ? 'within' : 'OVER');
if (args.includes('--json')) {
  const { byOrigin, byModule, lazyChunks } = graph ?? {};
  console.log(JSON.stringify({ ...report, byOrigin, byModule, lazyChunks }, null, 2));
} else {
  const build = cdn ? 'the CDN build (dist/cdn)' : 'an esbuild bundle';
  console.log(`Page with only <sx-events>, ${build}: gzip -9, each file its own stream`);
  if (graph) {
    console.log('Static graph:');
    console.log(`  loader                              ${kb(report.loader)}`);
    console.log(
      `  events chunk + static imports       ${kb(report.initial)}  (${report.initialFiles} files)`,
    );
    console.log(`  = before anything can show          ${kb(report.staticTotal)}`);
  }
  for (const [mode, { shown, calendarClick, mapClick }] of Object.entries(report.browser ?? {})) {
    console.log(
      `In Chromium, ${mode === 'src' ? 'with src (feed over HTTP)' : 'embedded edition'}:`,
    );
    console.log(
      `  JS fetched until the list shows     ${kb(shown.code)}  (${shown.codeFiles} files; ${within(shown.code)} the 30 KB budget)` +
        (shown.dataFiles ? ` + embedded data ${kb(shown.data)}` : ''),
    );
    console.log(`    as one gzip stream it would be    ${kb(shown.codeAsOneFile)}`);
    if (shown.feedRequests.length) {
      console.log(`  feed requests                       ${shown.feedRequests.join(', ')}`);
    }
    console.log(`  + first "加入日历" click             ${kb(calendarClick.code)}`);
    console.log(`  + first "地图" click                 ${kb(mapClick.code)}`);
  }
  if (graph) {
    console.log('Minified bytes in the static graph, by origin:');
    for (const [name, bytes] of Object.entries(graph.byOrigin).sort((a, b) => b[1] - a[1])) {
      console.log(`  ${String(bytes).padStart(7)}  ${name}`);
    }
    if (args.includes('--modules')) {
      console.log('… by module:');
      for (const [input, bytes] of Object.entries(graph.byModule).sort((a, b) => b[1] - a[1])) {
        console.log(`  ${String(bytes).padStart(7)}  ${input}`);
      }
    }
    console.log('Chunks it can import on demand (gzip; what each holds):');
    const lazy = graph.lazyChunks.map((chunk) => ({ ...chunk, gzip: gz(files.get(chunk.file)) }));
    for (const chunk of lazy.sort((a, b) => b.gzip - a.gzip)) {
      const names = chunk.inputs.length > 3 ? [...chunk.inputs.slice(0, 3), '…'] : chunk.inputs;
      console.log(`  ${kb(chunk.gzip).padStart(9)}  ${names.join(', ') || '(re-exports)'}`);
    }
  }
}
const worst = Math.max(
  report.staticTotal ?? 0,
  ...Object.values(report.browser ?? {}).map((mode) => mode.shown.code),
);
process.exitCode = worst <= BUDGET ? 0 : 1;
