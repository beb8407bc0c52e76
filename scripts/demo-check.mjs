// Checks the demo partner page in headless Chromium, as a visitor loads it:
// - starts demo/serve.mjs on a free port (the build must exist: `npm run build` first);
// - loads demo/index.html as of before / during / after the week, in zh-CN and en, light and
//   dark, at 1280 px and 375 px, plus once without JavaScript, and saves full-page screenshots;
// - asserts on every load: each widget rendered (no loading or error state left), the countdown
//   says the phase the preview asks for, every script and JSON file was requested once (so each feed
//   resource once: the manifest, then events / labs / stories as the widgets need them), no request
//   failed, and no console error or uncaught exception occurred;
// - prints the JavaScript a visitor downloads (raw, and gzip -9 as a CDN would send it) for the
//   full page and for pages holding only <sx-countdown> or only <sx-events>;
// - loads demo/hostile.html (the widgets under a hostile CMS stylesheet), light and dark, and
//   asserts the same (every widget rendered, each resource once, no error).
//
//   node scripts/demo-check.mjs [screenshot folder]     (default /tmp/demo-shots)
//   CHROME_PATH=/path/to/chrome node scripts/demo-check.mjs
//
// Exits 1 when an assertion fails (every failure is listed first).
/* global document, customElements, requestAnimationFrame -- inside page.evaluate() */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { startDemoServer } from './demo-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const shots = process.argv[2] ?? '/tmp/demo-shots';

const FEED = '/dist/data/shanxi-2025/';
const FEED_RESOURCES = ['manifest.json', 'events.json', 'labs.json', 'stories.json'];
const PHASES = {
  before: '2025-05-20T10:00:00+08:00',
  during: '2025-05-30T10:00:00+08:00',
  after: '2025-06-20T10:00:00+08:00',
};
/** What the banner countdown must say in each phase, per language. */
const COUNTDOWN_SAYS = {
  before: { 'zh-CN': '开幕', en: 'Until the opening' },
  during: { 'zh-CN': '活动进行中', en: 'Under way' },
  after: { 'zh-CN': '已结束', en: 'has ended' },
};
const WIDTHS = [1280, 375];
const LANGS = ['zh-CN', 'en'];
const THEMES = ['light', 'dark'];

if (!existsSync(join(root, 'dist/cdn/loader.js'))) {
  console.error('dist/cdn/loader.js is missing: run `npm run build` first.');
  process.exit(1);
}
mkdirSync(shots, { recursive: true });

const debug = process.env.DEBUG ? (...args) => console.error('[debug]', ...args) : () => {};
const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);

// ---- the demo server: scripts/demo-server.mjs ----------------------------------------------

// ---- one page load --------------------------------------------------------------------------

/**
 * Loads `url` in a fresh browser context (empty cache), records every request and what the
 * console said, waits until every widget has rendered, and returns the log.
 */
async function visit(browser, url, { width, theme, javaScript = true, screenshot }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: width < 600 ? 812 : 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme ?? 'light' }]);
  await page.setJavaScriptEnabled(javaScript);

  const requests = [];
  const problems = [];
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warn') warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    const entry = { url: response.url(), status: response.status(), body: undefined };
    requests.push(entry);
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    // Bodies of redirects and 304s are not available; the server sends neither on a cold load.
    entry.body = response.buffer().then(
      (body) => body,
      () => undefined,
    );
  });

  debug('goto', url);
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 30_000 });
  debug('loaded');
  // index.html puts each widget in the page when it comes near the viewport (as a visitor
  // scrolls): a viewport as tall as the page brings them all in.
  if (javaScript) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({ ...page.viewport(), height });
  }
  const state = javaScript ? await settle(page) : { widgets: [] };
  debug('settled');
  // page.evaluate() needs JavaScript; without it nothing uses content-visibility anyway.
  if (screenshot && javaScript) await shoot(page, screenshot, width);
  else if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  debug('shot');
  for (const entry of requests) entry.body = await entry.body;
  await context.close();
  return { requests, problems, warnings, ...state };
}

/**
 * A full-page screenshot. The programme's items use `content-visibility: auto` (the browser skips
 * painting what is off screen), so the viewport is first made as tall as the page: otherwise the
 * items below the first screen come out blank, which no visitor would ever see.
 */
