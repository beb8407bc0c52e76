/**
 * Everything the CLI says, in Chinese and English. Organisers mostly read Chinese; partners'
 * developers often read English. `--lang` chooses; otherwise LC_ALL / LC_MESSAGES / LANG decide.
 */
import type { Severity } from '../src/feed/types.js';
import type { SpanProblem } from './parse-datetime.js';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export type CommandName = 'template' | 'build' | 'validate' | 'ics' | 'html' | 'serve';
export const COMMANDS: readonly CommandName[] = [
  'template',
  'build',
  'validate',
  'ics',
  'html',
  'serve',
];

export interface Messages {
  lang: Lang;
  help: { main: string } & Record<CommandName, string>;
  // Cells and rows
  cellRequired(): string;
  unknownCity(value: string, choices: string[]): string;
  /** `suggest`: the closest terms ("did you mean …?"), said before the full list. */
  unknownTerm(value: string, choices: string[], suggest?: string[]): string;
  unknownListItem(value: string, choices: string[], suggest?: string[]): string;
  badBoolean(value: string): string;
  badNumber(value: string): string;
  badCount(value: string): string;
  badInstant(value: string): string;
  spanProblem(problem: SpanProblem, value: string): string;
  wholeDay(): string;
  allDay(value: string): string;
  overnight(value: string): string;
  outsideEdition(value: string, start: string, end: string): string;
  notesRow(): string;
  ignoredColumn(organiser: string): string;
  fillDownMissing(column: string): string;
  mergedCells(column: string): string;
  termSynonym(value: string, term: string): string;
  districtToCity(value: string, district: string, city: string, code: string): string;
  cityElsewhere(value: string, place: string, region: string): string;
  cityAmbiguous(value: string, places: string[]): string;
  coordinatesSwapped(lat: string, lng: string): string;
  urlWithoutScheme(value: string, fixed: string): string;
  freeUnreadable(value: string): string;
  freeConflict(values: string[]): string;
  sampleRow(strict: boolean): string;
  sampleEdition(strict: boolean): string;
  nearDuplicate(file: string, row: number, title: string): string;
  issueAt(field: string, text: string): string;
  /** A message followed by a hint about what to do. */
  withHint(message: string, hint: string): string;
  labAtCityCentre(): string;
  quoteWithoutSource(): string;
  unknownColumn(): string;
  duplicateColumn(first: string): string;
  missingColumn(zh: string, en: string): string;
  duplicateRecord(id: string, firstRow: number): string;
  labRowDiffers(firstRow: number): string;
  labRowOrphan(firstRow: number): string;
  droppedByValidator(): string;
  emptySheet(): string;
  // Report
  severity(severity: Severity | 'info'): string;
  reportColumns: {
    file: string;
    row: string;
    column: string;
    severity: string;
    message: string;
    path: string;
  };
  issueCount(errors: number, warnings: number): string;
  // build
  readingSheet(file: string, encoding: string, rows: number): string;
  sheetSummary(file: string, total: number, written: number, rejected: number): string;
  wrote(file: string): string;
  cachingAdvice(): string;
  buildOk(): string;
  buildRejected(rejected: number): string;
  buildStrictWarnings(warnings: number): string;
  progress(file: string, done: number, total: number): string;
  // validate / read
  cannotRead(location: string, reason: string): string;
  notJson(location: string): string;
  notUtf8(file: string): string;
  feedUnusable(reason: string): string;
  validateClean(location: string): string;
  validateWarningsOnly(location: string): string;
  validateErrors(location: string): string;
  // ics / html / template / serve
  wroteIcs(file: string, count: number): string;
  wroteHtml(file: string, count: number): string;
  wroteTemplate(dir: string, files: string[]): string;
  templateExists(file: string): string;
  serving(url: string, dir: string): string;
  // arguments
  unknownCommand(name: string): string;
  badArguments(detail: string): string;
  missingOption(option: string): string;
  badChoice(option: string, value: string, choices: readonly string[]): string;
  unknownValue(option: string, value: string): string;
  html: {
    programme: string;
    noEvents: string;
    online: string;
    free: string;
    paid: string;
    registration: string;
    details: string;
    sample: string;
  };
}

const list = (items: string[], sep: string) => items.join(sep);

