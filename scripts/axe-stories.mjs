// axe-core over every story of the built Storybook (storybook-static/), in the light and the dark
// theme (the toolbar's `theme` global, which every widget of a story takes unless the story sets
// its own): renders each story in headless Chromium, waits until its widgets have settled, and
// runs axe on the widgets only (their shadow roots included), not on Storybook's own page.
//
//   npm run build-storybook && node scripts/axe-stories.mjs [--only <story id part>] [--json out.json]
//
// Prints one line per story and theme with violations (rule, node), a total, and exits 1 when any
// widget has a violation. Run by .ci/run after the Storybook build.
/* global document, window, requestAnimationFrame -- inside page.evaluate() */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('../storybook-static', import.meta.url));
const axeSource = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const { values } = parseArgs({ options: { only: { type: 'string' }, json: { type: 'string' } } });
const THEMES = ['light', 'dark'];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** A static server for storybook-static on a free port. */
function serve() {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = normalize(join(root, decodeURIComponent(pathname)));
    const info = file.startsWith(root + sep) ? await stat(file).catch(() => undefined) : undefined;
    if (!info?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Waits until every widget of the story has rendered and its data and lazy parts have arrived. */
async function settle(page) {
  const updated = () =>
    page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('#storybook-root *')].filter((element) =>
        element.localName.startsWith('sx-'),
      );
      await Promise.all(widgets.map((element) => element.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return widgets.length;
    });
  // Every tag must be defined and upgraded (a shadow root): an undefined tag has no violations
  // to find, so without this an unregistered element would pass as clean.
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('#storybook-root *')].filter((element) =>
        element.localName.startsWith('sx-'),
      );
      return (
        widgets.length > 0 &&
        widgets.every(
          (element) => globalThis.customElements.get(element.localName) && element.shadowRoot,
        )
      );
    },
    { timeout: 15_000 },
  );
  await updated();
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 15_000 }).catch(() => undefined);
  return updated();
}

async function axeOnWidgets(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('#storybook-root *')].filter((element) =>
      element.localName.startsWith('sx-'),
    );
    const result = await window.axe.run(
      { include: widgets },
      { resultTypes: ['violations'], rules: { region: { enabled: false } } },
    );
    return result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => ({
        target: node.target.flat().join(' >>> '),
        summary: node.failureSummary?.split('\n').slice(0, 2).join(' '),
      })),
    }));
  });
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!values.only || entry.id.includes(values.only)),
);
const browser = await launchChromium();
const report = [];
let total = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  for (const story of stories) {
    for (const theme of THEMES) {
      const url = `${origin}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`;
      let violations;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        await settle(page);
        violations = await axeOnWidgets(page);
      } catch (error) {
        violations = [{ rule: 'story-did-not-render', nodes: [{ target: String(error.message) }] }];
      }
      const count = violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
      total += count;
      report.push({ story: story.id, theme, violations });
      if (count) {
        console.log(`✗ ${story.id} [${theme}]: ${count}`);
        for (const violation of violations) {
          for (const node of violation.nodes.slice(0, 3)) {
            console.log(`    ${violation.rule}: ${node.target}  ${node.summary ?? ''}`);
          }
          if (violation.nodes.length > 3) console.log(`    … ${violation.nodes.length - 3} more`);
        }
      } else console.log(`ok ${story.id} [${theme}]`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2));
const failing = report.filter((entry) => entry.violations.length);
console.log(
  `\n${stories.length} stories × ${THEMES.length} themes: ${total} violating node(s) in ${failing.length} render(s)`,
);
if (total) process.exitCode = 1;
