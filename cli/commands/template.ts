/**
 * `sx-feed template [dir]`: the three sheets with a Chinese header row and one example row each,
 * saved as UTF-8 with a byte-order mark (without it, Excel on Windows reads UTF-8 as GBK and shows
 * mojibake), plus edition.json, a copy of the embedded default edition to edit.
 */
import { access, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadDefaultEdition } from '../../src/data/default-feed.js';
import { parseCommandArgs } from '../args.js';
import { CliError } from '../cli-error.js';
import { COLUMNS, type SheetKind } from '../columns.js';
import { toCsv } from '../csv.js';
import { fsCode } from '../fs-errors.js';
import type { CliIo } from '../io.js';
import { INPUT_MESSAGES } from '../messages-input.js';
import { writeOutput } from '../write-output.js';

/** Template columns in the order an organiser fills them; example values are samples, not facts. */
const TEMPLATE: Record<SheetKind, [key: string, example: string][]> = {
  events: [
    ['id', 'e001'],
    ['title', '走进科技馆:互动科学实验'],
    ['category', '互动体验'],
    ['topics', '人工智能、航空航天'],
    ['audience', '公众、青少年'],
    ['city', '太原'],
    ['venue', '山西省科学技术馆'],
    ['address', '太原市广经路17号(长风文化岛)'],
    ['lat', '37.815'],
    ['lng', '112.527'],
    ['online', ''],
    ['platform', ''],
    ['date', '2025-05-30'],
    ['start', '14:00'],
    ['end', '16:00'],
    ['organiser', '示例主办单位'],
    ['free', '是'],
    ['registration', '否'],
    ['registrationUrl', ''],
    ['capacity', ''],
    ['registrationDeadline', ''],
    ['summary', '面向青少年的科学实验展演与互动体验。'],
    ['url', 'https://example.org/events/e001'],
    ['image', ''],
    ['imageAlt', ''],
    ['accessibility', '场馆设有无障碍通道'],
    ['titleEn', 'Hands-on science experiments at the museum'],
    ['summaryEn', 'Science shows and hands-on experiments for young people.'],
    ['venueEn', 'Shanxi Science and Technology Museum'],
    ['organiserEn', 'Sample organiser'],
    ['sample', '是'],
  ],
  labs: [
    ['id', 'lab001'],
    ['name', '示例重点实验室'],
    ['kind', '重点实验室'],
    ['host', '示例研究所'],
    ['city', '太原'],
    ['address', '太原市示例路1号'],
    ['lat', '37.853'],
    ['lng', '112.548'],
    ['precise', '否'],
    ['topics', '新能源新材料'],
    ['summary', '开放日:参观实验平台,了解新材料研究。'],
    ['date', '2025-05-30'],
    ['start', '09:00'],
    ['end', '12:00'],
    ['booking', '是'],
    ['bookingUrl', 'https://example.org/labs/lab001/book'],
    ['capacity', '40'],
    ['notes', '请携带身份证'],
    ['phone', '0351-0000000'],
    ['email', 'lab@example.org'],
    ['url', 'https://example.org/labs/lab001'],
    ['image', ''],
    ['imageAlt', ''],
    ['nameEn', 'Sample key laboratory'],
    ['hostEn', 'Sample institute'],
    ['summaryEn', 'Open day: visit the research platforms.'],
    ['sample', '是'],
  ],
  stories: [
    ['id', 's001'],
    ['name', '示例科学家'],
    ['affiliation', '示例大学'],
    ['honours', '最美科技工作者 2024'],
    ['headline', '三十年扎根实验室'],
    ['summary', '一个虚构的示例故事,用于预览。请只填写真实、有出处的内容。'],
    ['body', '第一段:示例文字。\n第二段:示例文字。'],
    ['quote', ''],
    ['quoteSource', ''],
    ['quoteUrl', ''],
    ['spirit', '创新、奉献'],
    ['topics', '生命健康'],
    ['image', ''],
    ['imageAlt', ''],
    ['source', '示例来源'],
    ['sourceUrl', 'https://example.org/stories/s001'],
    ['publishedAt', '2025-05-20'],
    ['nameEn', 'Sample Scientist'],
    ['affiliationEn', 'Sample University'],
    ['headlineEn', 'Thirty years at the bench'],
    ['summaryEn', 'A fictional sample story for previews.'],
    ['sample', '是'],
  ],
};

const BOM = '\uFEFF';

/** A sheet's template: Chinese header, one example row, BOM, CRLF. */
export function templateCsv(kind: SheetKind): string {
  const specs = new Map(COLUMNS[kind].map((spec) => [spec.key, spec]));
  const header = TEMPLATE[kind].map(([key]) => specs.get(key)!.zh);
  const example = TEMPLATE[kind].map(([, value]) => value);
  return BOM + toCsv([header, example]);
}

/** The default edition as a starting point for a real one: not marked as samples. */
export function templateEdition<T extends { sample?: boolean }>(edition: T): T {
  return { ...edition, sample: false };
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

export async function runTemplate(args: string[], io: CliIo): Promise<number> {
  const { m } = io;
  const { values, positionals } = parseCommandArgs(args, { force: { type: 'boolean' } });
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw new CliError(INPUT_MESSAGES[m.lang].outputWriteFailed(fsCode(error), dir), 2);
  });
  const files: [name: string, body: () => Promise<string>][] = [
    ['events.csv', async () => templateCsv('events')],
    ['labs.csv', async () => templateCsv('labs')],
    ['stories.csv', async () => templateCsv('stories')],
    // `sample: false`: the organisers' feed is the real programme, not the embedded samples.
    [
      'edition.json',
      async () =>
        JSON.stringify(
          templateEdition((await loadDefaultEdition()) as { sample?: boolean }),
          null,
          2,
        ) + '\n',
    ],
  ];
  const written: string[] = [];
  for (const [name, body] of files) {
    const path = join(dir, name);
    if (!values.force && (await exists(path))) {
      io.err(m.templateExists(path) + '\n');
      continue;
    }
    await writeOutput(io, path, await body());
    written.push(name);
  }
  io.out(m.wroteTemplate(dir, written) + '\n');
  return 0;
}
