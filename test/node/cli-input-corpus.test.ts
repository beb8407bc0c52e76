/**
 * The organiser input corpus (test/fixtures/sheets/input/): what each file gives, and for every
 * file that is not a usable sheet, exit 2, the exact message, and not one byte written.
 */
/* eslint-disable no-control-regex -- the test looks for control characters */
import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { INPUT_MESSAGES } from '../../cli/messages-input.js';
import { runCli, tempDir, writeEdition } from '../support/cli-harness.js';

const CORPUS = join(import.meta.dirname, '../fixtures/sheets/input');
const en = INPUT_MESSAGES.en;
const zh = INPUT_MESSAGES['zh-CN'];

describe('sx-feed build: the organiser input corpus', function () {
  this.timeout(30_000);
  let dir: string;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, remove } = await tempDir());
    await writeEdition(join(dir, 'edition.json'));
  });
  afterEach(() => remove());

  const build = async (file: string, lang: 'en' | 'zh-CN' = 'en', extra: string[] = []) => {
    await copyFile(join(CORPUS, file), join(dir, file));
    return runCli(
      ['build', '--edition', 'edition.json', '--events', file, '--out', 'out', ...extra],
      dir,
      lang,
    );
  };

  const readable: [file: string, rows: number][] = [
    ['taiyuan-gbk-crlf.csv', 3],
    ['datong-utf8-bom.csv', 2],
    ['jinzhong-utf16le.tsv', 2],
    ['yangquan-utf16le-nobom.tsv', 2],
    ['changzhi-utf16be.tsv', 2],
  ];
  for (const [file, rows] of readable) {
    it(`reads ${file}: every row written`, async () => {
      const run = await build(file);
      expect(run.code, run.stdout).to.equal(0);
      expect(run.stdout).to.include(`${file}: ${rows} rows, ${rows} written, 0 not written`);
    });
  }

  const refused: [file: string, message: (f: string) => string][] = [
    ['poster.png', (f) => en.fileKind('png', f)],
    ['poster-renamed.csv', (f) => en.fileKind('png', f)],
    ['notice.pdf', (f) => en.fileKind('pdf', f)],
    ['old-excel.xls', (f) => en.fileKind('ole', f)],
    ['damaged.xlsx', (f) => en.fileKind('broken-xlsx', f)],
    ['truncated-text.xlsx', (f) => en.fileKind('broken-xlsx', f)],
    ['binary.csv', (f) => en.fileKind('binary', f)],
    ['empty.csv', (f) => en.fileKind('empty', f)],
    ['bom-only.csv', (f) => en.fileKind('bom-only', f)],
    ['blank-lines.csv', (f) => en.fileKind('blank', f)],
    ['header-only.csv', (f) => en.fileKind('header-only', f)],
    ['western-latin1.csv', (f) => en.encodingUnsure(f)],
    ['french-latin1.csv', (f) => en.notUtf8OrGbk(f)],
  ];
  for (const [file, message] of refused) {
    it(`refuses ${file}: exit 2, says what it is, writes nothing`, async () => {
      const run = await build(file);
      expect(run.code).to.equal(2);
      expect(run.stdout).to.include(`error: ${message(file)}`);
      expect(run.stdout).to.include(en.nothingWritten());
      expect(existsSync(join(dir, 'out')), 'no output directory').to.equal(false);
    });
  }

  it('says the same in Chinese', async () => {
    const run = await build('poster.png', 'zh-CN');
    expect(run.stdout).to.include(`错误:${zh.fileKind('png', 'poster.png')}`);
    expect(run.stdout).to.include(zh.nothingWritten());
  });

  it('reads the Latin-1 sheet when told its encoding (and then finds no known columns)', async () => {
    const run = await build('western-latin1.csv', 'en', ['--encoding', 'latin1']);
    expect(run.stdout).not.to.include(en.encodingUnsure('western-latin1.csv'));
    expect(run.stdout).to.include('western-latin1.csv, row 1, column A "Titel": warning');
  });

  it('reports an unclosed quote at the row where it opens, naming every line it swallowed', async () => {
    const run = await build('unclosed-quote.csv');
    expect(run.code).to.equal(1);
    const line = run.stdout.split('\n').find((l) => l.includes('never closed'))!;
    expect(line).to.match(/^unclosed-quote\.csv, row 3, column B "标题": error: /);
    expect(line).to.include('swallowed the 2 lines after it (line 4 “q3,');
    expect(line).to.include('line 5 “q4,');
    expect(run.stdout).to.include('unclosed-quote.csv: 2 rows, 1 written, 1 not written');
  });

  it('reports a quote that closes rows later, naming the rows it swallowed', async () => {
    const run = await build('swallowing-quote.csv');
    expect(run.code).to.equal(1);
    const line = run.stdout.split('\n').find((l) => l.includes('closes only'))!;
    expect(line).to.match(/^swallowing-quote\.csv, row 3, column B "标题": error: /);
    expect(line).to.include('line 4 “s3,');
    expect(line).to.include('line 5 “s4,关上了"”');
  });

  it('removes control characters from cells, reports each cell, and never prints or writes them', async () => {
    const run = await build('control-chars.csv');
    expect(run.code).to.equal(0);
    expect(run.stdout).to.include(
      `control-chars.csv, row 2, column B "标题": warning: ${en.controlChars(2)}`,
    );
    expect(run.stdout).to.include(`row 3, column G "场馆": warning: ${en.controlChars(2)}`);
    expect(run.stdout).to.include(`row 4, column M "简介": warning: ${en.controlChars(1)}`);
    expect(run.stdout).not.to.match(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    const out = await import('node:fs/promises').then((fs) => fs.readdir(join(dir, 'out')));
    const events = out.find((f) => f.startsWith('events.'))!;
    const json = await import('node:fs/promises').then((fs) =>
      fs.readFile(join(dir, 'out', events), 'utf8'),
    );
    expect(json).not.to.match(/\\u00(1b|07|9b)|[\x00-\x1f\x7f-\x9f]/);
    expect(json).to.include('红色标题');
  });
});
