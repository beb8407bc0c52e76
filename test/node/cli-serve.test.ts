/**
 * `sx-feed serve` for organisers: a port in use is one line and exit 2 (the real binary, a really
 * occupied port); /preview shows every widget on the served feed with its problems per file and
 * the `src` partners use; `/` in a browser is the builder preset to the served feed, while a
 * script asking for `/` still gets the manifest.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { organiserRoutes } from '../../cli/bundle/serve-routes.js';
import { serveCommand } from '../../cli/commands/serve.js';
import { memoryIo } from '../../cli/io.js';
import { MESSAGES } from '../../cli/messages.js';
import { startServer, type RunningServer } from '../../cli/serve.js';
import { FROZEN_NOW, tempDir } from '../support/cli-harness.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HOSTILE = '<img src=x onerror=alert(1)>';

function runBinary(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'cli/sx-feed.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, SX_FEED_DEBUG: '' },
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

async function writeFeed(dir: string): Promise<void> {
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({
      schemaVersion: '1.0',
      edition: { ...testEdition(), sample: false },
      resources: { events: 'events.json' },
    }),
  );
  await writeFile(
    join(dir, 'events.json'),
    JSON.stringify([
      testEvent({ id: 'ok' }),
      { ...testEvent({ id: 'bad', title: HOSTILE }), url: 'javascript:alert(1)' },
    ]),
  );
}

describe('sx-feed serve for organisers', () => {
  let dir: string;
  let remove: () => Promise<void>;
  before(async () => {
    ({ dir, remove } = await tempDir());
    await writeFeed(dir);
  });
  after(() => remove());

  describe('a port in use', () => {
    let occupied: Server;
    const PORT = 9151;
    before(
      () =>
        new Promise<void>((resolve) => {
          occupied = createServer().listen(PORT, '127.0.0.1', () => resolve());
        }),
    );
    after(() => new Promise<void>((resolve) => occupied.close(() => resolve())));

    for (const [lang, words] of [
      ['en', /port 9151 is already in use/],
      ['zh-CN', /端口 9151 已被占用/],
    ] as const) {
      it(`is one line and exit 2, no stack trace (${lang})`, async () => {
        const run = await runBinary(['serve', dir, '--port', String(PORT), '--lang', lang]);
        expect(run.code).to.equal(2);
        const lines = run.stderr.trim().split('\n');
        expect(lines, run.stderr).to.have.length(1);
        expect(lines[0]).to.match(words);
        expect(run.stderr).not.to.match(/\n\s+at |Error:/);
      });
    }
  });

  describe('pages', () => {
    let server: RunningServer;
    let log: string;
    before(async () => {
      const { io, stderr } = memoryIo(MESSAGES.en, () => FROZEN_NOW, dir);
      server = await serveCommand([dir, '--port', '0'], io);
      log = stderr();
    });
    after(() => server.close());

    it('tells the organiser the builder, the preview and the src for partners', () => {
      expect(log).to.include(`src attribute: ${server.url}manifest.json`);
      expect(log).to.include(`${server.url}preview`);
    });

    it('/preview shows every widget on the served feed, and its problems per file', async () => {
      const response = await fetch(`${server.url}preview`);
      expect(response.headers.get('content-type')).to.equal('text/html; charset=utf-8');
      const html = await response.text();
      const src = `${server.url}manifest.json`;
      for (const tag of ['sx-countdown', 'sx-events', 'sx-lab-map', 'sx-story-card']) {
        expect(html, tag).to.match(new RegExp(`<${tag} src="${src.replace(/\./g, '\\.')}"`));
      }
      expect(html).to.include(`<code>${src}</code>`);
      expect(html).to.include('<script type="module" src="/_sx/cdn/loader.js">');
      const events = /<section data-file="events\.json">([\s\S]*?)<\/section>/.exec(html)![1]!;
      expect(events).to.include('events[1].url');
      expect(/<section data-file="manifest\.json">[\s\S]*?<\/section>/.exec(html)![0]).to.include(
        '(0)',
      );
      expect(html).not.to.include('<img');
    });

    it('still answers a script asking for / with the manifest (a valid src)', async () => {
      const response = await fetch(server.url);
      expect(response.headers.get('content-type')).to.equal('application/json; charset=utf-8');
    });
  });

  describe('the builder at /', () => {
    let server: RunningServer;
    before(async () => {
      const builder = join(dir, 'fake-builder');
      await mkdir(builder, { recursive: true });
      await writeFile(
        join(builder, 'index.html'),
        '<script type="application/json" id="sx-builder-preset">{}</script><script type="module" src="./builder.js"></script>',
      );
      const feedDir = join(dir, 'feed');
      await mkdir(feedDir, { recursive: true });
      await writeFeed(feedDir);
      server = await startServer(
        feedDir,
        0,
        '127.0.0.1',
        organiserRoutes(feedDir, 'zh-CN', { cdn: join(dir, 'no-cdn'), builder }),
      );
    });
    after(() => server.close());

    it('is preset to the served feed and loader when a browser asks', async () => {
      const html = await (await fetch(server.url, { headers: { accept: 'text/html' } })).text();
      const preset = JSON.parse(/id="sx-builder-preset">(.*?)<\/script>/.exec(html)![1]!) as Record<
        string,
        string
      >;
      expect(preset).to.deep.equal({
        loader: `${server.url}_sx/cdn/loader.js`,
        src: `${server.url}manifest.json`,
        lang: 'zh-CN',
      });
      expect(html).to.include('src="/_sx/builder/builder.js"');
      expect((await fetch(`${server.url}_sx/builder/builder.js`)).status).to.equal(404);
      expect((await fetch(`${server.url}_sx/builder/..%2F..%2Fmanifest.json`)).status).to.equal(
        404,
      );
    });
  });
});