const zhSpan: Record<SpanProblem, (v: string) => string> = {
  unreadable: (v) =>
    `无法识别日期或时间“${v}”(可写作 2025-05-30 14:00、5月30日 14:00 或 14:00-16:00)`,
  'invalid-date': (v) => `日期或时间不存在:“${v}”`,
  'no-date': () => '缺少日期',
  'no-start-time': () => '有结束时间但缺少开始时间',
  'no-end-time': () => '缺少结束时间(可在“结束时间”列填写,或写成 14:00-16:00)',
  'end-before-start': (v) => `结束时间早于开始时间:“${v}”`,
};

const enSpan: Record<SpanProblem, (v: string) => string> = {
  unreadable: (v) =>
    `cannot read "${v}" as a date or time (write e.g. 2025-05-30 14:00, 5月30日 14:00 or 14:00-16:00)`,
  'invalid-date': (v) => `no such date or time: "${v}"`,
  'no-date': () => 'the date is missing',
  'no-start-time': () => 'an end time is given but no start time',
  'no-end-time': () => 'the end time is missing (fill the end column, or write 14:00-16:00)',
  'end-before-start': (v) => `the end is before the start: "${v}"`,
};

const ZH_HELP_MAIN = `sx-feed —— 科技活动周数据发布工具

用法:sx-feed <命令> [选项]

命令:
  template [目录]     生成活动、实验室、人物故事的 CSV 模板和 edition.json
  build               把表格(CSV)转换成数据源(manifest.json + 带哈希的数据文件)
  validate <来源>     检查数据源(文件、目录或网址)
  ics <来源>          导出日历文件(.ics)
  html <来源>         导出不含脚本的静态 HTML 活动日程
  serve <目录>        在本机预览数据源目录

通用选项:
  --lang zh-CN|en     界面语言(默认取自 LANG 环境变量)
  --help, -h          显示帮助;“sx-feed <命令> --help”显示该命令的帮助

退出码:0 成功;1 有数据行未写入或数据源有错误;2 无法读取输入或参数有误。`;

const EN_HELP_MAIN = `sx-feed — publishing tool for the Science and Technology Week feed

Usage: sx-feed <command> [options]

Commands:
  template [dir]      write CSV templates (events, labs, stories) and edition.json
  build               turn the sheets (CSV) into a feed (manifest.json + content-hashed files)
  validate <source>   check a feed (file, directory or URL)
  ics <source>        export a calendar file (.ics)
  html <source>       export a static, script-free HTML programme
  serve <dir>         preview a feed directory on this machine

Common options:
  --lang zh-CN|en     language of messages (default from the LANG environment variable)
  --help, -h          show help; "sx-feed <command> --help" shows a command's help

Exit codes: 0 success; 1 rows left out or the feed has errors; 2 input unreadable or bad arguments.`;

