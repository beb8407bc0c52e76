/**
 * The problem list to send back (--report problems.csv), the terminal summary past 50 problems,
 * --version, and file, network and port errors in the interface language.
 */
import { once } from 'node:events';
import { readFile, mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect } from 'chai';
import { parseCsv } from '../../cli/csv.js';
import { INPUT_MESSAGES } from '../../cli/messages-input.js';
import { excelSafe } from '../../cli/report-csv.js';
import { startServer } from '../../cli/serve.js';
import { packageVersion } from '../../cli/version.js';
import {
  EVENT_HEADER,
  eventRow,
  runCli,
  tempDir,
  writeEdition,
  writeSheet,
} from '../support/cli-harness.js';

const en = INPUT_MESSAGES.en;
const zh = INPUT_MESSAGES['zh-CN'];

describe('sx-feed: reports and errors', function () {
  this.timeout(30_000);
  let dir: string;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, remove } = await tempDir());
    await writeEdition(join(dir, 'edition.json'));
  });
  afterEach(() => remove());

  describe('--report', () => {
    it('writes one line per problem, UTF-8 with a BOM, grouped by file in reading order', async () => {
      await writeSheet(join(dir, 'b.csv'), [
        EVENT_HEADER,
        eventRow('b1', { 城市: '太园' }),
        eventRow('b2'),
      ]);
      await writeSheet(join(dir, 'a.csv'), [
        EVENT_HEADER,
        eventRow('a1', { 城市: '=HYPERLINK("x")' }),
      ]);
      const run = await runCli(
        [
          'build',
          '--edition',
          'edition.json',
          '--events',
          'b.csv',
          'a.csv',
          '--out',
          'out',
          '--report',
          'problems.csv',
        ],
        dir,
        'zh-CN',
      );
      expect(run.code).to.equal(1);
      expect(run.stdout).to.include(zh.reportWritten('problems.csv', 2));
      const bytes = await readFile(join(dir, 'problems.csv'));
      expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const table = parseCsv(bytes.toString('utf8'));
      expect(table.header).to.deep.equal([
        '文件',
        '工作表',
        '行',
        '列',
        '表头',
        '单元格内容',
        '级别',
        '说明',
      ]);
      expect(table.rows.map((r) => r.cells.slice(0, 7))).to.deep.equal([
        ['b.csv', '', '2', 'F', '城市', '太园', '错误'],
        ['a.csv', '', '2', 'F', '城市', `'=HYPERLINK("x")`, '错误'],
      ]);
      expect(bytes.toString('utf8')).to.include('\r\n');
    });

    it('is written even when the build stops, with the reason', async () => {
      await writeSheet(join(dir, 'h.csv'), [EVENT_HEADER]);
      const run = await runCli(
        [
          'build',
          '--edition',
          'edition.json',
          '--events',
          'h.csv',
          '--out',
          'out',
          '--report',
          'p.csv',
        ],
        dir,
      );
      expect(run.code).to.equal(2);
      expect(await readFile(join(dir, 'p.csv'), 'utf8')).to.include(
        en.fileKind('header-only', 'h.csv'),
      );
    });

    it('neutralises cells Excel would run as formulas, but not numbers', () => {
      expect(
        ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '-5', '+86', '太原'].map(excelSafe),
      ).to.deep.equal(["'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", '-5', '+86', '太原']);
    });
  });

  it('summarises past 50 problems: counts per file and column, and where the full list is', async () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      eventRow(`r${i}`, { 城市: i < 55 ? '太园' : '太原', 主题: i >= 55 ? '量子' : '人工智能' }),
    );
    await writeSheet(join(dir, 'many.csv'), [EVENT_HEADER, ...rows]);
    const args = ['build', '--edition', 'edition.json', '--events', 'many.csv', '--out', 'out'];
    const plain = await runCli(args, dir);
    const lines = plain.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('many.csv, row'))).to.have.length(50);
    expect(plain.stdout).to.include(en.summaryHeader(50, 60));
    expect(plain.stdout).to.include(
      en.summaryFile('many.csv', 55, 5, 'column "城市" 55, column "主题" 5'),
    );
    expect(plain.stdout).to.include(en.fullListHint());
    const withReport = await runCli([...args, '--report', 'p.csv'], dir);
    expect(withReport.stdout).to.include(en.fullListAt('p.csv'));
  });

  it('prints the version', async () => {
    const version = JSON.parse(
      await readFile(join(import.meta.dirname, '../../package.json'), 'utf8'),
    ).version;
    expect(packageVersion()).to.equal(version);
    expect((await runCli(['--version'], dir)).stdout).to.equal(`sx-feed ${version}\n`);
  });

  describe('validate: files and URLs', () => {
    let server: Server;
    let base: string;
    let closed: string;
    before(async () => {
      const gone = createServer().listen(0, '127.0.0.1');
      await once(gone, 'listening');
      closed = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/feed.json`;
      gone.close();
      await once(gone, 'close');
      server = createServer((req, res) => {
        if (req.url === '/slow') return; // never answers
        res.writeHead(req.url === '/broken' ? 500 : 404).end();
      });
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => {
      server.closeAllConnections();
      server.close();
    });

    const cases: [string, () => string[], (lang: typeof en) => string][] = [
      ['a missing file', () => ['nope.json'], (m) => m.fsError('ENOENT', 'nope.json')],
      [
        'a URL that answers 404',
        () => [`${base}/feed.json`],
        (m) => m.netFailed(`${base}/feed.json`, { kind: 'status', status: 404 }),
      ],
      [
        'a URL that answers 500',
        () => [`${base}/broken`],
        (m) => m.netFailed(`${base}/broken`, { kind: 'status', status: 500 }),
      ],
      [
        'a URL that times out',
        () => [`${base}/slow`, '--timeout', '0.3'],
        (m) => m.netFailed(`${base}/slow`, { kind: 'timeout', seconds: 0.3 }),
      ],
      ['nobody listening', () => [closed], (m) => m.netFailed(closed, { kind: 'refused' })],
    ];
    for (const [what, args, message] of cases) {
      for (const lang of ['en', 'zh-CN'] as const) {
        it(`exits 2 for ${what}, in ${lang}, with no raw error code`, async () => {
          const run = await runCli(['validate', ...args()], dir, lang);
          expect(run.code).to.equal(2);
          expect(run.stdout).to.include(message(INPUT_MESSAGES[lang]));
          expect(run.stdout + run.stderr).not.to.match(
            /\bat .*\.ts:\d+|ENOENT:|ECONNREFUSED|fetch failed/,
          );
        });
      }
    }

    it('says a directory without a manifest cannot be read, in words', async () => {
      await mkdir(join(dir, 'feed'));
      const run = await runCli(['validate', 'feed'], dir);
      expect(run.code).to.equal(2);
      expect(run.stdout).to.include('feed/manifest.json');
      expect(run.stdout).to.include('no such file or directory. Check the path');
    });
  });

  describe('serve', () => {
    it('says in one line that the port is taken, exit 2', async () => {
      const taken = await startServer(dir, 0);
      const port = Number(new URL(taken.url).port);
      try {
        for (const lang of ['en', 'zh-CN'] as const) {
          const run = await runCli(['serve', '.', '--port', String(port)], dir, lang);
          expect(run.code).to.equal(2);
          expect(run.stderr).to.equal(INPUT_MESSAGES[lang].portInUse(port) + '\n');
        }
      } finally {
        await taken.close();
      }
    });

    it('says a missing directory is missing, exit 2', async () => {
      const run = await runCli(['serve', 'nowhere', '--port', '0'], dir);
      expect(run.code).to.equal(2);
      expect(run.stderr).to.equal(en.fsError('ENOENT', 'nowhere') + '\n');
    });
  });
});
