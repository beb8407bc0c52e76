// The local HTTP server of the scale benches (events-scale.mjs, events-city-memory.mjs): the bench
// page at `/`, the widget's build at `/app/…` and the feed's files at `/feed/…`, never cached.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

/** `option(name, fallback)`: the value after `--name` in `args`, else `fallback`. */
export const optionReader = (args) => (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};

/**
 * Listens on `port` (127.0.0.1). `page(searchParams)` is the page's HTML; `feed(parts)` the body
 * of `/feed/…` (the path split at "/": ['', 'feed', …]), undefined for a 404; `outDir` holds the
 * widget's build.
 */
export async function serveScaleBench({ port, outDir, page, feed }) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const parts = url.pathname.split('/');
    let body;
    let type = 'application/json';
    if (url.pathname === '/') {
      body = page(url.searchParams);
      type = 'text/html; charset=utf-8';
    } else if (parts[1] === 'feed') {
      body = feed(parts);
    } else if (parts[1] === 'app' && !parts[2].includes('..')) {
      try {
        body = readFileSync(join(outDir, parts[2]));
        type = 'text/javascript; charset=utf-8';
      } catch {
        body = undefined;
      }
    }
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

/**
 * The events widget built from `source` (a checkout: this one, or an earlier one to compare with)
 * into `outDir` as a page would load it: ES modules, split, minified unless `minify` is false.
 */
export async function buildEventsWidget({ source, outDir, minify = true }) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(source, 'widgets/events/events.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: outDir,
    tsconfig: join(source, 'tsconfig.json'),
    loader: { '.json': 'json' },
    minify,
    sourcemap: false,
    logLevel: 'warning',
  });
}

/** Page script: `window.__firstItem` is the time the first event row is in the widget, looked for every frame. */
export const FIRST_ITEM_PROBE = `  const look = () => {
    const el = document.querySelector('sx-events');
    if (el?.shadowRoot?.querySelector('[part~=item]')) window.__firstItem = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);`;

/**
 * A fresh context and tab as each scale visit starts: a 1280 × 900 desktop window in the edition's
 * zone, the CPU `throttle` times slower when above 1.
 */
export async function openScaleTab(browser, throttle) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.emulateTimezone('Asia/Shanghai');
  const cdp = await tab.createCDPSession();
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, tab, cdp };
}
