/**
 * Helpers for the CLI tests: a temp directory per suite, sheets written as real files (in any
 * encoding), and the CLI run in-process with a frozen clock and captured output.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { memoryIo } from '../../cli/io.js';
import { main } from '../../cli/main.js';
import { MESSAGES, type Lang } from '../../cli/messages.js';
import { toCsv } from '../../cli/csv.js';
import type { Edition } from '../../src/feed/types.js';
import { testEdition } from './fixture-edition.js';

/** The instant every test run "now" is: during the 2025 week. */
export const FROZEN_NOW = new Date('2025-05-28T10:00:00+08:00');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `sx-feed <args>` in-process in `cwd`. */
export async function runCli(args: string[], cwd: string, lang: Lang = 'en'): Promise<CliRun> {
  const { io, stdout, stderr } = memoryIo(MESSAGES[lang], () => FROZEN_NOW, cwd);
  const code = await main(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

export async function tempDir(
  prefix = 'sx-feed-',
): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export type SheetEncoding = 'utf8' | 'utf8-bom' | 'gbk';

/** Writes rows as a CSV file in the given encoding; `eol` LF turns Excel's CRLF into LF. */
export async function writeSheet(
  path: string,
  rows: string[][],
  options: { encoding?: SheetEncoding; eol?: '\r\n' | '\n' } = {},
): Promise<void> {
  let text = toCsv(rows);
  if (options.eol === '\n') text = text.replace(/\r\n/g, '\n');
  const encoding = options.encoding ?? 'utf8';
  const bytes =
    encoding === 'gbk'
      ? iconv.encode(text, 'gbk')
      : Buffer.from((encoding === 'utf8-bom' ? '\uFEFF' : '') + text, 'utf8');
  await writeFile(path, bytes);
}

/** By default the test edition as organisers publish it: real, not samples (`sample: false`). */
export async function writeEdition(
  path: string,
  edition: Edition = { ...testEdition(), sample: false },
): Promise<void> {
  await writeFile(path, JSON.stringify(edition, null, 2));
}

export const EVENT_HEADER = [
  '编号',
  '标题',
  '活动形式',
  '主题',
  '面向对象',
  '城市',
  '场馆',
  '日期',
  '开始时间',
  '结束时间',
  '主办单位',
  '是否免费',
  '简介',
];

/** One valid events-sheet row (matching EVENT_HEADER), with cells overridden by column name. */
export function eventRow(id: string, overrides: Record<string, string> = {}): string[] {
  const base: Record<string, string> = {
    编号: id,
    标题: `活动 ${id}`,
    活动形式: '专家讲座',
    主题: '人工智能、航空航天',
    面向对象: '公众',
    城市: '太原',
    场馆: '山西省科学技术馆',
    日期: '2025-05-30',
    开始时间: '14:00',
    结束时间: '16:00',
    主办单位: '示例主办单位',
    是否免费: '是',
    简介: '',
  };
  const cells = { ...base, ...overrides };
  return EVENT_HEADER.map((column) => cells[column] ?? '');
}
