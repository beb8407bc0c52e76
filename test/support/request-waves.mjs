// Request waves and bytes of a page with one widget from the CDN build, as a visitor's browser
// fetches them: a request's wave is the depth of its initiator chain (the HTML page is wave 0, the
// loader it names wave 1, what the loader starts wave 2…), read from the DevTools protocol. No wall
// time is read, so the figures are the same on a fast and a slow machine: shared by the browser
// test (request-waves-plugin.mjs) and bench/request-waves.mjs.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));
const NOW = { before: '2025-05-20T10:00:00+08:00', during: '2025-05-26T10:00:00+08:00' };
/** The feed manifest a page with `src` reads (written by the build from the sample feed). */
export const MANIFEST = '/dist/data/shanxi-2025/manifest.json';

/** The single-widget pages measured: name → the widget's tag and attributes. */
export const WAVE_PAGES = {
  'sx-countdown': { tag: 'sx-countdown', attrs: { now: NOW.before } },
  'sx-countdown lang=en': { tag: 'sx-countdown', attrs: { lang: 'en', now: NOW.before } },
  'sx-events': { tag: 'sx-events', attrs: { now: NOW.during } },
  'sx-events lang=en': { tag: 'sx-events', attrs: { lang: 'en', now: NOW.during } },
  'sx-story-card': { tag: 'sx-story-card', attrs: { now: NOW.during } },
  'sx-story-card lang=en': { tag: 'sx-story-card', attrs: { lang: 'en', now: NOW.during } },
  'sx-lab-map': { tag: 'sx-lab-map', attrs: { now: NOW.during } },
};

/** Selector whose presence in the widget's shadow root means real content is shown. */
export const CONTENT = {
  // Not `base`: the loading state has it too, so a page could count as shown before its data.
  'sx-countdown': '[part~="sentence"]',
  'sx-events': '[part~="item"]',
  'sx-story-card': '[part~="name"], [part~="headline"]',
  'sx-lab-map': '[part~="lab"], [part~="item"]',
};

/** Private tokens every widget's styles read (tokens.styles.ts), never empty when built right. */
const CORE_TOKENS = [
  '--_accent',
  '--_accent-soft',
  '--_accent-fill',
  '--_highlight',
  '--_text',
  '--_muted',
  '--_surface',
  '--_surface-alt',
  '--_border',
  '--_font',
  '--_radius',
  '--_space',
  '--_focus',
  '--_skeleton',
];

const escape = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The HTML of a page with one widget; `src` makes it read the manifest instead of the edition. */
export function wavePage(name, { src = false } = {}) {
  const { tag, attrs } = WAVE_PAGES[name];
  const all = { ...attrs, ...(src && { src: MANIFEST }) };
  const attributes = Object.entries(all)
    .map(([key, value]) => ` ${key}="${escape(value)}"`)
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>waves</title><script type="module" src="/dist/cdn/loader.js"></script></head>
<body><${tag}${attributes}></${tag}></body></html>`;
}

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

/**
 * A plain static server for the build (dist/ at /dist/) and the pages (/page?w=<name>[&src=1]):
 * files as they are on disk, as a CDN serves them (a dev server would rewrite JSON into modules).
 * Port 0 (any free one) unless `port` is given.
 */
export function serveBuild({ port = 0 } = {}) {
  const dist = join(root, 'dist');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/page') {
      const name = url.searchParams.get('w') ?? '';
      if (!(name in WAVE_PAGES)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(wavePage(name, { src: url.searchParams.has('src') }));
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist + sep)) return res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      return res.end(body);
    } catch {
      return res.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ origin: `http://127.0.0.1:${actual}`, close: () => server.close() });
    });
  });
}

/** The URL of a measured page on a server started by serveBuild. */
export const wavePageUrl = (origin, name, { src = false } = {}) =>
  `${origin}/page?w=${encodeURIComponent(name)}${src ? '&src=1' : ''}`;

