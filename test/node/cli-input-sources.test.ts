/**
 * Several inputs make one feed: repeated options, lists after an option (as a shell expands a
 * glob), quoted globs, directories and workbooks (every sheet or a named one). Nothing given is
 * ignored: an argument that nothing uses is an error that names it.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { INPUT_MESSAGES } from '../../cli/messages-input.js';
import type { FeedManifest, ProgrammeEvent } from '../../src/feed/types.js';
import { citiesWorkbook, organiserWorkbook } from '../fixtures/sheets/input/xlsx-fixtures.js';
import {
  EVENT_HEADER,
  eventRow,
  runCli,
  tempDir,
  writeEdition,
  writeSheet,
} from '../support/cli-harness.js';

const en = INPUT_MESSAGES.en;

describe('sx-feed build: several inputs and workbooks', function () {
  this.timeout(30_000);
  let dir: string;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, remove } = await tempDir());
    await writeEdition(join(dir, 'edition.json'));
    await mkdir(join(dir, 'cities'));
    await writeSheet(join(dir, 'cities', 'taiyuan.csv'), [
      EVENT_HEADER,
      eventRow('ty1'),
      eventRow('ty2'),
    ]);
    await writeSheet(
      join(dir, 'cities', 'datong.csv'),
      [EVENT_HEADER, eventRow('dt1', { 城市: '大同' })],
      {
        encoding: 'gbk',
      },
    );
    await writeSheet(join(dir, 'cities', 'notes.md'), [['not a sheet']]);
  });
  afterEach(() => remove());

  const built = async (...inputs: string[]) =>
    runCli(['build', '--edition', 'edition.json', ...inputs, '--out', 'out'], dir);
  const ids = async () => {
    const manifest = JSON.parse(
      await readFile(join(dir, 'out', 'manifest.json'), 'utf8'),
    ) as FeedManifest;
    const events = JSON.parse(
      await readFile(join(dir, 'out', manifest.resources.events as string), 'utf8'),
    ) as ProgrammeEvent[];
    return events.map((e) => e.id);
  };

  const ways: [string, string[]][] = [
    ['a repeated option', ['--events', 'cities/taiyuan.csv', '--events', 'cities/datong.csv']],
    [
      'a list after the option (a shell-expanded glob)',
      ['--events', 'cities/taiyuan.csv', 'cities/datong.csv'],
    ],
    ['a quoted glob', ['--events', 'cities/*.csv']],
    ['a directory', ['--events', 'cities']],
    [
      'a directory and a file it holds (read once)',
      ['--events', 'cities', '--events', 'cities/datong.csv'],
    ],
  ];
  for (const [way, args] of ways) {
    it(`reads every file given as ${way}`, async () => {
      const run = await built(...args);
      expect(run.code, run.stdout).to.equal(0);
      expect((await ids()).sort()).to.deep.equal(['dt1', 'ty1', 'ty2']);
      expect(run.stdout).to.include('cities/taiyuan.csv: 2 rows, 2 written');
      expect(run.stdout).to.include('cities/datong.csv: 1 rows, 1 written');
    });
  }

  const unused: [string, string[], string][] = [
    ['before any option', ['stray.csv', '--edition', 'edition.json', '--out', 'out'], 'stray.csv'],
    ['after --out', ['--edition', 'edition.json', '--out', 'out', 'extra'], 'extra'],
    ['after --edition', ['--edition', 'edition.json', 'other.json', '--out', 'out'], 'other.json'],
    [
      'after a boolean option',
      ['--edition', 'edition.json', '--strict', 'x.csv', '--out', 'out'],
      'x.csv',
    ],
  ];
  for (const [where, args, arg] of unused) {
    it(`refuses an argument nothing uses (${where}), naming it`, async () => {
      const run = await runCli(['build', ...args], dir);
      expect(run.code).to.equal(2);
      expect(run.stderr).to.include(en.unusedArgument(arg));
    });
  }

  it('names a pattern that matches nothing, a missing file and an empty directory', async () => {
    await mkdir(join(dir, 'empty'));
    const run = await built(
      '--events',
      'nowhere/*.csv',
      '--labs',
      'missing.csv',
      '--stories',
      'empty',
    );
    expect(run.code).to.equal(2);
    expect(run.stdout).to.include(en.noMatch('nowhere/*.csv'));
    expect(run.stdout).to.include(en.fsError('ENOENT', 'missing.csv'));
    expect(run.stdout).to.include(en.noSheetsInDir('empty'));
  });

  it('refuses the whole build when one of several files is unreadable', async () => {
    const run = await built('--events', 'cities/taiyuan.csv', 'cities/notes.md');
    expect(run.code).to.equal(2);
    expect(run.stdout).to.include(en.fileKind('unknown-extension', 'cities/notes.md'));
  });

  it('reports an id used in two files at the later row, naming the first', async () => {
    await writeSheet(join(dir, 'cities', 'again.csv'), [
      EVENT_HEADER,
      eventRow('x'),
      // Another activity under an id the first file already used.
      eventRow('ty1', { 标题: '另一场活动', 开始时间: '18:00', 结束时间: '19:00' }),
    ]);
    const run = await built('--events', 'cities/taiyuan.csv', 'cities/again.csv');
    expect(run.code).to.equal(1);
    const lines = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('cities/again.csv, row 3'));
    expect(lines.join('\n')).to.include(
      `error: ${en.duplicateAcross('ty1', 'cities/taiyuan.csv', 2)}`,
    );
    expect((await ids()).sort()).to.deep.equal(['ty1', 'ty2', 'x']);
  });

  describe('.xlsx', () => {
    it('reads every sheet with a header: merged cells, date and time cells, formulas, rich text', async () => {
      await organiserWorkbook(join(dir, 'book.xlsx'));
      const run = await built('--events', 'book.xlsx');
      expect(run.code, run.stdout).to.equal(0);
      const manifest = JSON.parse(
        await readFile(join(dir, 'out', 'manifest.json'), 'utf8'),
      ) as FeedManifest;
      const events = JSON.parse(
        await readFile(join(dir, 'out', manifest.resources.events as string), 'utf8'),
      ) as ProgrammeEvent[];
      expect(events.map((e) => [e.id, e.title, e.city, e.start, e.end])).to.deep.equal([
        ['x1', '走进实验室', '140100', '2025-05-30T14:00:00+08:00', '2025-05-30T16:30:00+08:00'],
        ['x2', '公式标题', '140100', '2025-05-30T14:00:00+08:00', '2025-05-30T16:30:00+08:00'],
        ['x3', '活动 x3', '140200', '2025-05-30T14:00:00+08:00', '2025-05-30T16:30:00+08:00'],
      ]);
      expect(run.stdout).to.include(`book.xlsx#活动: 3 rows, 3 written`);
      expect(run.stdout).to.include(`warning: ${en.sheetSkipped('说明')}`);
      expect(run.stdout).not.to.include('hidden1');
      expect(run.stdout).to.include(
        `book.xlsx, sheet "活动", row 4, column M "简介": warning: ${en.formulaError('#N/A')}`,
      );
    });

    it('reads one sheet named after #, and says which sheets exist when the name is wrong', async () => {
      await citiesWorkbook(join(dir, 'cities.xlsx'), [
        ['太原', '太原'],
        ['大同', '大同'],
      ]);
      const one = await built('--events', 'cities.xlsx#大同');
      expect(one.code, one.stdout).to.equal(0);
      expect(await ids()).to.deep.equal(['s2-1']);
      const all = await built('--events', 'cities.xlsx');
      expect(all.code).to.equal(0);
      expect(await ids()).to.deep.equal(['s1-1', 's2-1']);
      const wrong = await built('--events', 'cities.xlsx#忻州');
      expect(wrong.code).to.equal(2);
      expect(wrong.stdout).to.include(en.noSuchSheet('cities.xlsx', '忻州', ['太原', '大同']));
    });

    it('names file, sheet, row, column letter and header in every cell message', async () => {
      await citiesWorkbook(join(dir, 'bad.xlsx'), [['运城', '运城州']]);
      const run = await built('--events', 'bad.xlsx', '--allow-shrink');
      expect(run.code).to.equal(1);
      expect(run.stdout).to.match(
        /bad\.xlsx, sheet "运城", row 2, column F "城市": error: unknown city "运城州"/,
      );
    });
  });
});
