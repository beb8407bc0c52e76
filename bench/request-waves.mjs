/* global document */
// Request waves and JavaScript bytes of a page with one widget from the CDN build, as a visitor's
// browser fetches it: how many times a request had to wait for an earlier response before it
// could start (the depth of the initiator chain, the HTML page itself not counted), and which
// requests came in each wave. Deterministic: no wall time is read.
//   npm run build && node bench/request-waves.mjs [--json]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

const PAGES = {
  'sx-countdown': '<sx-countdown now="2025-05-20T10:00:00+08:00"></sx-countdown>',
  'sx-events': '<sx-events now="2025-05-26T10:00:00+08:00"></sx-events>',
  'sx-events lang=en': '<sx-events lang="en" now="2025-05-26T10:00:00+08:00"></sx-events>',
  'sx-story-card': '<sx-story-card now="2025-05-26T10:00:00+08:00"></sx-story-card>',
  'sx-lab-map': '<sx-lab-map now="2025-05-26T10:00:00+08:00"></sx-lab-map>',
};

/** Selector whose presence in the widget's shadow root means real content is shown. */
const CONTENT = {
  'sx-countdown': '[part~="base"]',
  'sx-events': '[part~="item"]',
  'sx-story-card': '[part~="name"], [part~="headline"]',
  'sx-lab-map': '[part~="lab"], [part~="item"]',
};

const page = (body) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>waves</title><script type="module" src="/cdn/loader.js"></script></head>
<body>${body}</body></html>`;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

function serve() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(PAGES[url.searchParams.get('w')] ?? ''));
      return;
    }
    const file = normalize(join(dist, url.pathname));
    if (!file.startsWith(dist)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function measure(browser, base, name) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  // A visitor in the edition's zone, as most are (one abroad also loads the local-time hint).
  await tab.emulateTimezone('Asia/Shanghai');
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, initiator }) => {
    requests.set(requestId, { url: request.url, initiator });
  });
  const byUrl = () => new Map([...requests.values()].map((r) => [r.url, r]));
  const tag = name.split(' ')[0];
  await tab.goto(`${base}/page?w=${encodeURIComponent(name)}`);
  await tab.waitForFunction(
    (t, sel) => document.querySelector(t)?.shadowRoot?.querySelector(sel),
    { timeout: 20000, polling: 'raf' },
    tag,
    CONTENT[tag],
  );
  const urls = byUrl();
  // Depth: the page is 0; a request started by a script is one deeper than that script.
  const depth = (url, seen = new Set()) => {
    if (url.endsWith('/page') || url.includes('/page?')) return 0;
    const request = urls.get(url);
    if (!request || seen.has(url)) return 1;
    seen.add(url);
    const frames = request.initiator?.stack?.callFrames ?? [];
    const parent =
      request.initiator?.url ??
      frames[0]?.url ??
      request.initiator?.stack?.parent?.callFrames?.[0]?.url;
    return parent ? depth(parent, seen) + 1 : 1;
  };
  const waves = [...urls.keys()]
    .filter((url) => !url.includes('/page') && !url.endsWith('/favicon.ico'))
    .map((url) => ({ url: url.replace(base, ''), wave: depth(url) }));
  await context.close();
  return {
    page: name,
    requests: waves.length,
    waves: Math.max(...waves.map((w) => w.wave)),
    detail: waves,
  };
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const results = [];
try {
  for (const name of Object.keys(PAGES)) results.push(await measure(browser, base, name));
} finally {
  await browser.close();
  server.close();
}
if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
else {
  for (const { page: name, requests, waves, detail } of results) {
    console.log(`${name.padEnd(20)} ${String(requests).padStart(3)} requests, ${waves} waves`);
    if (process.argv.includes('--detail')) {
      for (const { url, wave } of detail.sort((a, b) => a.wave - b.wave))
        console.log(`    ${wave} ${url}`);
    }
  }
}
