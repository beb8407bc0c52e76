/**
 * A good feed is never overwritten by a worse one: every kind of failed build leaves the previous
 * feed in --out byte for byte as it was, and a build that would shrink it too far stops.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { INPUT_MESSAGES } from '../../cli/messages-input.js';
import {
  EVENT_HEADER,
  eventRow,
  runCli,
  tempDir,
  writeEdition,
  writeSheet,
} from '../support/cli-harness.js';

const en = INPUT_MESSAGES.en;
const CORPUS = join(import.meta.dirname, '../fixtures/sheets/input');

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    files[name] = (await readFile(join(dir, name))).toString('base64');
  }
  return files;
}

describe('sx-feed build: never a worse feed', function () {
  this.timeout(30_000);
  let dir: string;
  let remove: () => Promise<void>;
  let before: Record<string, string>;
  const build = (...args: string[]) =>
    runCli(['build', '--edition', 'edition.json', '--out', 'out', ...args], dir);

  beforeEach(async () => {
    ({ dir, remove } = await tempDir());
    await writeEdition(join(dir, 'edition.json'));
    const rows = Array.from({ length: 10 }, (_, i) => eventRow(`e${i}`));
    await writeSheet(join(dir, 'events.csv'), [EVENT_HEADER, ...rows]);
    await writeSheet(join(dir, 'stories.csv'), [
      ['编号', '姓名', '单位', '标题', '摘要'],
      ['s1', '张工', '示例研究所', '一个示例故事', '示例摘要'],
    ]);
    const first = await build('--events', 'events.csv');
    expect(first.code, first.stdout).to.equal(0);
    before = await snapshot(join(dir, 'out'));
  });
  afterEach(() => remove());

  const failures: [string, () => Promise<string[]>, number, string][] = [
    [
      'an image instead of a sheet',
      async () => {
        await copyFile(join(CORPUS, 'poster.png'), join(dir, 'p.png'));
        return ['--events', 'p.png'];
      },
      2,
      en.fileKind('png', 'p.png'),
    ],
    [
      'an empty file',
      async () => {
        await writeFile(join(dir, 'e.csv'), '');
        return ['--events', 'e.csv'];
      },
      2,
      en.fileKind('empty', 'e.csv'),
    ],
    [
      'a header-only sheet',
      async () => {
        await writeSheet(join(dir, 'h.csv'), [EVENT_HEADER]);
        return ['--events', 'h.csv'];
      },
      2,
      en.fileKind('header-only', 'h.csv'),
    ],
    [
      'a damaged workbook next to a good sheet',
      async () => {
        await copyFile(join(CORPUS, 'damaged.xlsx'), join(dir, 'd.xlsx'));
        return ['--events', 'events.csv', 'd.xlsx'];
      },
      2,
      en.fileKind('broken-xlsx', 'd.xlsx'),
    ],
    [
      'every row rejected (zero records)',
      async () => {
        await writeSheet(join(dir, 'bad.csv'), [
          EVENT_HEADER,
          eventRow('b1', { 城市: '火星' }),
          eventRow('b2', { 城市: '月球' }),
        ]);
        return ['--events', 'bad.csv', '--allow-shrink'];
      },
      1,
      en.zeroRecords('events'),
    ],
    [
      'a feed that would lose most of its events',
      async () => {
        await writeSheet(join(dir, 'few.csv'), [EVENT_HEADER, eventRow('e1'), eventRow('e2')]);
        return ['--events', 'few.csv'];
      },
      1,
      en.wouldShrink('events', 10, 2, 50),
    ],
    [
      'a build without the events sheet at all',
      async () => ['--stories', 'stories.csv'],
      1,
      en.wouldEmpty('events', 10),
    ],
    [
      'an unreadable edition',
      async () => {
        await writeFile(join(dir, 'edition.json'), '{ not json');
        return ['--events', 'events.csv'];
      },
      2,
      'edition.json is not valid JSON',
    ],
  ];
  for (const [kind, args, code, message] of failures) {
    it(`leaves the previous feed byte for byte after ${kind}`, async () => {
      const run = await build(...(await args()));
      expect(run.code, run.stdout).to.equal(code);
      expect(run.stdout).to.include(message);
      expect(run.stdout).to.include(en.nothingWritten());
      expect(await snapshot(join(dir, 'out'))).to.deep.equal(before);
    });
  }

  it('publishes a smaller feed with --allow-shrink, or within --max-shrink', async () => {
    await writeSheet(join(dir, 'few.csv'), [
      EVENT_HEADER,
      ...Array.from({ length: 6 }, (_, i) => eventRow(`e${i}`)),
    ]);
    expect((await build('--events', 'few.csv')).code).to.equal(0); // 40% fewer: within 50%
    await writeSheet(join(dir, 'one.csv'), [EVENT_HEADER, eventRow('e1')]);
    expect((await build('--events', 'one.csv', '--max-shrink', '90')).code).to.equal(0);
    expect((await build('--events', 'events.csv', '--max-shrink', '0')).code).to.equal(0); // growth
    expect((await build('--events', 'one.csv', '--max-shrink', '0')).code).to.equal(1);
    expect((await build('--events', 'one.csv', '--allow-shrink')).code).to.equal(0);
    expect((await build('--events', 'one.csv', '--max-shrink', 'lots')).code).to.equal(2);
  });

  it('writes through temporary names and leaves none behind', async () => {
    await writeSheet(join(dir, 'more.csv'), [
      EVENT_HEADER,
      ...Array.from({ length: 12 }, (_, i) => eventRow(`m${i}`)),
    ]);
    expect((await build('--events', 'more.csv')).code).to.equal(0);
    const names = await readdir(join(dir, 'out'));
    expect(names.filter((n) => n.endsWith('.tmp'))).to.deep.equal([]);
    expect(names).to.include('manifest.json');
  });

  it('stops with the previous feed intact when the output cannot be written', async () => {
    await mkdir(join(dir, 'blocked'));
    await writeFile(join(dir, 'blocked', 'out'), 'a file where the directory should be');
    const run = await runCli(
      ['build', '--edition', 'edition.json', '--events', 'events.csv', '--out', 'blocked/out'],
      dir,
    );
    expect(run.code).to.equal(2);
    expect(run.stdout).to.match(/cannot write .*blocked\/out/);
    expect(existsSync(join(dir, 'blocked', 'out'))).to.equal(true);
    expect(await snapshot(join(dir, 'out'))).to.deep.equal(before);
  });
});
