/**
 * `sx-feed bundle`: the folder holds the CDN build, the feed, the builder preset to the folder and
 * the deployment notes; served by a plain static server (types only: no CORS, no cache headers),
 * every widget loads from it in Chromium, and so does the builder's preview.
 *
 * Needs the build (`npx rollup -c`): the bundle copies dist/cdn and dist/builder.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { runCli, tempDir } from '../support/cli-harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FEED = join(ROOT, 'src/data/shanxi-2025');
const BUILT =
  existsSync(join(ROOT, 'dist/cdn/loader.js')) && existsSync(join(ROOT, 'dist/builder/index.html'));
const PORT = 9153;
const TAGS = ['sx-countdown', 'sx-events', 'sx-lab-map', 'sx-story-card'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The plainest static server: files and their types, nothing else. */
function staticServer(dir: string, extra: Record<string, string>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (extra[path]) {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(extra[path]);
      return;
    }
    const file = resolve(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep)) return void res.writeHead(404).end();
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((done) => server.listen(PORT, '127.0.0.1', () => done(server)));
}

const partnerPage = (
  base: string,
) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<script type="module" src="${base}cdn/loader.js"></script></head><body>
${TAGS.map((tag) => `<${tag} src="${base}feed/manifest.json" now="2025-05-28T10:00:00+08:00"></${tag}>`).join('\n')}
</body></html>`;

describe('sx-feed bundle', function () {
  this.timeout(60_000);
  let dir: string;
  let remove: () => Promise<void>;
  let out: string;
  let server: Server;
  let browser: Browser;
  const base = `http://127.0.0.1:${PORT}/`;

  before(async function () {
    if (!BUILT) {
      console.warn(
        '    (skipped: run `npx rollup -c` first; the bundle copies dist/cdn and dist/builder)',
      );
      this.skip();
    }
    ({ dir, remove } = await tempDir());
    out = join(dir, 'bundle');
    const run = await runCli(['bundle', FEED, '--out', out], dir);
    expect(run.code, run.stderr).to.equal(0);
    server = await staticServer(out, { '/partner.html': partnerPage(base) });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    await remove?.();
  });

  it('holds the loader, the chunks, the feed, the builder and both deployment notes', async () => {
    for (const file of [
      'cdn/loader.js',
      'cdn/widgets/events.js',
      'feed/manifest.json',
      'index.html',
      'builder/builder.js',
      '部署说明.txt',
      'DEPLOY.txt',
    ]) {
      expect(existsSync(join(out, file)), file).to.equal(true);
    }
    const notes = await readFile(join(out, 'DEPLOY.txt'), 'utf8');
    expect(notes).to.match(/immutable\s+cdn\/chunks\/\S+-[\w-]{8}\.js/);
    expect(notes).to.match(/no-cache\s+feed\/manifest\.json/);
    expect(notes).to.include('Access-Control-Allow-Origin');
    expect(await readFile(join(out, '部署说明.txt'), 'utf8')).to.include('对象存储');
    expect(existsSync(join(out, 'cdn/loader.js.map'))).to.equal(false);
  });

  it("presets the builder to --base when the folder's address is known", async () => {
    const run = await runCli(
      ['bundle', FEED, '--out', join(dir, 'based'), '--base', 'https://kx.example.cn/week'],
      dir,
    );
    expect(run.code, run.stderr).to.equal(0);
    const html = await readFile(join(dir, 'based', 'index.html'), 'utf8');
    const preset = JSON.parse(
      /id="sx-builder-preset">\s*(.*?)\s*<\/script>/s.exec(html)![1]!,
    ) as Record<string, string>;
    expect(preset.loader).to.equal('https://kx.example.cn/week/cdn/loader.js');
    expect(preset.src).to.equal('https://kx.example.cn/week/feed/manifest.json');
    expect(html).to.include('src="./builder/builder.js"');
    const bad = await runCli(['bundle', FEED, '--out', join(dir, 'x'), '--base', 'ftp://x'], dir);
    expect(bad.code).to.equal(2);
  });

  it('refuses a folder that is not empty, exit 2', async () => {
    const run = await runCli(['bundle', FEED, '--out', out], dir);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.include('not empty');
  });

  it('loads every widget from the bundle, on the bundled feed', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on(
      'response',
      (r) =>
        r.status() >= 400 &&
        !r.url().endsWith('/favicon.ico') &&
        failed.push(`${r.status()} ${r.url()}`),
    );
    await page.goto(`${base}partner.html`);
    const texts = await page.waitForFunction(
      (tags: string[]) => {
        const read = tags.map((tag) => {
          const root = document.querySelector(tag)?.shadowRoot;
          const busy =
            !root || root.querySelector('[part~="loading"]') || !root.textContent?.trim();
          return busy
            ? null
            : {
                tag,
                text: root.textContent!.replace(/\s+/g, ' '),
                error: Boolean(root.querySelector('[part~="error"]')),
              };
        });
        return read.every(Boolean) ? read : null;
      },
      { timeout: 30_000 },
      TAGS,
    );
    const shown = (await texts.jsonValue()) as { tag: string; text: string; error: boolean }[];
    const feed = JSON.parse(await readFile(join(FEED, 'feed.json'), 'utf8')) as {
      events: { title: string }[];
      labs: { name: string }[];
      stories: { name: string }[];
    };
    const byTag = Object.fromEntries(shown.map((s) => [s.tag, s]));
    for (const s of shown) expect(s.error, `${s.tag}: ${s.text.slice(0, 200)}`).to.equal(false);
    expect(feed.events.some((e) => byTag['sx-events']!.text.includes(e.title))).to.equal(true);
    expect(feed.labs.some((l) => byTag['sx-lab-map']!.text.includes(l.name))).to.equal(true);
    // A sample story's heading shows the person without the "示例人物 · " prefix (the badge says it).
    const personal = (name: string) => name.split(' · ').pop()!;
    expect(
      feed.stories.some((s) => byTag['sx-story-card']!.text.includes(personal(s.name))),
    ).to.equal(true);
    expect(failed).to.deep.equal([]);
    await page.close();
  });

  it("serves the builder preset to the folder's own address", async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.waitForSelector('html[data-ready]');
    const snippet = await page.$eval('#snippet', (code) => code.textContent);
    expect(snippet).to.include(`<script type="module" src="${base}cdn/loader.js"></script>`);
    expect(snippet).to.include(`src="${base}feed/manifest.json"`);
    const frame = await (await page.$('#frame-host iframe'))!.contentFrame();
    await frame.waitForFunction(() =>
      document.querySelector('sx-countdown')?.shadowRoot?.textContent?.trim(),
    );
    await page.close();
  });
});
