/**
 * `sx-feed build`: real sheet files in a temp directory, in every encoding and shape organisers
 * produce, through to a feed that the SDK and the shipped JSON Schema both accept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { Ajv, type ValidateFunction } from 'ajv';
import { build, type BuildOptions, type BuildResult } from '../../cli/commands/build.js';
import { memoryIo } from '../../cli/io.js';
import { MESSAGES } from '../../cli/messages.js';
import { loadFeed } from '../../cli/read-feed.js';
import type { FeedManifest, Lab, Story, ProgrammeEvent } from '../../src/feed/types.js';
import { validateEvents, validateFeed } from '../../src/feed/validate.js';
import {
  EVENT_HEADER,
  eventRow,
  FROZEN_NOW,
  runCli,
  tempDir,
  writeEdition,
  writeSheet,
  type SheetEncoding,
} from '../support/cli-harness.js';
import { testEdition } from '../support/fixture-edition.js';

const readJson = async <T>(path: string): Promise<T> =>
  JSON.parse(await readFile(path, 'utf8')) as T;

async function runBuild(cwd: string, options: Partial<BuildOptions>): Promise<BuildResult> {
  const { io } = memoryIo(MESSAGES.en, () => FROZEN_NOW, cwd);
  return build({ edition: 'edition.json', out: 'out', ...options }, io);
}

async function outputEvents(dir: string, manifest: FeedManifest): Promise<ProgrammeEvent[]> {
  const ref = manifest.resources.events;
  if (ref === undefined) return [];
  const files = typeof ref === 'string' ? [ref] : Object.values(ref.byCity);
  const lists = await Promise.all(files.map((file) => readJson<ProgrammeEvent[]>(join(dir, file))));
  return lists.flat();
}

/** Every data row either reached the output or has an error in the report: nothing vanishes. */
function expectConservation(
  result: BuildResult,
  file: string,
  idsOut: string[],
  idsIn: Map<number, string>,
) {
  const stats = result.sheets.find((s) => s.file === file)!;
  expect(stats.written + stats.rejected, 'written + rejected').to.equal(stats.total);
  expect(stats.total, 'rows counted').to.equal(idsIn.size);
  const errorRows = new Set(
    result.issues.filter((i) => i.file === file && i.severity === 'error').map((i) => i.row),
  );
  for (const row of stats.rejectedRows)
    expect(errorRows.has(row), `row ${row} reported`).to.equal(true);
  const rejected = new Set(stats.rejectedRows);
  const out = new Set(idsOut);
  for (const [row, id] of idsIn) {
    expect(out.has(id) !== rejected.has(row), `row ${row} (${id}) is out xor rejected`).to.equal(
      true,
    );
  }
}