/** Gzip size (level 9, as size-limit counts) of a file of the build, by its URL path. */
function gzipBytes(path) {
  try {
    return gzipSync(readFileSync(join(root, decodeURIComponent(path))), { level: 9 }).length;
  } catch {
    return 0;
  }
}

/**
 * The wave of each request: the page is 0; a request started by a script (or a stylesheet, or the
 * page's own parser) is one deeper than what started it. `requests` maps a URL to the first
 * `Network.requestWillBeSent` seen for it (`{ initiator }`). Shared with bench/time-to-content.mjs.
 */
export function initiatorDepth(requests, pageUrl) {
  const depth = (requestUrl, seen = new Set()) => {
    if (requestUrl === pageUrl) return 0;
    const request = requests.get(requestUrl);
    if (!request || seen.has(requestUrl)) return 1;
    seen.add(requestUrl);
    const { initiator } = request;
    const parent =
      initiator?.url ??
      initiator?.stack?.callFrames?.[0]?.url ??
      initiator?.stack?.parent?.callFrames?.[0]?.url;
    return parent ? depth(parent, seen) + 1 : 1;
  };
  return (requestUrl) => depth(requestUrl);
}

/**
 * Loads `url` in a fresh browser context of the puppeteer `browser`, waits until the widget shows
 * content, and returns every request made until then with its wave and (for files of the build)
 * its gzipped size.
 */
export async function measureWaves(browser, url, name) {
  const tag = WAVE_PAGES[name].tag;
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    // A visitor in the edition's zone, as most are (one abroad also loads the local-time hint).
    await tab.emulateTimezone('Asia/Shanghai');
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    // The browser's cache would hide a request a visitor makes on a first visit.
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const requests = new Map();
    // How many times each URL was asked for: a feed file asked twice is a wasted round trip.
    const counts = new Map();
    cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
      counts.set(request.url, (counts.get(request.url) ?? 0) + 1);
      if (!requests.has(request.url)) requests.set(request.url, { url: request.url, initiator });
    });
    await tab.goto(url);
    await tab.waitForFunction(
      (t, selector) => document.querySelector(t)?.shadowRoot?.querySelector(selector),
      { timeout: 15000, polling: 'raf' },
      tag,
      CONTENT[tag],
    );
    // The theme tokens as the shipped (minified) styles define them on the widget: one that
    // computes to nothing means a style fragment broke in the build, and with it every rule
    // that reads it (borders, tinted backgrounds) while the source styles look fine.
    const brokenTokens = await tab.evaluate(
      (t, names) => {
        const style = getComputedStyle(document.querySelector(t));
        // A colour token must also be a colour: a run-together value is not empty but useless.
        const colour = (name) => !/^--_(font|radius|space)$/.test(name);
        return names.filter((name) => {
          const value = style.getPropertyValue(name).trim();
          return value === '' || (colour(name) && !CSS.supports('color', value));
        });
      },
      tag,
      CORE_TOKENS,
    );
    const pageUrl = new URL(url).href;
    const depth = initiatorDepth(requests, pageUrl);
    const detail = [...requests.keys()]
      .filter((item) => item !== pageUrl && !item.endsWith('/favicon.ico'))
      .map((item) => {
        const path = new URL(item).pathname;
        return { path, wave: depth(item), gzip: gzipBytes(path), count: counts.get(item) };
      });
    const sum = (items) => items.reduce((total, item) => total + item.gzip, 0);
    return {
      page: name,
      requests: detail.length,
      waves: Math.max(0, ...detail.map((item) => item.wave)),
      // Code: every script; data: the embedded edition's data chunks and the feed's JSON.
      codeBytes: sum(
        detail.filter((item) => /\.js$/.test(item.path) && !/\/data-/.test(item.path)),
      ),
      brokenTokens,
      dataBytes: sum(detail.filter((item) => /\/data-|\.json$/.test(item.path))),
      detail,
    };
  } finally {
    await context.close();
  }
}