const zh: Messages = {
  lang: 'zh-CN',
  help: {
    main: ZH_HELP_MAIN,
    template: `用法:sx-feed template [目录]

在目录(默认当前目录)中生成:
  events.csv   活动表模板
  labs.csv     实验室开放表模板(每行一个开放时段;同一实验室多行)
  stories.csv  科技工作者故事表模板
  edition.json 活动周基本信息(默认为 2025 年山西省科技活动周)
CSV 为带 BOM 的 UTF-8,Excel 可直接打开;第一行是中文表头,第二行是示例。
已存在的文件不会被覆盖(加 --force 覆盖)。

选项:
  --force             覆盖已存在的文件`,
    build: `用法:sx-feed build --edition edition.json [--events events.csv] [--labs labs.csv]
                    [--stories stories.csv] --out 目录 [选项]

读取表格,逐行转换和校验,写出数据源:
  manifest.json              小文件,列出活动周信息和各数据文件名(每次都应重新获取)
  events.<哈希>.json 等      数据文件,文件名含内容哈希(内容不变则名字不变,可永久缓存)
每一个有问题的行都会报告(文件、行号、列、原因);其余的行照常写出,不会悄悄丢失数据。

选项:
  --edition <文件>           活动周信息(edition.json),必填
  --events/--labs/--stories <文件>  各表格(CSV,也接受 Excel 导出的制表符分隔文本)
  --out <目录>               输出目录,必填
  --split city               按城市拆分活动文件(events-140100.<哈希>.json)
  --encoding auto|utf8|gbk   表格编码(默认 auto:先试 UTF-8,否则按 GBK/GB18030)
  --fill-down <列名,…>       这些列的空白格取上一行的值(合并单元格导出后的空白),如 --fill-down 城市,主办单位
  --strict                   警告也视为失败(退出码 1);标为示例的行不写出
  --json                     以 JSON 输出报告
  --progress                 显示进度(在终端中默认显示)

退出码:0 所有行都已写出;1 有行未写出(或 --strict 下有警告);2 无法读取输入。`,
    validate: `用法:sx-feed validate <文件|目录|网址> [--json]

检查数据源:单一文档或 manifest.json(连同其列出的数据文件,本地或网络)。
目录则检查其中的 manifest.json。

退出码:0 没有错误(只有警告也是 0);1 有错误;2 无法读取。`,
    ics: `用法:sx-feed ics <来源> [--city 城市] [--topic 主题] [--category 形式] [--audience 对象]
                  [--from 日期] [--to 日期] -o week.ics

把活动导出为一个日历文件,可导入手机或电脑日历。
城市、主题等可写名称或编号(如 太原 / 140100,人工智能 / ai),可重复或用逗号分隔。
不加 -o 时输出到标准输出。`,
    html: `用法:sx-feed html <来源> -o snippet.html [--lang zh-CN|en] [--city 城市] [--topic 主题]

生成按日期分组的静态活动日程 HTML 片段:不含任何脚本(只有 schema.org 的 JSON-LD 数据),
所有文字均已转义,只链接安全网址。可放在 <sx-events> 标签内,作为组件加载前或无脚本时的内容。
不加 -o 时输出到标准输出。`,
    serve: `用法:sx-feed serve <目录> [--port 端口]

在 127.0.0.1 上提供目录中的数据源,用于预览:正确的内容类型、ETag(304)、缓存头
(带哈希的文件可永久缓存,其余每次重新验证)和 CORS(允许任意网站读取)。
默认端口 8080;--port 0 表示任选空闲端口。按 Ctrl+C 停止。`,
  },
  cellRequired: () => '必填,但为空',
  unknownCity: (v, c) => `未知城市“${v}”;可填:${list(c, '、')}(或行政区划代码)`,
  unknownTerm: (v, c, g) =>
    `未知取值“${v}”;${g?.length ? `是不是“${g.join('”或“')}”?` : ''}可填:${list(c, '、')}`,
  unknownListItem: (v, c, g) =>
    `未知取值“${v}”,已忽略;${g?.length ? `是不是“${g.join('”或“')}”?` : ''}可填:${list(c, '、')}`,
  badBoolean: (v) => `“${v}”不是 是/否,已忽略`,
  badNumber: (v) => `“${v}”不是数字,已忽略`,
  badCount: (v) => `“${v}”不是整数,已忽略`,
  badInstant: (v) => `无法识别日期或时间“${v}”,已忽略`,
  spanProblem: (p, v) => zhSpan[p](v),
  wholeDay: () => '只有日期没有开放时间:按全天(当天 00:00 至次日 00:00)处理;请补充开放时间',
  allDay: (v) => `“${v}”只有日期没有时间:按全天活动发布`,
  overnight: (v) => `“${v}”结束时间早于开始时间:按跨夜活动处理,次日结束`,
  outsideEdition: (v, s, e) =>
    `“${v}”不在本届活动周的日期(${s} 至 ${e})之内:仍会发布,请确认日期和年份`,
  notesRow: () => '这一行是表头下的填写说明(如“必填”“格式:…”),不是数据,已跳过',
  ignoredColumn: (o) =>
    `承办、协办单位不是主办单位,数据源没有这一项,本列已忽略;主办单位请填在“${o}”列`,
  fillDownMissing: (c) => `--fill-down ${c}:本表没有这一列,未填充`,
  mergedCells: (c) => `这一列有连续空白,可能来自合并单元格:可用 --fill-down ${c}`,
  termSynonym: (v, t) => `“${v}”按“${t}”读取`,
  districtToCity: (v, d, c, code) => `“${v}”:${d}属于${c},按${c}(${code})发布`,
  cityElsewhere: (v, p, r) => `“${v}”是${p},不在本届活动周的地区(${r})之内;请填写${r}的城市`,
  cityAmbiguous: (v, p) => `“${v}”不止一处:${p.join('、')};请写明城市,如“${p[0]}”`,
  coordinatesSwapped: (lat, lng) =>
    `纬度“${lat}”和经度“${lng}”似乎填反了:请交换“纬度”“经度”两列;本行坐标已忽略`,
  urlWithoutScheme: (v, f) => `网址“${v}”缺少 https://:请写成“${f}”;已忽略`,
  freeUnreadable: (v) =>
    `无法判断“${v}”是否免费:数据源不写免费与否(显示为未知);请填 是/否,或收费标准(如 20元/人)`,
  freeConflict: (vs) =>
    `是否免费的几列互相矛盾(${vs.join(' / ')}):数据源不写免费与否;请改正其中一列`,
  sampleRow: (strict) =>
    `本行标为示例数据(“示例”列为“是”):合作网站会显示示例标记${strict ? ';--strict 下视为错误,本行未写出' : ''};真实活动请填“否”或留空`,
  sampleEdition: (strict) =>
    `edition.json 中 "sample": true:整个数据源会被标为示例,每个合作网站都会显示示例提示${strict ? '(--strict 下视为错误)' : ''};正式发布请改为 "sample": false`,
  nearDuplicate: (f, row, t) =>
    `与 ${f} 第 ${row} 行的“${t}”是同一活动(标题、开始时间和城市或场馆相同),本行未写出;若确是两场活动,请改标题或时间`,
  issueAt: (f, t) => `${f}:${t}`,
  withHint: (message, hint) => `${message};${hint}`,
  labAtCityCentre: () => '缺少经纬度:暂用城市中心点,并标为不精确',
  quoteWithoutSource: () => '引语缺少出处(引语出处),已忽略引语',
  unknownColumn: () => '无法识别的列,已忽略',
  duplicateColumn: (first) => `与“${first}”列重复,已忽略`,
  missingColumn: (zhName, en) => `缺少必需的列“${zhName}”(或 ${en})`,
  duplicateRecord: (id, row) => `与第 ${row} 行重复(编号 ${id}),本行未写出`,
  labRowDiffers: (row) => `与第 ${row} 行编号相同但名称不同:以第 ${row} 行为准`,
  labRowOrphan: (row) => `所属实验室(第 ${row} 行)有错误未写出,本行也未写出`,
  droppedByValidator: () => '校验未通过,本行未写出',
  emptySheet: () => '表格为空(没有表头)',
  severity: (s) => (s === 'error' ? '错误' : s === 'warning' ? '警告' : '提示'),
  reportColumns: {
    file: '文件',
    row: '行',
    column: '列',
    severity: '级别',
    message: '说明',
    path: '位置',
  },
  issueCount: (e, w) => `${e} 个错误,${w} 个警告`,
  readingSheet: (f, enc, rows) => `读取 ${f}(${enc}):${rows} 行`,
  sheetSummary: (f, total, written, rejected) =>
    `${f}:共 ${total} 行,写出 ${written} 行,未写出 ${rejected} 行`,
  wrote: (f) => `已写出 ${f}`,
  cachingAdvice: () =>
    `发布建议(缓存):
  带哈希的文件(如 events.3f2a9c1b.json):Cache-Control: public, max-age=31536000, immutable
  manifest.json:Cache-Control: no-cache(每次重新验证,更新后读者立即看到)
  两者都需要:Access-Control-Allow-Origin: *(合作网站跨域读取)
  发布时先上传数据文件,最后上传 manifest.json;旧的数据文件保留几天再删除。`,
  buildOk: () => '完成:所有行都已写出。',
  buildRejected: (n) => `有 ${n} 行未写出(见上方报告);其余数据已写出。退出码 1。`,
  buildStrictWarnings: (n) => `--strict:有 ${n} 个警告,视为失败。退出码 1。`,
  progress: (f, done, total) => `${f}:${done}/${total}`,
  cannotRead: (l, r) => `无法读取 ${l}:${r}`,
  notJson: (l) => `${l} 不是有效的 JSON`,
  notUtf8: (f) => `${f} 不是 UTF-8 编码(试试 --encoding gbk 或 --encoding auto)`,
  feedUnusable: (r) => `数据源无法使用:${r}`,
  validateClean: (l) => `${l}:没有问题。`,
  validateWarningsOnly: (l) => `${l}:没有错误,但有警告(退出码 0)。`,
  validateErrors: (l) => `${l}:有错误(退出码 1)。`,
  wroteIcs: (f, n) => `已写出 ${f}(${n} 个活动)`,
  wroteHtml: (f, n) => `已写出 ${f}(${n} 个活动)`,
  wroteTemplate: (d, files) => `已在 ${d} 生成:${files.join('、')}`,
  templateExists: (f) => `${f} 已存在,未覆盖(加 --force 覆盖)`,
  serving: (url, dir) => `正在提供 ${dir}:${url}(按 Ctrl+C 停止)`,
  unknownCommand: (n) => `未知命令“${n}”。运行 sx-feed --help 查看可用命令。`,
  badArguments: (d) => `参数有误:${d}`,
  missingOption: (o) => `缺少必填选项 ${o}`,
  badChoice: (o, v, c) => `${o} 的取值“${v}”无效;可选:${c.join('、')}`,
  unknownValue: (o, v) => `${o}:未知取值“${v}”`,
  html: {
    programme: '活动日程',
    noEvents: '暂无活动。',
    online: '线上',
    free: '免费',
    paid: '收费',
    registration: '需报名',
    details: '详情',
    sample: '示例',
  },
};