async function shoot(page, path, width) {
  await page.bringToFront();
  // Two frames: one to find which items came into view, one to lay them out at their real size.
  const frames = () =>
    page.evaluate(
      () =>
        new Promise((resolve) => {
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
          setTimeout(resolve, 1000); // a hidden tab may never run a frame
        }),
    );
  let stable = 0;
  for (let round = 0; round < 10 && stable < 2; round += 1) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const viewport = page.viewport();
    debug('height', height, 'viewport', viewport.height);
    if (viewport.height === height) stable += 1;
    else {
      stable = 0;
      await page.setViewport({ ...viewport, width, height });
    }
    await frames();
  }
  // The viewport is the page now: capture it as it is (fullPage would measure again).
  await page.screenshot({ path });
}

/** Waits until every sx-* element is defined and shows neither its loading nor its error state. */
async function settle(page) {
  try {
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('*')]
          .filter((element) => element.localName.startsWith('sx-'))
          .every(
            (element) =>
              !document.querySelector('.widget-placeholder') &&
              customElements.get(element.localName) &&
              element.shadowRoot?.querySelector('[part~="base"], .sx-root') &&
              !element.shadowRoot.querySelector('[part~="loading"]:not(slot *)'),
          ),
      { timeout: 15_000, polling: 100 },
    );
  } catch {
    // Reported below with the element that is still loading.
  }
  return page.evaluate(() => ({
    widgets: [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('sx-'))
      .map((element) => ({
        tag: element.localName,
        defined: Boolean(customElements.get(element.localName)),
        loading: Boolean(element.shadowRoot?.querySelector('[part~="loading"]:not(slot *)')),
        error: Boolean(element.shadowRoot?.querySelector('[part~="error"]')),
        text: element.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        attributes: Object.fromEntries(
          ['now', 'lang', 'theme'].map((name) => [name, element.getAttribute(name)]),
        ),
      })),
    htmlLang: document.documentElement.lang,
  }));
}

// ---- assertions -----------------------------------------------------------------------------

/** `resources`: the feed files this page must fetch, once each; the others must not be fetched. */
function checkLoad(where, log, resources = FEED_RESOURCES) {
  for (const problem of log.problems) fail(where, problem);
  // Code and data only: the browser fetches an icon for the tab and for an <img> separately.
  const counts = new Map();
  for (const { url } of log.requests) {
    if (/\.(js|json)$/.test(new URL(url).pathname)) counts.set(url, (counts.get(url) ?? 0) + 1);
  }
  for (const [url, count] of counts) {
    if (count > 1) fail(where, `${url} was requested ${count} times`);
  }
  for (const widget of log.widgets) {
    if (!widget.defined) fail(where, `<${widget.tag}> was never defined`);
    else if (widget.loading) fail(where, `<${widget.tag}> is still loading`);
    if (widget.error) fail(where, `<${widget.tag}> shows its error state: ${widget.text}`);
  }
  for (const name of FEED_RESOURCES) {
    const count = log.requests.filter(({ url }) => new URL(url).pathname === FEED + name).length;
    const expected = resources.includes(name) ? 1 : 0;
    if (count !== expected) fail(where, `${name} requested ${count} times (expected ${expected})`);
  }
  const embedded = log.requests.filter(({ url }) => /\/chunks\/data-/.test(url));
  if (embedded.length) {
    fail(where, `the embedded data was loaded too: ${embedded.map(({ url }) => url).join(', ')}`);
  }
}

function checkPreview(where, log, { phase, lang, theme }) {
  if (log.htmlLang !== lang) fail(where, `<html lang> is ${log.htmlLang}, expected ${lang}`);
  for (const widget of log.widgets) {
    const { now, theme: widgetTheme } = widget.attributes;
    if (Date.parse(now) !== Date.parse(PHASES[phase])) fail(where, `<${widget.tag}> now=${now}`);
    if (widgetTheme !== theme) fail(where, `<${widget.tag}> theme=${widgetTheme}`);
  }
  const countdown = log.widgets.find(({ tag }) => tag === 'sx-countdown');
  const expected = COUNTDOWN_SAYS[phase][lang];
  if (countdown && !countdown.text.includes(expected)) {
    fail(where, `the countdown says "${countdown.text.slice(0, 120)}", expected "${expected}"`);
  }
}