describe('sx-feed build', function () {
  this.timeout(60_000);
  let dir: string;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    ({ dir, remove } = await tempDir());
    await writeEdition(join(dir, 'edition.json'));
  });
  afterEach(() => remove());

  const tricky = (): string[][] => [
    EVENT_HEADER,
    eventRow('e1', { 标题: '机器人, 无人机与“AI”', 简介: '第一行\n第二行, 还有"引号"' }),
    ['', '', '', '', '', '', '', '', '', '', '', '', ''],
    eventRow('e2', { 城市: 'Datong', 日期: '5月31日', 开始时间: '9:00', 结束时间: '11:30' }),
    eventRow('e3', { 活动形式: '科普讲解/大赛', 面向对象: '青少年、教师', 是否免费: '否' }),
  ];

  for (const encoding of ['utf8', 'utf8-bom', 'gbk'] as SheetEncoding[]) {
    for (const eol of ['\r\n', '\n'] as const) {
      it(`reads a ${encoding} sheet with ${eol === '\n' ? 'LF' : 'CRLF'} line ends`, async () => {
        await writeSheet(join(dir, 'events.csv'), tricky(), { encoding, eol });
        const result = await runBuild(dir, { events: 'events.csv' });
        expect(result.issues).to.deep.equal([]);
        expect(result.exitCode).to.equal(0);
        const events = await outputEvents(join(dir, 'out'), result.written!.manifest);
        expect(events.map((e) => e.id)).to.deep.equal(['e1', 'e2', 'e3']);
        const [e1, e2, e3] = events as [ProgrammeEvent, ProgrammeEvent, ProgrammeEvent];
        expect(e1.title).to.equal('机器人, 无人机与“AI”');
        // CSV keeps the sheet's own line break inside a cell.
        expect(e1.summary!.replace(/\r\n/g, '\n')).to.equal('第一行\n第二行, 还有"引号"');
        expect(e1).to.include({
          category: 'lecture',
          city: '140100',
          start: '2025-05-30T14:00:00+08:00',
          end: '2025-05-30T16:00:00+08:00',
          free: true,
        });
        expect(e1.topics).to.deep.equal(['ai', 'aerospace']);
        expect(e2).to.include({
          city: '140200',
          start: '2025-05-31T09:00:00+08:00',
          end: '2025-05-31T11:30:00+08:00',
        });
        expect(e3).to.include({ category: 'explainer-contest', free: false });
        expect(e3.audience).to.deep.equal(['youth', 'teachers']);
      });
    }
  }

  it('gives the same file names to the same content, whatever the sheet encoding', async () => {
    const rows = tricky().map((row) => row.map((cell) => cell.replace(/\n/g, ' ')));
    await writeSheet(join(dir, 'a.csv'), rows, { encoding: 'gbk' });
    await writeSheet(join(dir, 'b.csv'), rows, { encoding: 'utf8-bom', eol: '\n' });
    const a = await runBuild(dir, { events: 'a.csv', out: 'out-a' });
    const b = await runBuild(dir, { events: 'b.csv', out: 'out-b' });
    const again = await runBuild(dir, { events: 'a.csv', out: 'out-c' });
    expect(a.written!.manifest.resources.events).to.match(/^events\.[0-9a-f]{8}\.json$/);
    expect(b.written!.manifest.resources).to.deep.equal(a.written!.manifest.resources);
    expect(again.written!.files).to.deep.equal(a.written!.files);

    rows[1]![1] = '改过的标题';
    await writeSheet(join(dir, 'c.csv'), rows);
    const changed = await runBuild(dir, { events: 'c.csv', out: 'out-d' });
    expect(changed.written!.manifest.resources.events).not.to.equal(
      a.written!.manifest.resources.events,
    );
  });

  it('reports every bad row by file, row and column, and still writes every good row', async () => {
    await writeSheet(join(dir, 'events.csv'), [
      [...EVENT_HEADER, '备忘'],
      [...eventRow('ok1'), ''], // row 2
      [...eventRow('bad-city', { 城市: '太园' }), ''], // row 3
      [...eventRow('bad-time', { 开始时间: '25:00' }), ''], // row 4
      EVENT_HEADER.map(() => ''), // row 5: blank, skipped
      [...eventRow('bad-form', { 活动形式: '展览', 主题: '量子、人工智能' }), ''], // row 6
      [...eventRow('ok1', { 标题: '重复' }), ''], // row 7: duplicate id
      [...eventRow('no-place', { 场馆: '' }), ''], // row 8: the SDK drops it
      [...eventRow('no end', {}), ''], // row 9: an id the SDK refuses
      [...eventRow('warn', { 是否免费: '也许', 主题: '量子' }), 'x'], // row 10: written, with warnings
      [...eventRow('no-title', { 标题: '' }), ''], // row 11
    ]);
    const result = await runBuild(dir, { events: 'events.csv' });
    const brief = result.issues.map((i) => [i.row, i.column, i.severity]);
    expect(brief).to.deep.equal([
      [1, '备忘', 'warning'],
      [3, '城市', 'error'],
      [4, '开始时间', 'error'],
      [6, '活动形式', 'error'],
      [6, '主题', 'warning'],
      [7, '编号', 'error'],
      [8, '场馆', 'error'],
      [9, '编号', 'error'],
      [10, '主题', 'warning'],
      [10, '是否免费', 'warning'],
      [11, '标题', 'error'],
    ]);
    expect(result.issues.every((i) => i.file === 'events.csv')).to.equal(true);
    expect(result.issues[1]!.message).to.include('太园');
    expect(result.exitCode).to.equal(1);

    const events = await outputEvents(join(dir, 'out'), result.written!.manifest);
    expect(events.map((e) => e.id)).to.deep.equal(['ok1', 'warn']);
    // 也许 ("maybe") says nothing about the price: unknown, not free.
    expect(events[1]).to.not.have.property('free');
    expect(result.issues.find((i) => i.row === 6 && i.severity === 'error')!.message).to.include(
      'did you mean "展览展示 (Exhibition)"?',
    );
    expect(events[1]!.topics).to.deep.equal([]);
    const idsIn = new Map<number, string>([
      [2, 'ok1'],
      [3, 'bad-city'],
      [4, 'bad-time'],
      [6, 'bad-form'],
      [7, 'ok1-dup'],
      [8, 'no-place'],
      [9, 'no end'],
      [10, 'warn'],
      [11, 'no-title'],
    ]);
    expectConservation(
      result,
      'events.csv',
      events.map((e) => e.id),
      idsIn,
    );
  });

  it('prints the report with rows and columns, in Chinese and English, and as JSON', async () => {
    await writeSheet(join(dir, 'events.csv'), [
      EVENT_HEADER,
      eventRow('a'),
      eventRow('b', { 城市: '太园' }),
    ]);
    const args = ['build', '--edition', 'edition.json', '--events', 'events.csv', '--out', 'out'];
    const en = await runCli(args, dir, 'en');
    expect(en.code).to.equal(1);
    expect(en.stdout).to.include('events.csv, row 3, column F "城市": error: unknown city "太园"');
    expect(en.stdout).to.include('events.csv: 2 rows, 1 written, 1 not written');
    expect(en.stdout).to.include('Cache-Control: public, max-age=31536000, immutable');
    const zh = await runCli(args, dir, 'zh-CN');
    expect(zh.stdout).to.include('events.csv 第 3 行 F 列「城市」:错误:未知城市“太园”');
    expect(zh.stdout).to.include('events.csv:共 2 行,写出 1 行,未写出 1 行');
    const json = await runCli([...args, '--json'], dir);
    const report = JSON.parse(json.stdout) as {
      exitCode: number;
      errors: number;
      issues: unknown[];
      sheets: unknown[];
    };
    expect(report).to.deep.include({ exitCode: 1, errors: 1 });
    expect(report.issues).to.deep.equal([
      {
        file: 'events.csv',
        row: 3,
        column: '城市',
        columnLetter: 'F',
        value: '太园',
        message: MESSAGES.en.unknownCity(
          '太园',
          testEdition().cities.map((c) => `${c.short} (${c.nameEn})`),
        ),
        severity: 'error',
      },
    ]);
  });

  it('prints progress to stderr with --progress (and not otherwise when not on a terminal)', async () => {
    const rows = [EVENT_HEADER, ...Array.from({ length: 2500 }, (_, i) => eventRow(`p${i}`))];
    await writeSheet(join(dir, 'events.csv'), rows);
    const args = ['build', '--edition', 'edition.json', '--events', 'events.csv', '--out', 'out'];
    const quiet = await runCli(args, dir);
    expect(quiet.stderr).to.equal('');
    const loud = await runCli([...args, '--progress'], dir);
    expect(loud.stderr.split('\n').filter(Boolean)).to.deep.equal([
      'reading events.csv (utf-8): 2500 rows',
      'events.csv: 1000/2500',
      'events.csv: 2000/2500',
    ]);
  });

  it('takes the edition from a published manifest too', async () => {
    await writeFile(
      join(dir, 'manifest.json'),
      JSON.stringify({ schemaVersion: '1.0', edition: testEdition(), resources: {} }),
    );
    await writeSheet(join(dir, 'events.csv'), [EVENT_HEADER, eventRow('a')]);
    const result = await runBuild(dir, { edition: 'manifest.json', events: 'events.csv' });
    expect(result.exitCode).to.equal(0);
    expect(result.written!.manifest.edition.id).to.equal('shanxi-2025');
  });

  it('warns when the edition is marked as samples, and fails with --strict', async () => {
    await writeEdition(join(dir, 'edition.json'), testEdition()); // sample: true
    await writeSheet(join(dir, 'events.csv'), [EVENT_HEADER, eventRow('a')]);
    const args = ['build', '--edition', 'edition.json', '--events', 'events.csv', '--out', 'out'];
    const loose = await runCli(args, dir, 'zh-CN');
    expect(loose.code).to.equal(0);
    expect(loose.stdout).to.include(
      `edition.json sample:警告:${MESSAGES['zh-CN'].sampleEdition(false)}`,
    );
    const strict = await runCli([...args, '--strict'], dir, 'en');
    expect(strict.code).to.equal(1);
    expect(strict.stdout).to.include(
      `edition.json, sample: error: ${MESSAGES.en.sampleEdition(true)}`,
    );
  });

  it('fills merged-cell blanks with --fill-down (repeatable, comma lists)', async () => {
    const rows = [
      EVENT_HEADER,
      eventRow('a'),
      eventRow('b', { 城市: '' }),
      eventRow('c', { 城市: '' }),
    ];
    await writeSheet(join(dir, 'events.csv'), rows);
    const args = ['build', '--edition', 'edition.json', '--events', 'events.csv', '--out', 'out'];
    const hint = await runCli(args, dir, 'zh-CN');
    expect(hint.code).to.equal(1);
    expect(hint.stdout).to.include('可能来自合并单元格:可用 --fill-down 城市');
    for (const option of [
      ['--fill-down', '城市'],
      ['--fill-down', 'city,主办单位'],
    ]) {
      const filled = await runCli([...args, ...option], dir);
      expect(filled.code, option.join(' ')).to.equal(0);
    }
  });

  it('exits 0 with warnings, and 1 with warnings under --strict', async () => {
    await writeSheet(join(dir, 'events.csv'), [EVENT_HEADER, eventRow('a', { 主题: '量子' })]);
    const args = ['build', '--edition', 'edition.json', '--events', 'events.csv', '--out', 'out'];
    expect((await runCli(args, dir)).code).to.equal(0);
    const strict = await runCli([...args, '--strict'], dir);
    expect(strict.code).to.equal(1);
    expect(strict.stdout).to.include('--strict: 1 warning');
  });

  it('exits 2 and writes nothing when a sheet or the edition cannot be read', async () => {
    const missing = await runCli(
      ['build', '--edition', 'edition.json', '--events', 'nope.csv', '--out', 'out'],
      dir,
    );
    expect(missing.code).to.equal(2);
    expect(missing.stdout).to.include('cannot read');
    await writeSheet(join(dir, 'events.csv'), [EVENT_HEADER, eventRow('a')]);
    await writeFile(
      join(dir, 'bad-edition.json'),
      JSON.stringify({ ...testEdition(), timeZone: 'Mars/Base' }),
    );
    const badEdition = await runCli(
      ['build', '--edition', 'bad-edition.json', '--events', 'events.csv', '--out', 'out'],
      dir,
    );
    expect(badEdition.code).to.equal(2);
    expect(badEdition.stdout).to.include('timeZone');
    expect(existsSync(join(dir, 'out'))).to.equal(false);
    const gbkForcedUtf8 = join(dir, 'gbk.csv');
    await writeSheet(gbkForcedUtf8, [EVENT_HEADER, eventRow('a')], { encoding: 'gbk' });
    const forced = await runCli(
      [
        'build',
        '--edition',
        'edition.json',
        '--events',
        'gbk.csv',
        '--encoding',
        'utf8',
        '--out',
        'out',
      ],
      dir,
    );
    expect(forced.code).to.equal(2);
    expect(forced.stdout).to.include('is not UTF-8');
    const usage = await runCli(['build', '--edition', 'edition.json'], dir);
    expect(usage.code).to.equal(2);
    expect(usage.stderr).to.include('--out');
  });

  it('reads labs (one row per opening) and stories', async () => {
    await writeSheet(join(dir, 'labs.csv'), [
      [
        '编号',
        '名称',
        '类型',
        '依托单位',
        '城市',
        '纬度',
        '经度',
        '开放日期',
        '开放时间',
        '是否需要预约',
        '名额',
      ],
      [
        'lab1',
        '煤化学重点实验室',
        '重点实验室',
        '示例研究所',
        '太原',
        '37.853',
        '112.548',
        '5月30日',
        '9:00-12:00',
        '是',
        '40',
      ],
      ['lab1', '', '', '', '', '', '', '5月31日', '14:00-17:00', '否', ''], // row 3: a second opening
      [
        '',
        '科普基地',
        '科普(教育)基地',
        '示例馆',
        '晋中',
        '',
        '',
        '2025-05-30',
        '9:00-17:00',
        '',
        '',
      ], // row 4
      ['', '', '', '', '', '', '', '2025-05-31', '9:00-17:00', '', ''], // row 5: continues row 4
      ['lab3', '坏实验室', '研究所', '示例', '太原', '', '', '5月30日', '9:00-12:00', '', ''], // row 6: bad kind
      ['lab3', '', '', '', '', '', '', '5月31日', '9:00-12:00', '', ''], // row 7: its lab is gone
      ['lab1', '', '', '', '', '', '', '5月32日', '9:00-12:00', '', ''], // row 8: bad date
    ]);
    await writeSheet(join(dir, 'stories.csv'), [
      ['编号', '姓名', '单位', '荣誉', '标题', '摘要', '正文', '科学家精神', '主题', '引语'],
      [
        's1',
        '示例科学家',
        '示例大学',
        '2024年最美科技工作者、国家科学技术奖(2023)、省劳动模范',
        '标题',
        '摘要',
        '第一段\n第二段',
        '创新、奉献',
        '生命健康',
        '',
      ],
      ['s2', '另一位', '示例所', '', '标题二', '摘要二', '', '', '', '没有出处的话'],
      ['s3', '', '示例所', '', '标题三', '摘要三', '', '', '', ''],
    ]);
    const result = await runBuild(dir, { labs: 'labs.csv', stories: 'stories.csv' });
    const out = join(dir, 'out');
    const { manifest } = result.written!;
    const labs = await readJson<Lab[]>(join(out, manifest.resources.labs as string));
    expect(
      labs.map((l) => [l.id.startsWith('l-') ? 'derived' : l.id, l.openings.length]),
    ).to.deep.equal([
      ['lab1', 2],
      ['derived', 2],
    ]);
    expect(labs[0]!.openings[0]).to.deep.equal({
      start: '2025-05-30T09:00:00+08:00',
      end: '2025-05-30T12:00:00+08:00',
      booking: { required: true, capacity: 40 },
    });
    expect(labs[1]).to.deep.include({ kind: 'popsci-base', city: '140700' });
    // No coordinates: the city's centre, said to be approximate, and a warning.
    expect(labs[1]!.location).to.deep.equal({ lat: 37.696, lng: 112.73, precise: false });
    const labIssues = result.issues
      .filter((i) => i.file === 'labs.csv')
      .map((i) => [i.row, i.severity]);
    expect(labIssues).to.deep.equal([
      [4, 'warning'],
      [6, 'error'],
      [7, 'error'],
      [8, 'error'],
    ]);
    const labStats = result.sheets.find((s) => s.file === 'labs.csv')!;
    expect(labStats).to.deep.include({
      total: 7,
      written: 4,
      rejected: 3,
      rejectedRows: [6, 7, 8],
    });

    const stories = await readJson<Story[]>(join(out, manifest.resources.stories as string));
    expect(stories.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(stories[0]!.honours).to.deep.equal([
      { award: 'most-beautiful', year: 2024 },
      { award: 'national-sci-tech', year: 2023 },
      { award: '省劳动模范' },
    ]);
    expect(stories[0]!.body).to.deep.equal(['第一段', '第二段']);
    expect(stories[1]!.quote).to.equal(undefined);
    const storyIssues = result.issues
      .filter((i) => i.file === 'stories.csv')
      .map((i) => [i.row, i.column, i.severity]);
    expect(storyIssues).to.deep.equal([
      [3, '引语', 'warning'],
      [4, '姓名', 'error'],
    ]);
  });

  it('splits events per city with --split city', async () => {
    await writeSheet(join(dir, 'events.csv'), [
      EVENT_HEADER,
      eventRow('t1'),
      eventRow('d1', { 城市: '大同' }),
      eventRow('t2', { 城市: '太原市', 日期: '5月31日' }),
      eventRow('y1', { 城市: 'Yuncheng' }),
    ]);
    const result = await runBuild(dir, { events: 'events.csv', split: 'city' });
    expect(result.exitCode).to.equal(0);
    const ref = result.written!.manifest.resources.events as { byCity: Record<string, string> };
    expect(Object.keys(ref.byCity)).to.deep.equal(['140100', '140200', '140800']);
    for (const [code, file] of Object.entries(ref.byCity)) {
      expect(file).to.match(new RegExp(`^events-${code}\\.[0-9a-f]{8}\\.json$`));
      const events = await readJson<ProgrammeEvent[]>(join(dir, 'out', file));
      expect(
        events.every((e) => e.city === code),
        code,
      ).to.equal(true);
    }
    const all = await outputEvents(join(dir, 'out'), result.written!.manifest);
    expect(all.map((e) => e.id).sort()).to.deep.equal(['d1', 't1', 't2', 'y1']);
    // The SDK reads the split feed back whole.
    const loaded = await loadFeed(join(dir, 'out'), { cwd: dir });
    expect(loaded.issues).to.deep.equal([]);
    expect(loaded.events).to.have.length(4);
  });

  it('converts a 10,000-row sheet with every row accounted for', async () => {
    const cities = testEdition().cities.map((city) => city.short);
    const forms = ['专家讲座', '展览展示', '互动体验', '开放日'];
    const rows = [EVENT_HEADER];
    const idsIn = new Map<number, string>();
    for (let i = 0; i < 10_000; i++) {
      const id = `ev${i}`;
      const bad = i % 997 === 996;
      rows.push(
        eventRow(id, {
          城市: bad ? '火星' : cities[i % cities.length]!,
          活动形式: forms[i % forms.length]!,
          日期: `5月${24 + (i % 8)}日`,
          开始时间: `${8 + (i % 10)}:00`,
          结束时间: `${9 + (i % 10)}:30`,
          标题: `活动 ${i}, "第${i}场"`,
        }),
      );
      idsIn.set(i + 2, id);
    }
    await writeSheet(join(dir, 'events.csv'), rows, { encoding: 'utf8-bom' });
    const started = performance.now();
    const result = await runBuild(dir, { events: 'events.csv', split: 'city' });
    const ms = performance.now() - started;
    const events = await outputEvents(join(dir, 'out'), result.written!.manifest);
    expect(events).to.have.length(10_000 - 10);
    expect(result.sheets[0]).to.deep.include({ total: 10_000, written: 9990, rejected: 10 });
    expectConservation(
      result,
      'events.csv',
      events.map((e) => e.id),
      idsIn,
    );
    expect(ms, 'build time (ms)').to.be.below(15_000);
  });

  describe('the built feed', () => {
    let manifest: FeedManifest;
    let out: string;

    beforeEach(async () => {
      await writeSheet(join(dir, 'events.csv'), [
        [...EVENT_HEADER, '线上链接', '报名链接', '报名截止', '图片', '图片说明'],
        [
          ...eventRow('a'),
          '',
          'https://example.org/register',
          '5月28日',
          'https://example.org/a.jpg',
          '活动海报',
        ],
        [...eventRow('b', { 场馆: '' }), 'https://live.example.org/b', '', '', '', ''],
      ]);
      await writeSheet(join(dir, 'labs.csv'), [
        ['名称', '类型', '依托单位', '城市', '纬度', '经度', '开放时间'],
        ['实验室', '中试基地', '单位', '长治', '36.19', '113.1', '2025-05-30 9:00-12:00'],
      ]);
      await writeSheet(join(dir, 'stories.csv'), [
        ['姓名', '单位', '标题', '摘要', '发布时间'],
        ['示例人物', '示例单位', '标题', '摘要', '2025-05-20 10:00'],
      ]);
      const result = await runBuild(dir, {
        events: 'events.csv',
        labs: 'labs.csv',
        stories: 'stories.csv',
      });
      expect(result.issues).to.deep.equal([]);
      manifest = result.written!.manifest;
      out = join(dir, 'out');
    });

    it('has a small manifest naming content-hashed files, dated by the clock', async () => {
      expect(manifest).to.deep.include({
        schemaVersion: '1.0',
        updatedAt: '2025-05-28T10:00:00+08:00',
      });
      expect(
        Object.values(manifest.resources).every((f) => /\.[0-9a-f]{8}\.json$/.test(f as string)),
      ).to.equal(true);
      expect((await readdir(out)).sort()).to.deep.equal(
        [...Object.values(manifest.resources), 'manifest.json'].sort(),
      );
    });

    it('validates with the SDK without a single issue', async () => {
      expect(validateFeed(await readJson(join(out, 'manifest.json'))).issues).to.deep.equal([]);
      const events = await readJson(join(out, manifest.resources.events as string));
      expect(validateEvents(events, testEdition()).issues).to.deep.equal([]);
      const loaded = await loadFeed(out, { cwd: dir });
      expect(loaded.issues).to.deep.equal([]);
      expect([loaded.events.length, loaded.labs.length, loaded.stories.length]).to.deep.equal([
        2, 1, 1,
      ]);
      expect(loaded.events[0]!.registration).to.deep.equal({
        required: true,
        url: 'https://example.org/register',
        deadline: '2025-05-28T23:59:59+08:00',
      });
    });

    const schemaDir = join(import.meta.dirname, '../../schema');
    const schemaFiles = ['feed.schema.json', 'manifest.schema.json'].map((f) => join(schemaDir, f));

    it('validates against the shipped JSON Schema (ajv)', async function () {
      // The schema is generated by the validation tooling; until it exists there is nothing to check.
      if (!schemaFiles.every((f) => existsSync(f))) this.skip();
      const [feedSchema, manifestSchema] = schemaFiles.map(
        (f) => JSON.parse(readFileSync(f, 'utf8')) as { $id: string },
      ) as [{ $id: string }, { $id: string }];
      const ajv = new Ajv({ allErrors: true, strict: false });
      // ajv-formats is not installed; `date` is the only format the schema uses.
      ajv.addFormat('date', (value: string) => {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
        const day = match && new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
        return !!day && day.toISOString().slice(0, 10) === value;
      });
      ajv.addSchema(feedSchema).addSchema(manifestSchema);
      const check = (validate: ValidateFunction, data: unknown, name: string) => {
        const ok = validate(data);
        expect(validate.errors ?? [], name).to.deep.equal([]);
        expect(ok, name).to.equal(true);
      };
      check(
        ajv.getSchema(manifestSchema.$id)!,
        await readJson(join(out, 'manifest.json')),
        'manifest',
      );
      const resources: [keyof FeedManifest['resources'], string][] = [
        ['events', 'SxEvent'],
        ['labs', 'Lab'],
        ['stories', 'Story'],
      ];
      for (const [kind, def] of resources) {
        const list = ajv.compile({
          type: 'array',
          items: { $ref: `${feedSchema.$id}#/$defs/${def}` },
        });
        check(list, await readJson(join(out, manifest.resources[kind] as string)), kind);
      }
      // And the same records as one document.
      const document = {
        schemaVersion: manifest.schemaVersion,
        edition: manifest.edition,
        events: await readJson(join(out, manifest.resources.events as string)),
        labs: await readJson(join(out, manifest.resources.labs as string)),
        stories: await readJson(join(out, manifest.resources.stories as string)),
      };
      check(ajv.getSchema(feedSchema.$id)!, document, 'document');
      // The schema does reject: an event without its title fails.
      const broken = [{ ...(document.events as ProgrammeEvent[])[0], title: undefined }];
      const events = ajv.compile({
        type: 'array',
        items: { $ref: `${feedSchema.$id}#/$defs/SxEvent` },
      });
      expect(events(JSON.parse(JSON.stringify(broken)))).to.equal(false);
    });
  });
});