const en: Messages = {
  lang: 'en',
  help: {
    main: EN_HELP_MAIN,
    template: `Usage: sx-feed template [dir]

Writes into dir (default: the current directory):
  events.csv   the events sheet
  labs.csv     the lab open-days sheet (one row per opening; several rows per lab)
  stories.csv  the researchers' stories sheet
  edition.json the week's facts (default: Shanxi Science and Technology Week 2025)
The CSV files are UTF-8 with a byte-order mark, so Excel opens them correctly; row 1 is the
Chinese header, row 2 an example. Existing files are kept (use --force to overwrite).

Options:
  --force             overwrite existing files`,
    build: `Usage: sx-feed build --edition edition.json [--events events.csv] [--labs labs.csv]
                    [--stories stories.csv] --out dir [options]

Reads the sheets, converts and validates every row, and writes the feed:
  manifest.json              small; names the edition and the data files (always revalidate)
  events.<hash>.json etc.    data files named by a hash of their content (cache forever)
Every bad row is reported (file, row, column, reason); all other rows are written. No row is
lost silently.

Options:
  --edition <file>           the edition (edition.json), required
  --events/--labs/--stories <file>  the sheets (CSV; Excel's tab-separated text works too)
  --out <dir>                output directory, required
  --split city               one events file per city (events-140100.<hash>.json)
  --encoding auto|utf8|gbk   sheet encoding (default auto: UTF-8 if valid, else GBK/GB18030)
  --fill-down <column,…>     fill blank cells of these columns from the row above (what merged
                             cells leave), e.g. --fill-down 城市,主办单位 (zh or en names)
  --strict                   treat warnings as failures (exit code 1); sample rows not written
  --json                     print the report as JSON
  --progress                 show progress (on by default in a terminal)

Exit codes: 0 every row written; 1 some rows left out (or warnings with --strict);
2 input unreadable.`,
    validate: `Usage: sx-feed validate <file|dir|url> [--json]

Checks a feed: a single document, or a manifest.json together with the files it names (local or
over the network). For a directory, its manifest.json is checked.

Exit codes: 0 no errors (warnings alone give 0); 1 errors; 2 cannot read.`,
    ics: `Usage: sx-feed ics <source> [--city city] [--topic topic] [--category form]
                  [--audience audience] [--from date] [--to date] -o week.ics

Exports the events as one calendar file for phone and desktop calendars.
Cities, topics etc. may be names or ids (太原 / Taiyuan / 140100, 人工智能 / ai); repeat the
option or separate values with commas. Without -o the calendar goes to standard output.`,
    html: `Usage: sx-feed html <source> -o snippet.html [--lang zh-CN|en] [--city city] [--topic topic]

Writes a static HTML fragment of the programme grouped by day: no scripts (only schema.org
JSON-LD data), every text escaped, only safe URLs linked. Put it inside <sx-events> as the content
shown before the component loads or when scripts are off. Without -o it goes to standard output.`,
    serve: `Usage: sx-feed serve <dir> [--port port]

Serves a feed directory on 127.0.0.1 for previews, with content types, ETags (304), cache headers
(hashed files immutable, others revalidated) and CORS (any site may read it).
Default port 8080; --port 0 picks a free one. Stop with Ctrl+C.`,
  },
  cellRequired: () => 'required but empty',
  unknownCity: (v, c) => `unknown city "${v}"; use one of ${list(c, ', ')} (or a division code)`,
  unknownTerm: (v, c, g) =>
    `unknown value "${v}"; ${g?.length ? `did you mean "${g.join('" or "')}"? ` : ''}use one of ${list(c, ', ')}`,
  unknownListItem: (v, c, g) =>
    `unknown value "${v}" left out; ${g?.length ? `did you mean "${g.join('" or "')}"? ` : ''}use one of ${list(c, ', ')}`,
  badBoolean: (v) => `"${v}" is not yes/no (是/否); left out`,
  badNumber: (v) => `"${v}" is not a number; left out`,
  badCount: (v) => `"${v}" is not a whole number; left out`,
  badInstant: (v) => `cannot read "${v}" as a date or time; left out`,
  spanProblem: (p, v) => enSpan[p](v),
  wholeDay: () =>
    'a date without opening hours: read as the whole day (00:00 to 00:00 the next day); please add the hours',
  allDay: (v) => `"${v}" has a date but no time: published as an all-day event`,
  overnight: (v) => `"${v}" ends earlier on the clock than it starts: read as ending the next day`,
  outsideEdition: (v, s, e) =>
    `"${v}" is outside this edition's dates (${s} to ${e}): published anyway; please check the date and year`,
  notesRow: () => 'this row holds notes about the columns ("必填", "格式：…"), not data: skipped',
  ignoredColumn: (o) =>
    `a co-organising or supporting unit is not the organiser and the feed has no field for it: column ignored; put the organiser in "${o}"`,
  fillDownMissing: (c) => `--fill-down ${c}: this sheet has no such column; nothing filled`,
  mergedCells: (c) =>
    `this column has runs of blank cells, perhaps left by merged cells: try --fill-down ${c}`,
  termSynonym: (v, t) => `"${v}" read as "${t}"`,
  districtToCity: (v, d, c, code) => `"${v}": ${d} is in ${c}; published under ${c} (${code})`,
  cityElsewhere: (v, p, r) =>
    `"${v}" is ${p}, outside this edition's region (${r}); use a city of ${r}`,
  cityAmbiguous: (v, p) =>
    `"${v}" names more than one place: ${p.join(', ')}; name the city, e.g. "${p[0]}"`,
  coordinatesSwapped: (lat, lng) =>
    `latitude "${lat}" and longitude "${lng}" look swapped: swap the two columns; coordinates left out`,
  urlWithoutScheme: (v, f) => `the address "${v}" lacks https://: write "${f}"; left out`,
  freeUnreadable: (v) =>
    `cannot tell whether "${v}" means free: the feed leaves it unknown; write 是/否 (yes/no) or the price (e.g. 20元/人)`,
  freeConflict: (vs) =>
    `the free/price columns contradict each other (${vs.join(' / ')}): the feed leaves it unknown; correct one of them`,
  sampleRow: (strict) =>
    `this row is marked as sample data (示例 = 是): partner sites show it as a sample${strict ? '; an error with --strict, row not written' : ''}; for a real activity write 否 or leave it blank`,
  sampleEdition: (strict) =>
    `edition.json has "sample": true: the whole feed is marked as samples and every partner site shows the sample notice${strict ? ' (an error with --strict)' : ''}; set "sample": false to publish`,
  nearDuplicate: (f, row, t) =>
    `the same activity as "${t}" in ${f}, row ${row} (same title, start, and city or venue): this row was not written; if they are two activities, change the title or time`,
  issueAt: (f, t) => `${f}: ${t}`,
  withHint: (message, hint) => `${message}; ${hint}`,
  labAtCityCentre: () => 'no coordinates: placed at the city centre and marked approximate',
  quoteWithoutSource: () => 'the quote has no source (引语出处); quote left out',
  unknownColumn: () => 'unknown column, ignored',
  duplicateColumn: (first) => `repeats the column "${first}"; ignored`,
  missingColumn: (zhName, en) => `the required column "${zhName}" (or ${en}) is missing`,
  duplicateRecord: (id, row) => `duplicate of row ${row} (id ${id}); this row was not written`,
  labRowDiffers: (row) => `same id as row ${row} but another name: row ${row} wins`,
  labRowOrphan: (row) =>
    `its lab (row ${row}) has errors and was not written, so neither was this row`,
  droppedByValidator: () => 'failed validation; this row was not written',
  emptySheet: () => 'the sheet is empty (no header row)',
  severity: (s) => s,
  reportColumns: {
    file: 'file',
    row: 'row',
    column: 'column',
    severity: 'severity',
    message: 'message',
    path: 'path',
  },
  issueCount: (e, w) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
  readingSheet: (f, enc, rows) => `reading ${f} (${enc}): ${rows} rows`,
  sheetSummary: (f, total, written, rejected) =>
    `${f}: ${total} rows, ${written} written, ${rejected} not written`,
  wrote: (f) => `wrote ${f}`,
  cachingAdvice: () =>
    `Publishing advice (caching):
  hashed files (e.g. events.3f2a9c1b.json): Cache-Control: public, max-age=31536000, immutable
  manifest.json: Cache-Control: no-cache (revalidated every time, so updates show at once)
  both: Access-Control-Allow-Origin: * (partner sites read the feed cross-origin)
  Upload the data files first and manifest.json last; keep old data files for a few days.`,
  buildOk: () => 'Done: every row was written.',
  buildRejected: (n) =>
    `${n} row${n === 1 ? ' was' : 's were'} not written (see the report above); everything else was. Exit code 1.`,
  buildStrictWarnings: (n) =>
    `--strict: ${n} warning${n === 1 ? '' : 's'}, treated as failure. Exit code 1.`,
  progress: (f, done, total) => `${f}: ${done}/${total}`,
  cannotRead: (l, r) => `cannot read ${l}: ${r}`,
  notJson: (l) => `${l} is not valid JSON`,
  notUtf8: (f) => `${f} is not UTF-8 (try --encoding gbk or --encoding auto)`,
  feedUnusable: (r) => `the feed cannot be used: ${r}`,
  validateClean: (l) => `${l}: no problems.`,
  validateWarningsOnly: (l) => `${l}: no errors, some warnings (exit code 0).`,
  validateErrors: (l) => `${l}: errors found (exit code 1).`,
  wroteIcs: (f, n) => `wrote ${f} (${n} event${n === 1 ? '' : 's'})`,
  wroteHtml: (f, n) => `wrote ${f} (${n} event${n === 1 ? '' : 's'})`,
  wroteTemplate: (d, files) => `wrote into ${d}: ${files.join(', ')}`,
  templateExists: (f) => `${f} exists and was kept (use --force to overwrite)`,
  serving: (url, dir) => `serving ${dir} at ${url} (Ctrl+C stops)`,
  unknownCommand: (n) => `unknown command "${n}". Run sx-feed --help for the commands.`,
  badArguments: (d) => `bad arguments: ${d}`,
  missingOption: (o) => `the option ${o} is required`,
  badChoice: (o, v, c) => `${o}: "${v}" is not one of ${c.join(', ')}`,
  unknownValue: (o, v) => `${o}: unknown value "${v}"`,
  html: {
    programme: 'Programme',
    noEvents: 'No events yet.',
    online: 'Online',
    free: 'Free',
    paid: 'Paid',
    registration: 'Registration required',
    details: 'Details',
    sample: 'Sample',
  },
};

export const MESSAGES: Record<Lang, Messages> = { 'zh-CN': zh, en };

/** The language from the usual locale variables: `en_US.UTF-8` → en, `zh_CN.UTF-8` → zh-CN. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh-CN' : locale && !/^(C|POSIX)\b/.test(locale) ? 'en' : 'zh-CN';
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