// ---- sizes ----------------------------------------------------------------------------------

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function sizes(log) {
  const pick = (test) => {
    const entries = log.requests.filter((entry) => entry.body && test(new URL(entry.url).pathname));
    return {
      files: entries.length,
      raw: entries.reduce((sum, { body }) => sum + body.length, 0),
      gzip: entries.reduce((sum, { body }) => sum + gzipSync(body, { level: 9 }).length, 0),
    };
  };
  return {
    code: pick((path) => path.endsWith('.js') && !/\/chunks\/data-/.test(path)),
    data: pick((path) => /\/chunks\/data-.*\.js$/.test(path)),
    json: pick((path) => path.endsWith('.json')),
  };
}

function printSizes(label, log) {
  const { code, data, json } = sizes(log);
  const line = ({ files, raw, gzip }) => `${files} files, ${kb(raw)} raw, ${kb(gzip)} gzip`;
  console.log(`\n${label}`);
  console.log(`  JavaScript (code):          ${line(code)}`);
  if (data.files) console.log(`  JavaScript (embedded data): ${line(data)}`);
  console.log(`  feed JSON:                  ${line(json)}`);
  for (const { url, body } of log.requests) {
    const { pathname } = new URL(url);
    if (body && /\.(js|json)$/.test(pathname)) {
      console.log(
        `    ${pathname.padEnd(58)} ${kb(gzipSync(body, { level: 9 }).length).padStart(9)}`,
      );
    }
  }
}

// ---- run ------------------------------------------------------------------------------------

const server = await startDemoServer();
const browser = await launchChromium();

try {
  let reference;
  for (const width of WIDTHS) {
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        for (const phase of Object.keys(PHASES)) {
          const query = new URLSearchParams({ now: PHASES[phase], lang, theme });
          const name = `demo-${width}-${lang}-${theme}-${phase}.png`;
          const where = `${width}px ${lang} ${theme} ${phase}`;
          const log = await visit(browser, `${server.origin}/?${query}`, {
            width,
            theme,
            screenshot: join(shots, name),
          });
          checkLoad(where, log);
          checkPreview(where, log, { phase, lang, theme });
          if (width === 1280 && lang === 'zh-CN' && theme === 'light' && phase === 'during') {
            reference = log;
          }
          console.log(`${failures.length ? '…' : 'ok'} ${where} → ${name}`);
        }
      }
    }
  }

  const live = await visit(browser, `${server.origin}/`, {
    width: 1280,
    screenshot: join(shots, 'demo-1280-live.png'),
  });
  checkLoad('live', live);
  const noScript = await visit(browser, `${server.origin}/`, {
    width: 1280,
    javaScript: false,
    screenshot: join(shots, 'demo-1280-nojs.png'),
  });
  for (const problem of noScript.problems) fail('no JavaScript', problem);
  console.log('ok live and no-JavaScript → demo-1280-live.png, demo-1280-nojs.png');

  for (const theme of THEMES) {
    const hostile = await visit(browser, `${server.origin}/hostile.html?theme=${theme}`, {
      width: 1280,
      theme,
      screenshot: join(shots, `hostile-1280-${theme}.png`),
    });
    checkLoad(`hostile.html ${theme}`, hostile);
  }
  console.log('ok hostile.html light and dark → hostile-1280-light.png, hostile-1280-dark.png');

  const countdownOnly = await visit(browser, `${server.origin}/countdown-only.html`, {
    width: 1280,
  });
  // A countdown needs the edition (in the manifest), never the programme.
  checkLoad('countdown-only.html', countdownOnly, ['manifest.json']);
  const eventsOnly = await visit(browser, `${server.origin}/events-only.html`, { width: 1280 });
  checkLoad('events-only.html', eventsOnly, ['manifest.json', 'events.json']);

  printSizes('index.html (all 4 widgets, as of during, zh-CN, 1280 px):', reference);
  printSizes('countdown-only.html (<sx-countdown> only):', countdownOnly);
  printSizes('events-only.html (<sx-events> only):', eventsOnly);

  const warnings = new Set([reference, live, countdownOnly, eventsOnly].flatMap((l) => l.warnings));
  if (warnings.size) console.log(`\nconsole warnings:\n  ${[...warnings].join('\n  ')}`);
  console.log(`\nscreenshots: ${shots}`);
} finally {
  await browser.close();
  server.stop();
}

if (failures.length) {
  console.error(`\n${failures.length} failure(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nall checks passed');
