/**
 * Server rendering then hydration, as an app does it with the built package (needs `npm run build`;
 * runs with SX_DIST_TESTS=1, as package.test.ts). The example's page (examples/ssr/hydrate/page.mjs)
 * is rendered by @lit-labs/ssr in plain Node, its client (client.js: Lit's hydration support, then
 * the element modules) is bundled with esbuild, and Chromium loads both over real HTTP. A visitor
 * must see the server's list stay put: the nodes the server sent are the nodes after hydration, no
 * loading skeleton ever appears, nothing asks for a feed, and the list answers clicks.
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'examples/ssr/hydrate');

/** What the page records before any script of its own runs (module scripts run after this). */
const WATCH = `
  window.__sx = { skeleton: [], first: {}, errors: [] };
  addEventListener('error', (event) => window.__sx.errors.push(String(event.message)));
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const watch = (tag, part) => {
      const root = document.querySelector(tag).shadowRoot;
      window.__sx.first[tag] = root.querySelector('[part~="' + part + '"]');
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node.nodeType === 1 && (node.matches('[part~="loading"]') || node.querySelector('[part~="loading"]')))
              window.__sx.skeleton.push(tag);
      }).observe(root, { childList: true, subtree: true });
    };
    watch('sx-events', 'item');
    watch('sx-countdown', 'value');
  });
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

describe('a server-rendered page hydrating in Chromium (examples/ssr/hydrate)', function () {
  this.timeout(120_000);
  let dir: string;
  let server: Server;
  let browser: Browser;
  let origin: string;
  const requests: string[] = [];

  before(async function () {
    if (process.env.SX_DIST_TESTS !== '1') this.skip();
    // Inside the package (a folder without its own package.json), so that `sx-science-week/…`
    // resolves to this package's exports, as it does from an app's node_modules.
    dir = mkdtempSync(join(root, '.hydration-'));
    for (const file of ['page.mjs', 'client.js'])
      copyFileSync(join(example, file), join(dir, file));
    // Plain Node, as an app's server runs it (this runner maps some imports to the sources).
    // A server in the edition's zone (Asia/Shanghai), as TZ pins it for every Node test.
    const page = execFileSync(process.execPath, [join(dir, 'page.mjs'), './out/client.js'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Asia/Shanghai' },
    });
    writeFileSync(join(dir, 'index.html'), page);
    await build({
      entryPoints: [join(dir, 'client.js')],
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: join(dir, 'out'),
      conditions: ['browser'],
      // Not the repository's tsconfig, whose `paths` point `sx-science-week/…` at the sources.
      tsconfigRaw: '{}',
      logLevel: 'error',
    });
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      requests.push(path);
      const file = normalize(join(dir, path === '/' ? 'index.html' : path));
      try {
        if (!file.startsWith(dir)) throw new Error('outside');
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the server sent the real list and countdown, not skeletons', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).to.match(/part="item-title"/);
    expect(html).to.match(/part="value"/);
    expect(html).not.to.match(/part="loading"/);
  });

  it('hydrates in place: same nodes, no skeleton, no feed request, and the list answers', async () => {
    const page = await browser.newPage();
    // A visitor in the edition's zone, as most are: the page the server drew is theirs.
    await page.emulateTimezone('Asia/Shanghai');
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.evaluateOnNewDocument(WATCH);
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const result = await page.evaluate(async () => {
      type Widget = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };
      const state = (window as unknown as { __sx: Record<string, unknown> }).__sx as {
        skeleton: string[];
        first: Record<string, Element | null>;
        errors: string[];
      };
      const events = document.querySelector('sx-events') as Widget;
      const countdown = document.querySelector('sx-countdown') as Widget;
      await customElements.whenDefined('sx-events');
      // Hydration waits for the embedded data: poll a frame at a time until both have updated.
      while (!events.hasUpdated || !countdown.hasUpdated) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await events.updateComplete;
      await countdown.updateComplete;
      const root = events.shadowRoot!;
      const firstItem = root.querySelector('[part~="item"]');
      const star = root.querySelector<HTMLButtonElement>('[part~="star"]');
      const pressedBefore = star?.getAttribute('aria-pressed');
      star?.click();
      await events.updateComplete;
      return {
        sameItem: firstItem !== null && firstItem === state.first['sx-events'],
        sameValue:
          state.first['sx-countdown'] !== null &&
          countdown.shadowRoot!.querySelector('[part~="value"]') === state.first['sx-countdown'],
        skeleton: state.skeleton,
        errors: state.errors,
        pressedBefore,
        pressedAfter: star?.getAttribute('aria-pressed'),
      };
    });
    await page.close();
    expect(consoleErrors, 'console errors').to.deep.equal([]);
    expect(result.errors).to.deep.equal([]);
    expect(result.skeleton, 'widgets that showed a skeleton').to.deep.equal([]);
    expect(result.sameItem, "the server's first event node survived").to.equal(true);
    expect(result.sameValue, "the server's countdown value node survived").to.equal(true);
    expect(result.pressedBefore).to.equal('false');
    expect(result.pressedAfter, 'the star button works after hydration').to.equal('true');
    // The page, its script chunks, and nothing else: no feed, no JSON.
    expect(
      requests.filter((path) => !/^\/(index\.html)?$|^\/out\/.+\.js$/.test(path)),
    ).to.deep.equal([]);
  });

  it('a visitor in another time zone gets the list drawn again, once, not the error state', async () => {
    const page = await browser.newPage();
    await page.emulateTimezone('America/Los_Angeles');
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const shown = await page.evaluate(async () => {
      const events = document.querySelector('sx-events') as HTMLElement & {
        updateComplete: Promise<boolean>;
        hasUpdated: boolean;
      };
      await customElements.whenDefined('sx-events');
      while (!events.hasUpdated) await new Promise((resolve) => requestAnimationFrame(resolve));
      await events.updateComplete;
      const root = events.shadowRoot!;
      return {
        bases: root.querySelectorAll('[part~="base"]').length,
        items: root.querySelectorAll('[part~="item"]').length,
        error: root.querySelector('[part~="error"]') !== null,
      };
    });
    await page.close();
    expect(consoleErrors).to.deep.equal([]);
    expect(shown).to.deep.equal({ bases: 1, items: 5, error: false });
  });
});
