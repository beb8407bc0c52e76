/**
 * The other `sx-feed` commands: template, validate, ics, html, serve, help; and the real binary,
 * spawned, for its exit codes.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import ICAL from 'ical.js';
import { serveCommand } from '../../cli/commands/serve.js';
import { memoryIo } from '../../cli/io.js';
import { COMMANDS, MESSAGES } from '../../cli/messages.js';
import { renderProgrammeHtml } from '../../cli/render-html.js';
import { startServer, type RunningServer } from '../../cli/serve.js';
import { createClient } from '../../src/client/client.js';
import type { ProgrammeEvent } from '../../src/feed/types.js';
import {
  EVENT_HEADER,
  eventRow,
  FROZEN_NOW,
  runCli,
  tempDir,
  writeEdition,
  writeSheet,
} from '../support/cli-harness.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';
import { memoryStorage } from '../support/memory-storage.js';

const repoRoot = join(import.meta.dirname, '../..');
const XSS = '<img src=x onerror=alert(1)></script><script>alert(1)</script>';

describe('sx-feed commands', function () {
  this.timeout(60_000);
  let dir: string;
  let remove: () => Promise<void>;
  /** A built, split feed in `dir/out`: Taiyuan (2 events), Datong (1), one with an XSS title. */
  let feedDir: string;

  before(async () => {
    ({ dir, remove } = await tempDir());
    await writeEdition(join(dir, 'edition.json'));
    await writeSheet(join(dir, 'events.csv'), [
      [...EVENT_HEADER, '详情链接'],
      [...eventRow('t1', { 标题: XSS, 简介: 'a & b < c' }), 'javascript:alert(1)'],
      [...eventRow('t2', { 日期: '5月31日', 主题: '生命健康' }), 'https://example.org/t2?a=1&b=2'],
      [...eventRow('d1', { 城市: '大同', 日期: '6月1日' }), ''],
    ]);
    const built = await runCli(
      [
        'build',
        '--edition',
        'edition.json',
        '--events',
        'events.csv',
        '--out',
        'out',
        '--split',
        'city',
      ],
      dir,
    );
    // The unsafe link is a warning (left out); every row is written.
    expect(built.code, built.stdout).to.equal(0);
    feedDir = join(dir, 'out');
  });
  after(() => remove());

  describe('template', () => {
    it('writes BOM-marked CSV templates and edition.json that build cleanly as they are', async () => {
      const target = join(dir, 'tpl');
      const run = await runCli(['template', 'tpl'], dir);
      expect(run.code).to.equal(0);
      expect((await readdir(target)).sort()).to.deep.equal([
        'edition.json',
        'events.csv',
        'labs.csv',
        'stories.csv',
      ]);
      for (const sheet of ['events.csv', 'labs.csv', 'stories.csv']) {
        const bytes = await readFile(join(target, sheet));
        expect([...bytes.subarray(0, 3)], sheet).to.deep.equal([0xef, 0xbb, 0xbf]);
        const lines = bytes.toString('utf8').slice(1).split('\r\n');
        expect(lines[0], sheet).to.match(/^编号,/);
      }
      const edition = JSON.parse(await readFile(join(target, 'edition.json'), 'utf8'));
      expect(edition).to.include({ id: 'shanxi-2025', timeZone: 'Asia/Shanghai' });

      const built = await runCli(
        [
          'build',
          '--edition',
          'edition.json',
          '--events',
          'events.csv',
          '--labs',
          'labs.csv',
          '--stories',
          'stories.csv',
          '--out',
          'out',
          '--json',
        ],
        target,
      );
      const report = JSON.parse(built.stdout) as {
        exitCode: number;
        issues: unknown[];
        sheets: { written: number }[];
      };
      // The example rows are samples (示例 = 是): each says so once; the edition is not a sample.
      expect(report.issues).to.deep.equal(
        [
          ['events.csv', 'AE'],
          ['labs.csv', 'AA'],
          ['stories.csv', 'V'],
        ].map(([file, columnLetter]) => ({
          file,
          row: 2,
          column: '示例',
          columnLetter,
          value: '是',
          message: MESSAGES.en.sampleRow(false),
          severity: 'warning',
        })),
      );
      expect(edition).to.include({ sample: false });
      expect(report.exitCode).to.equal(0);
      expect(report.sheets.map((s) => s.written)).to.deep.equal([1, 1, 1]);
    });

    it('keeps existing files unless --force', async () => {
      const target = join(dir, 'tpl2');
      await mkdir(target);
      await writeFile(join(target, 'events.csv'), 'mine');
      const run = await runCli(['template', target], dir);
      expect(run.stderr).to.include('exists and was kept');
      expect(await readFile(join(target, 'events.csv'), 'utf8')).to.equal('mine');
      await runCli(['template', target, '--force'], dir);
      expect(await readFile(join(target, 'events.csv'), 'utf8')).to.match(/^\uFEFF编号/);
    });
  });

  describe('validate', () => {
    const writeDoc = async (name: string, doc: unknown) => {
      await writeFile(join(dir, name), JSON.stringify(doc));
      return name;
    };

    it('exits 0 for a clean feed (directory, manifest file, or URL)', async () => {
      for (const source of [feedDir, join(feedDir, 'manifest.json')]) {
        const run = await runCli(['validate', source], dir);
        expect(run.code, source).to.equal(0);
        expect(run.stdout).to.include('no problems');
      }
      const server = await startServer(feedDir, 0);
      try {
        const run = await runCli(['validate', `${server.url}manifest.json`], dir);
        expect(run.code).to.equal(0);
      } finally {
        await server.close();
      }
    });

    it('exits 0 with warnings alone, and says so', async () => {
      const name = await writeDoc('warn.json', {
        schemaVersion: '1.0',
        edition: testEdition(),
        events: [testEvent({ url: 'javascript:alert(1)' })],
      });
      const run = await runCli(['validate', name], dir);
      expect(run.code).to.equal(0);
      expect(run.stdout).to.match(/events\[0\]\.url: warning: /);
      expect(run.stdout).to.include('no errors, some warnings');
    });

    it('exits 1 for errors: a dropped record, a missing resource, an unknown major', async () => {
      const dropped = await writeDoc('err.json', {
        schemaVersion: '1.0',
        edition: testEdition(),
        events: [testEvent(), testEvent({ id: 'x', city: '999999' })],
      });
      const run = await runCli(['validate', dropped, '--json'], dir);
      expect(run.code).to.equal(1);
      const report = JSON.parse(run.stdout) as { errors: number; issues: { path: string }[] };
      expect(report.errors).to.equal(1);
      expect(report.issues[0]!.path).to.equal('events[1].city');

      const manifest = JSON.parse(await readFile(join(feedDir, 'manifest.json'), 'utf8'));
      manifest.resources.labs = 'labs.missing.json';
      await writeFile(join(feedDir, 'broken.json'), JSON.stringify(manifest));
      const missing = await runCli(['validate', join(feedDir, 'broken.json')], dir);
      expect(missing.code).to.equal(1);
      expect(missing.stdout).to.include('labs.missing.json');

      const major = await writeDoc('v2.json', {
        schemaVersion: '2.0',
        edition: testEdition(),
        events: [],
      });
      expect((await runCli(['validate', major], dir)).code).to.equal(1);
    });

    it('exits 2 when it cannot read: no such file, not JSON, nobody listening', async () => {
      expect((await runCli(['validate', 'nope.json'], dir)).code).to.equal(2);
      await writeFile(join(dir, 'garbage.json'), '{"schemaVersion": "1.0", ');
      const garbage = await runCli(['validate', 'garbage.json'], dir);
      expect(garbage.code).to.equal(2);
      expect(garbage.stdout).to.include('is not valid JSON');
      const server = await startServer(feedDir, 0);
      const { url } = server;
      await server.close();
      expect((await runCli(['validate', `${url}manifest.json`], dir)).code).to.equal(2);
    });
  });

  describe('ics', () => {
    it('writes one calendar that ical.js reads, filtered by city and topic names', async () => {
      const all = await runCli(['ics', feedDir, '-o', 'all.ics'], dir);
      expect(all.code).to.equal(0);
      const parse = async (file: string) => {
        const calendar = new ICAL.Component(ICAL.parse(await readFile(join(dir, file), 'utf8')));
        return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      };
      const events = await parse('all.ics');
      expect(events.map((e) => e.uid).sort()).to.deep.equal(
        ['d1', 't1', 't2'].map((id) => `${id}@shanxi-2025.sx-science-week`),
      );
      const t1 = events.find((e) => e.uid.startsWith('t1@'))!;
      expect(t1.summary).to.equal(XSS);
      expect(t1.startDate.toJSDate().toISOString()).to.equal('2025-05-30T06:00:00.000Z');

      const run = await runCli(
        ['ics', feedDir, '--city', '太原', '--topic', 'Life and health', '-o', 'ty.ics'],
        dir,
      );
      expect(run.code).to.equal(0);
      expect(run.stderr).to.include('ty.ics (1 event)');
      expect((await parse('ty.ics')).map((e) => e.uid)).to.deep.equal([
        't2@shanxi-2025.sx-science-week',
      ]);
    });

    it('writes to stdout without -o, and refuses an unknown city', async () => {
      const run = await runCli(['ics', feedDir, '--city', 'Datong'], dir);
      expect(run.stdout).to.match(/^BEGIN:VCALENDAR\r\n/);
      expect(run.stdout.match(/BEGIN:VEVENT/g)).to.have.length(1);
      const bad = await runCli(['ics', feedDir, '--city', '火星'], dir);
      expect(bad.code).to.equal(2);
      expect(bad.stderr).to.include('火星');
    });
  });

  describe('html', () => {
    const scripts = (html: string) => html.match(/<script\b[^>]*>/gi) ?? [];
    const jsonLd = (html: string) =>
      JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as {
        '@graph': { name: string; startDate: string; url?: string }[];
      };

    it('renders the programme by day, escaped, with JSON-LD as its only script', async () => {
      const run = await runCli(['html', feedDir, '-o', 'snippet.html', '--lang', 'zh-CN'], dir);
      expect(run.code).to.equal(0);
      const html = await readFile(join(dir, 'snippet.html'), 'utf8');
      expect(scripts(html)).to.deep.equal(['<script type="application/ld+json">']);
      expect(html).not.to.include('<img');
      expect(html).to.include('&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&lt;script&gt;');
      expect(html).to.include('a &amp; b &lt; c');
      expect(html).not.to.match(/javascript:/i);
      expect(html).to.include(
        '<a href="https://example.org/t2?a=1&amp;b=2" rel="noopener noreferrer">',
      );
      const days = [...html.matchAll(/<h3><time datetime="([\d-]+)">([^<]+)<\/time><\/h3>/g)].map(
        (m) => [m[1], m[2]],
      );
      expect(days).to.deep.equal([
        ['2025-05-30', '5月30日 周五'],
        ['2025-05-31', '5月31日 周六'],
        ['2025-06-01', '6月1日 周日'],
      ]);
      // The day is the heading: under it, the event's hours on that day.
      expect(html).to.include('<time datetime="2025-05-30T14:00:00+08:00">14:00–16:00</time>');
      // Inside the JSON-LD, `<` is \u003c: the XSS title cannot close the script.
      expect(html).to.include('\\u003c/script\\u003e');
      const graph = jsonLd(html)['@graph'];
      expect(graph.map((e) => e.name)).to.include(XSS);
      expect(graph[0]).to.deep.include({
        '@type': 'Event',
        startDate: '2025-05-30T14:00:00+08:00',
      });
    });

    it('renders in English with --lang en', async () => {
      const run = await runCli(['html', feedDir, '--city', 'Datong', '--lang', 'en'], dir, 'en');
      expect(run.stdout).to.include('<section class="sx-programme" lang="en"');
      expect(run.stdout).to.include('>14:00–16:00</time> · Datong');
    });

    it('links only safe URLs even when handed unvalidated records', () => {
      const events: ProgrammeEvent[] = [
        testEvent({ id: 'a', url: 'javascript:alert(1)', title: '"><svg onload=alert(1)>' }),
        testEvent({ id: 'b', url: ' data:text/html,<script>alert(1)</script>' }),
      ];
      const html = renderProgrammeHtml(events, testEdition(), { lang: 'en' });
      expect(html).not.to.match(/javascript:|data:text/i);
      expect(html).not.to.include('<svg');
      expect(scripts(html)).to.have.length(1);
    });
  });

  describe('serve', () => {
    let server: RunningServer;
    let hashed: string;

    before(async () => {
      const { io } = memoryIo(MESSAGES.en, () => FROZEN_NOW, dir);
      server = await serveCommand([feedDir, '--port', '0'], io);
      hashed = (await readdir(feedDir)).find((f) => /^events-140100\.[0-9a-f]{8}\.json$/.test(f))!;
    });
    after(() => server.close());

    it('serves the manifest with JSON type, an ETag, no-cache and CORS', async () => {
      const response = await fetch(`${server.url}manifest.json`);
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).to.equal('no-cache');
      expect(response.headers.get('access-control-allow-origin')).to.equal('*');
      expect(response.headers.get('etag')).to.match(/^"[\w-]+"$/);
      expect(await response.json()).to.have.property('resources');
    });

    it('answers If-None-Match with 304 and an empty body, and a changed ETag with 200', async () => {
      const first = await fetch(`${server.url}${hashed}`);
      const etag = first.headers.get('etag')!;
      expect(first.headers.get('cache-control')).to.equal('public, max-age=31536000, immutable');
      const again = await fetch(`${server.url}${hashed}`, { headers: { 'If-None-Match': etag } });
      expect(again.status).to.equal(304);
      expect(await again.text()).to.equal('');
      expect(again.headers.get('etag')).to.equal(etag);
      const other = await fetch(`${server.url}${hashed}`, {
        headers: { 'If-None-Match': '"other"' },
      });
      expect(other.status).to.equal(200);
    });

    it('serves the directory index, answers preflights, and nothing outside the directory', async () => {
      expect((await fetch(server.url)).headers.get('content-type')).to.equal(
        'application/json; charset=utf-8',
      );
      const preflight = await fetch(`${server.url}manifest.json`, { method: 'OPTIONS' });
      expect(preflight.status).to.equal(204);
      expect(preflight.headers.get('access-control-allow-origin')).to.equal('*');
      expect((await fetch(`${server.url}nope.json`)).status).to.equal(404);
      expect((await fetch(`${server.url}..%2Fedition.json`)).status).to.equal(404);
      expect((await fetch(`${server.url}%2e%2e/events.csv`)).status).to.equal(404);
    });

    it('feeds the SDK client, which loads only the city files it needs', async () => {
      const client = createClient({ src: `${server.url}manifest.json`, storage: memoryStorage() });
      const datong = await client.events({ city: '140200' });
      expect(datong.issues).to.deep.equal([]);
      expect(datong.data.map((e) => e.id)).to.deep.equal(['d1']);
      const all = await client.events();
      expect(all.data.map((e) => e.id).sort()).to.deep.equal(['d1', 't1', 't2']);
    });
  });

  describe('help and usage', () => {
    for (const command of COMMANDS) {
      it(`${command} --help in Chinese and English`, async () => {
        const zh = await runCli([command, '--help'], dir, 'zh-CN');
        const en = await runCli([command, '-h'], dir, 'en');
        expect([zh.code, en.code]).to.deep.equal([0, 0]);
        expect(zh.stdout).to.include(`用法:sx-feed ${command}`);
        expect(en.stdout).to.include(`Usage: sx-feed ${command}`);
      });
    }

    it('prints the overview for --help and exits 2 for an unknown command or option', async () => {
      expect((await runCli(['--help'], dir, 'zh-CN')).stdout).to.include(
        'sx-feed —— 科技活动周数据发布工具',
      );
      const unknown = await runCli(['publish'], dir);
      expect(unknown.code).to.equal(2);
      expect(unknown.stderr).to.include('unknown command "publish"');
      const option = await runCli(['validate', feedDir, '--colour'], dir);
      expect(option.code).to.equal(2);
      expect(option.stderr).to.include('--colour');
    });
  });

  describe('the sx-feed binary (spawned with npx tsx)', () => {
    const exec = promisify(execFile);
    const sxFeed = async (args: string[], env: Record<string, string> = {}) => {
      try {
        const { stdout, stderr } = await exec('npx', ['tsx', 'cli/sx-feed.ts', ...args], {
          cwd: repoRoot,
          env: { ...process.env, ...env },
        });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
      }
    };

    it('exits 0, 1 and 2 as documented, and picks the language from LANG', async () => {
      const sheet = join(dir, 'spawn.csv');
      await writeSheet(sheet, [EVENT_HEADER, eventRow('ok'), eventRow('bad', { 城市: '太园' })]);
      const [build, clean, unreadable] = await Promise.all([
        sxFeed(
          [
            'build',
            '--edition',
            join(dir, 'edition.json'),
            '--events',
            sheet,
            '--out',
            join(dir, 'spawn-out'),
          ],
          {
            LANG: 'en_GB.UTF-8',
          },
        ),
        sxFeed(['validate', feedDir], { LANG: 'zh_CN.UTF-8' }),
        sxFeed(['validate', join(dir, 'missing.json')]),
      ]);
      expect(build.code, build.stderr).to.equal(1);
      expect(build.stdout).to.include('spawn.csv, row 3, column F "城市": error');
      expect(clean.code, clean.stderr).to.equal(0);
      expect(clean.stdout).to.include('没有问题');
      expect(unreadable.code).to.equal(2);
    });
  });
});
