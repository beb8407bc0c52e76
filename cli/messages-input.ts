/**
 * What the CLI says about reading inputs and writing outputs: files, sheets, encodings, the
 * network, ports, the shrink guard and the problem report. Chinese and English, every message,
 * each saying what to do next. (Row and cell wording lives in messages.ts.)
 */
import type { Lang } from './messages.js';

/** What an unusable input file seems to be, judged from its first bytes and its name. */
export type FileKind =
  | 'empty'
  | 'bom-only'
  | 'header-only'
  | 'blank'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'pdf'
  | 'zip'
  | 'ole'
  | 'broken-xlsx'
  | 'binary'
  | 'unknown-extension';

/** File-system failures, by Node's error code. */
export type FsCode = 'ENOENT' | 'EACCES' | 'EPERM' | 'EISDIR' | 'ENOTDIR' | 'ENOSPC' | 'EROFS';

/** Why a URL could not be read. */
export type NetProblem =
  | { kind: 'refused' }
  | { kind: 'no-host' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'tls' }
  | { kind: 'status'; status: number }
  | { kind: 'other'; detail: string };

export type RecordKind = 'events' | 'labs' | 'stories';

export interface InputMessages {
  lang: Lang;
  /** Extra lines for `sx-feed build --help`: the input and output options. */
  buildInputHelp: string;
  validateInputHelp: string;
  /** Added under the overview's common options. */
  mainHelpExtra: string;
  unexpected(detail: string): string;
  version(version: string): string;
  // Arguments
  unusedArgument(arg: string): string;
  noMatch(pattern: string): string;
  noSheetsInDir(dir: string): string;
  badPercent(option: string, value: string): string;
  badSeconds(option: string, value: string): string;
  // Files
  fsError(code: FsCode | string, path: string): string;
  writeFailed(code: FsCode | string, path: string): string;
  /** One output file (-o, --csv, --html): written whole or not at all. */
  outputWriteFailed(code: FsCode | string, path: string): string;
  fileKind(kind: FileKind, file: string): string;
  noSuchSheet(file: string, sheet: string, available: string[]): string;
  sheetSkipped(sheet: string): string;
  noUsableSheet(file: string): string;
  // Encodings
  encodingUnsure(file: string): string;
  notUtf8OrGbk(file: string): string;
  forcedEncodingFailed(file: string, encoding: string): string;
  // Cells
  controlChars(count: number): string;
  formulaError(error: string): string;
  formulaNoResult(): string;
  unclosedQuote(swallowed: { line: number; start: string }[]): string;
  quoteSwallowedRows(swallowed: { line: number; start: string }[]): string;
  droppedRow(): string;
  duplicateAcross(id: string, file: string, row: number): string;
  // Network and ports
  netFailed(url: string, problem: NetProblem): string;
  portInUse(port: number): string;
  portDenied(port: number): string;
  notADirectory(path: string): string;
  // The guard against publishing a worse feed
  zeroRecords(kind: RecordKind): string;
  wouldEmpty(kind: RecordKind, before: number): string;
  wouldShrink(kind: RecordKind, before: number, after: number, percent: number): string;
  previousFeedUnreadable(path: string): string;
  nothingWritten(): string;
  // Reports
  reportWritten(path: string, problems: number): string;
  summaryHeader(shown: number, total: number): string;
  summaryFile(file: string, errors: number, warnings: number, columns: string): string;
  summaryColumn(column: string, count: number): string;
  summaryWithoutColumn(): string;
  fullListAt(path: string): string;
  fullListHint(): string;
  reportColumns: {
    file: string;
    sheet: string;
    row: string;
    column: string;
    header: string;
    value: string;
    severity: string;
    message: string;
  };
  where: {
    sheet(name: string): string;
    row(row: number): string;
    column(letter: string | undefined, header: string | undefined): string;
    separator: string;
  };
}

const ENCODING_NAMES: Record<string, string> = {
  utf8: 'UTF-8',
  gbk: 'GBK',
  utf16le: 'UTF-16 LE',
  utf16be: 'UTF-16 BE',
  latin1: 'Latin-1',
};

const KIND_ZH: Record<RecordKind, string> = { events: '活动', labs: '实验室', stories: '人物故事' };

const preview = (
  items: { line: number; start: string }[],
  sep: string,
  lineWord: (n: number) => string,
) => {
  const shown = items.slice(0, 5).map((s) => `${lineWord(s.line)}“${s.start}”`);
  if (items.length > 5) shown.push('…');
  return shown.join(sep);
};

const zhFileKind: Record<FileKind, (f: string) => string> = {
  empty: (f) => `${f} 是空文件(0 字节):请确认保存了表格内容,再重新导出`,
  'bom-only': (f) => `${f} 只有字节顺序标记(BOM),没有任何内容:请确认保存了表格内容`,
  'header-only': (f) => `${f} 只有表头,没有数据行:请填写数据后再构建,或不要传入这个文件`,
  blank: (f) => `${f} 里没有任何内容(只有空行):请确认保存了表格内容`,
  png: (f) => `${f} 是一张 PNG 图片,不是表格:请传入 .csv、.tsv 或 .xlsx 文件`,
  jpeg: (f) => `${f} 是一张 JPEG 图片,不是表格:请传入 .csv、.tsv 或 .xlsx 文件`,
  gif: (f) => `${f} 是一张 GIF 图片,不是表格:请传入 .csv、.tsv 或 .xlsx 文件`,
  pdf: (f) => `${f} 是 PDF 文档,不是表格:请要一份原始的 Excel 表格,或另存为 CSV UTF-8`,
  zip: (f) => `${f} 是 ZIP 压缩包(或 Word 等文档),不是 .xlsx 表格:请解压,或在 Excel 中另存为 .xlsx`,
  ole: (f) =>
    `${f} 是旧版 Excel 97-2003(.xls/.et)或加了密码的工作簿:请在 Excel 或 WPS 中去掉密码并另存为 .xlsx 或 CSV UTF-8`,
  'broken-xlsx': (f) =>
    `${f} 看起来是 .xlsx,但文件已损坏,无法打开:请在 Excel 或 WPS 中打开并重新保存`,
  binary: (f) => `${f} 是二进制文件,不是文本表格:请传入 .csv、.tsv 或 .xlsx 文件`,
  'unknown-extension': (f) =>
    `${f} 不是能读取的表格类型:支持 .csv、.tsv、.txt(制表符分隔)和 .xlsx;请在 Excel 中另存为其中一种`,
};

const enFileKind: Record<FileKind, (f: string) => string> = {
  empty: (f) =>
    `${f} is an empty file (0 bytes): check that the sheet was saved, and export it again`,
  'bom-only': (f) =>
    `${f} holds only a byte-order mark and no content: check that the sheet was saved`,
  'header-only': (f) =>
    `${f} has a header row but no data rows: fill it in before building, or leave this file out`,
  blank: (f) => `${f} has no content (blank lines only): check that the sheet was saved`,
  png: (f) => `${f} is a PNG image, not a sheet: give a .csv, .tsv or .xlsx file`,
  jpeg: (f) => `${f} is a JPEG image, not a sheet: give a .csv, .tsv or .xlsx file`,
  gif: (f) => `${f} is a GIF image, not a sheet: give a .csv, .tsv or .xlsx file`,
  pdf: (f) =>
    `${f} is a PDF document, not a sheet: ask for the original spreadsheet, or save it as CSV UTF-8`,
  zip: (f) =>
    `${f} is a ZIP archive (or a Word document), not an .xlsx sheet: unpack it, or save it from Excel as .xlsx`,
  ole: (f) =>
    `${f} is an old Excel 97-2003 workbook (.xls/.et) or a password-protected one: remove the password in Excel or WPS and save as .xlsx or CSV UTF-8`,
  'broken-xlsx': (f) =>
    `${f} looks like an .xlsx workbook but is damaged and cannot be opened: open it in Excel or WPS and save it again`,
  binary: (f) => `${f} is a binary file, not a text sheet: give a .csv, .tsv or .xlsx file`,
  'unknown-extension': (f) =>
    `${f} is not a kind of sheet sx-feed reads: use .csv, .tsv, .txt (tab-separated) or .xlsx; save it as one of those from Excel`,
};

const zhFs = (code: string, p: string): string => {
  switch (code) {
    case 'ENOENT':
      return `无法读取 ${p}:没有这个文件或目录。请检查路径和文件名(相对路径从当前目录算起)`;
    case 'EACCES':
    case 'EPERM':
      return `无法读取 ${p}:没有读取权限。请检查文件权限,或先把文件复制到自己的目录`;
    case 'EISDIR':
      return `无法读取 ${p}:这是一个目录,这里需要一个文件`;
    case 'ENOTDIR':
      return `${p} 的路径中有一段不是目录:请检查路径`;
    default:
      return `无法读取 ${p}(${code}):请检查文件是否存在、能否打开`;
  }
};

const enFs = (code: string, p: string): string => {
  switch (code) {
    case 'ENOENT':
      return `cannot read ${p}: there is no such file or directory. Check the path and the name (relative paths start at the current directory)`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${p}: no permission to read it. Check its permissions, or copy it into your own directory`;
    case 'EISDIR':
      return `cannot read ${p}: it is a directory, and a file is needed here`;
    case 'ENOTDIR':
      return `part of the path ${p} is not a directory: check the path`;
    default:
      return `cannot read ${p} (${code}): check that it exists and can be opened`;
  }
};

const zhOutput = (code: string, p: string): string => {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `无法写入 ${p}:所在目录不存在。请先创建目录,或换一个路径`;
    case 'EISDIR':
      return `无法写入 ${p}:这是一个目录。请写上文件名,例如 ${p}/统计.html`;
    case 'ENOSPC':
      return `无法写入 ${p}:磁盘已满。请腾出空间后重试;原有文件未改动`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `无法写入 ${p}:没有写入权限(或磁盘只读)。请换一个路径;原有文件未改动`;
    default:
      return `无法写入 ${p}(${code});原有文件未改动`;
  }
};

const enOutput = (code: string, p: string): string => {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `cannot write ${p}: its directory does not exist. Create the directory first, or choose another path`;
    case 'EISDIR':
      return `cannot write ${p}: it is a directory. Give a file name, such as ${p}/stats.html`;
    case 'ENOSPC':
      return `cannot write ${p}: the disk is full. Free some space and try again; the previous file is unchanged`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `cannot write ${p}: no permission to write (or a read-only disk). Choose another path; the previous file is unchanged`;
    default:
      return `cannot write ${p} (${code}); the previous file is unchanged`;
  }
};

const zhWrite = (code: string, p: string): string => {
  switch (code) {
    case 'ENOSPC':
      return `无法写入 ${p}:磁盘已满。请腾出空间后重试;原有数据源未改动`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `无法写入 ${p}:没有写入权限(或磁盘只读)。请换一个 --out 目录;原有数据源未改动`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `无法写入 ${p}:同名的文件挡住了目录。请换一个 --out 目录`;
    default:
      return `无法写入 ${p}(${code});原有数据源未改动`;
  }
};

const enWrite = (code: string, p: string): string => {
  switch (code) {
    case 'ENOSPC':
      return `cannot write ${p}: the disk is full. Free some space and try again; the previous feed is unchanged`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `cannot write ${p}: no permission to write (or a read-only disk). Choose another --out directory; the previous feed is unchanged`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `cannot write ${p}: a file of that name is in the way of the directory. Choose another --out directory`;
    default:
      return `cannot write ${p} (${code}); the previous feed is unchanged`;
  }
};

const zhNet = (url: string, p: NetProblem): string => {
  switch (p.kind) {
    case 'refused':
      return `无法连接 ${url}:服务器拒绝连接(是否已启动?端口是否正确?)`;
    case 'no-host':
      return `无法连接 ${url}:找不到这个主机名。请检查网址拼写和网络`;
    case 'timeout':
      return `${url} 在 ${p.seconds} 秒内没有回应:请稍后再试,或用 --timeout 放宽时限`;
    case 'tls':
      return `无法安全连接 ${url}:服务器的 HTTPS 证书无效或不受信任`;
    case 'status':
      return p.status === 404
        ? `${url} 不存在(HTTP 404):请检查网址,或确认数据源已上传`
        : `${url} 回应 HTTP ${p.status}:服务器出错或拒绝访问,请稍后再试或联系网站管理员`;
    default:
      return `无法读取 ${url}:网络错误(${p.detail})`;
  }
};

const enNet = (url: string, p: NetProblem): string => {
  switch (p.kind) {
    case 'refused':
      return `cannot connect to ${url}: the connection was refused (is the server running, on that port?)`;
    case 'no-host':
      return `cannot connect to ${url}: no such host. Check the spelling of the address and the network`;
    case 'timeout':
      return `${url} did not answer within ${p.seconds} s: try again later, or allow longer with --timeout`;
    case 'tls':
      return `cannot connect securely to ${url}: its HTTPS certificate is invalid or not trusted`;
    case 'status':
      return p.status === 404
        ? `${url} does not exist (HTTP 404): check the address, or that the feed was uploaded`
        : `${url} answered HTTP ${p.status}: the server failed or refused; try later or ask its administrator`;
    default:
      return `cannot read ${url}: network error (${p.detail})`;
  }
};

const zh: InputMessages = {
  lang: 'zh-CN',
  buildInputHelp: `读取与写出:
  --events/--labs/--stories  可重复,也可一次给多个文件、通配符(--events 'cities/*.csv')或目录
                             (读取其中所有 .csv、.tsv、.xlsx);全部读取后合并
  .xlsx                      直接读取:默认读所有含表头的工作表;只读某一张写作 文件.xlsx#工作表名
  --encoding auto|utf8|gbk|utf16le|utf16be|latin1
                             CSV 编码;auto 无法确定(如 GBK 与 Latin-1 难以区分)时会停下并请你指明
  --report problems.csv      把全部问题写成 CSV(带 BOM 的 UTF-8,可用 Excel 打开),按文件分组
  --max-shrink 百分比        新数据源的记录数比上次少了超过该比例就停止(默认 50)
  --allow-shrink             确认要发布更少的记录(例如确实删掉了活动)
写出是原子的:先写数据文件,最后写 manifest.json,都先写临时文件再改名;
读取失败或被拦下时,原有数据源一个字节都不会改变。`,
  validateInputHelp: `
选项:
  --timeout 秒数             读取网址时最多等待的时间(默认 30)`,
  mainHelpExtra: `  --version           显示版本号`,
  unexpected: (d) =>
    `sx-feed 遇到了意外错误(${d})。这是程序的问题,不是你的数据的问题:请把这条信息和所用命令报告给维护者;设置 SX_FEED_DEBUG=1 可看到详细信息`,
  version: (v) => `sx-feed ${v}`,
  unusedArgument: (a) =>
    `参数“${a}”没有用上。要读取多个表格,请写在 --events/--labs/--stories 后面(如 --events 太原.csv 大同.csv),或给通配符加引号(--events 'cities/*.csv')`,
  noMatch: (p) => `“${p}”没有匹配到任何文件:请检查路径和通配符`,
  noSheetsInDir: (d) => `目录 ${d} 里没有 .csv、.tsv 或 .xlsx 文件`,
  badPercent: (o, v) => `${o} 需要 0 到 100 之间的百分比,而不是“${v}”`,
  badSeconds: (o, v) => `${o} 需要大于 0 的秒数,而不是“${v}”`,
  fsError: zhFs,
  writeFailed: zhWrite,
  outputWriteFailed: zhOutput,
  fileKind: (k, f) => zhFileKind[k](f),
  noSuchSheet: (f, s, a) => `${f} 里没有名为“${s}”的工作表;现有:${a.join('、')}`,
  sheetSkipped: (s) => `工作表“${s}”没有可识别的表头,已跳过(要读取它,请写 文件.xlsx#${s})`,
  noUsableSheet: (f) => `${f} 里没有任何一张工作表有可识别的表头:请检查第 1 行是否为表头`,
  encodingUnsure: (f) =>
    `${f} 不是 UTF-8,无法确定是 GBK(中文 Windows 的 Excel)还是 Latin-1 等西文编码,为免产生乱码没有读取。请用 --encoding gbk 或 --encoding latin1 指明,最好在 Excel 中另存为“CSV UTF-8”`,
  notUtf8OrGbk: (f) =>
    `${f} 既不是 UTF-8 也不是 GBK,看起来是西文编码(Latin-1/Windows-1252)或其他编码,为免产生乱码没有读取。如确为西文,请加 --encoding latin1;否则请在 Excel 中另存为“CSV UTF-8”`,
  forcedEncodingFailed: (f, e) =>
    `${f} 不是 ${ENCODING_NAMES[e] ?? e} 编码:请去掉 --encoding(自动识别),或换一个编码`,
  controlChars: (n) => `单元格里有 ${n} 个控制字符(不可见的终端控制码),已删除`,
  formulaError: (e) => `公式的结果是错误值 ${e},按空单元格处理:请在表格中修正公式`,
  formulaNoResult: () => '公式没有保存计算结果,按空单元格处理:请在 Excel 或 WPS 中打开并保存一次',
  unclosedQuote: (s) =>
    `这里有一个左引号(")一直没有闭合,它吞掉了后面的 ${s.length} 行(${preview(s, '、', (n) => `文件第 ${n} 行`)}),这些行都没有读取:请补上或删掉这个引号后重新构建`,
  quoteSwallowedRows: (s) =>
    `这里的引号(")跨越了 ${s.length} 行才闭合,吞掉的内容看起来是独立的行(${preview(s, '、', (n) => `文件第 ${n} 行`)}),这些行都没有读取:请检查这一格的引号`,
  droppedRow: () => '本行无法可靠读取,未写出',
  duplicateAcross: (id, f, r) =>
    `与 ${f} 第 ${r} 行编号相同(${id}),本行未写出:请给其中一行换一个编号`,
  netFailed: zhNet,
  portInUse: (p) =>
    `端口 ${p} 已被占用:请换一个端口(如 --port ${p + 1}),或用 --port 0 任选空闲端口`,
  portDenied: (p) =>
    `没有权限使用端口 ${p}(1024 以下的端口需要管理员权限):请换一个端口,如 --port 8080`,
  notADirectory: (p) => `${p} 不是目录:请给出数据源所在的目录`,
  zeroRecords: (k) => `没有任何${KIND_ZH[k]}记录可以写出:不会发布空的数据源。请先修正上面的错误`,
  wouldEmpty: (k, b) =>
    `上次发布的数据源有 ${b} 条${KIND_ZH[k]}记录,这次一条也没有:已停止,原有数据源未改动。如确实要删除全部${KIND_ZH[k]},请加 --allow-shrink`,
  wouldShrink: (k, b, a, p) =>
    `上次发布的数据源有 ${b} 条${KIND_ZH[k]}记录,这次只有 ${a} 条(少了 ${Math.round(((b - a) / b) * 100)}%,超过 --max-shrink ${p}%):已停止,原有数据源未改动。请检查是否漏传了文件;如确实如此,请加 --allow-shrink`,
  previousFeedUnreadable: (p) => `无法读取原有的 ${p}(不是有效的数据源),按没有旧数据处理`,
  nothingWritten: () => '没有写出任何文件。',
  reportWritten: (p, n) => `问题清单已写入 ${p}(${n} 条,可用 Excel 打开)`,
  summaryHeader: (s, t) => `(共 ${t} 条问题,上面列出前 ${s} 条;以下是汇总)`,
  summaryFile: (f, e, w, c) => `  ${f}:${e} 个错误,${w} 个警告${c ? `;${c}` : ''}`,
  summaryColumn: (c, n) => `「${c}」列 ${n}`,
  summaryWithoutColumn: () => '整行或整个文件',
  fullListAt: (p) => `完整清单见 ${p}`,
  fullListHint: () => '加 --report problems.csv 可得到完整清单(可用 Excel 打开)',
  reportColumns: {
    file: '文件',
    sheet: '工作表',
    row: '行',
    column: '列',
    header: '表头',
    value: '单元格内容',
    severity: '级别',
    message: '说明',
  },
  where: {
    sheet: (s) => `工作表“${s}”`,
    row: (r) => `第 ${r} 行`,
    column: (l, h) => (l && h ? `${l} 列「${h}」` : h ? `「${h}」列` : `${l} 列`),
    separator: ' ',
  },
};

const en: InputMessages = {
  lang: 'en',
  buildInputHelp: `Reading and writing:
  --events/--labs/--stories  repeatable; each takes several files, a glob (--events 'cities/*.csv')
                             or a directory (every .csv, .tsv, .xlsx in it); all are read and merged
  .xlsx                      read directly: every sheet with a header, or one with file.xlsx#SheetName
  --encoding auto|utf8|gbk|utf16le|utf16be|latin1
                             CSV encoding; auto stops and asks when it cannot tell (GBK or Latin-1)
  --report problems.csv      every problem as CSV (UTF-8 with BOM, opens in Excel), grouped by file
  --max-shrink percent       stop when the new feed has that much fewer records than the last (default 50)
  --allow-shrink             publish fewer records anyway (events really were removed)
Writes are atomic: data files first, manifest.json last, each through a temporary name; when
reading fails or the guard stops the build, the previous feed stays byte for byte as it was.`,
  validateInputHelp: `
Options:
  --timeout seconds          how long to wait for a URL (default 30)`,
  mainHelpExtra: `  --version           print the version`,
  unexpected: (d) =>
    `sx-feed hit an unexpected error (${d}). This is a fault in the program, not in your data: please report this line and the command you ran to the maintainers; set SX_FEED_DEBUG=1 to see the details`,
  version: (v) => `sx-feed ${v}`,
  unusedArgument: (a) =>
    `the argument "${a}" is not used by anything. To read several sheets put them after --events/--labs/--stories (--events taiyuan.csv datong.csv), or quote a glob (--events 'cities/*.csv')`,
  noMatch: (p) => `"${p}" matches no file: check the path and the pattern`,
  noSheetsInDir: (d) => `the directory ${d} holds no .csv, .tsv or .xlsx file`,
  badPercent: (o, v) => `${o} takes a percentage from 0 to 100, not "${v}"`,
  badSeconds: (o, v) => `${o} takes a number of seconds above 0, not "${v}"`,
  fsError: enFs,
  writeFailed: enWrite,
  outputWriteFailed: enOutput,
  fileKind: (k, f) => enFileKind[k](f),
  noSuchSheet: (f, s, a) => `${f} has no sheet named "${s}"; it has: ${a.join(', ')}`,
  sheetSkipped: (s) =>
    `sheet "${s}" has no header sx-feed knows; skipped (to read it, write file.xlsx#${s})`,
  noUsableSheet: (f) =>
    `no sheet in ${f} has a header sx-feed knows: check that row 1 is the header`,
  encodingUnsure: (f) =>
    `${f} is not UTF-8, and it could be GBK (Excel on a Chinese Windows) or Latin-1 or another Western encoding; it was not read, to avoid garbled text. Say which with --encoding gbk or --encoding latin1, or better, save it from Excel as "CSV UTF-8"`,
  notUtf8OrGbk: (f) =>
    `${f} is neither UTF-8 nor GBK; it looks like a Western encoding (Latin-1/Windows-1252) or another one, and was not read, to avoid garbled text. If it is Western, add --encoding latin1; otherwise save it from Excel as "CSV UTF-8"`,
  forcedEncodingFailed: (f, e) =>
    `${f} is not ${ENCODING_NAMES[e] ?? e}: leave --encoding out (automatic detection), or choose another`,
  controlChars: (n) =>
    `the cell held ${n} control character${n === 1 ? '' : 's'} (invisible terminal codes); removed`,
  formulaError: (e) =>
    `the formula's result is the error ${e}; read as an empty cell. Fix the formula in the sheet`,
  formulaNoResult: () =>
    'the formula has no saved result; read as an empty cell. Open and save the workbook in Excel or WPS once',
  unclosedQuote: (s) =>
    `a quote (") opens here and is never closed; it swallowed the ${s.length} line${s.length === 1 ? '' : 's'} after it (${preview(s, ', ', (n) => `line ${n} `)}), none of which was read. Close or remove the quote and build again`,
  quoteSwallowedRows: (s) =>
    `a quote (") here closes only ${s.length} line${s.length === 1 ? '' : 's'} later, swallowing what look like rows of their own (${preview(s, ', ', (n) => `line ${n} `)}), none of which was read. Check the quotes in this cell`,
  droppedRow: () => 'this row cannot be read reliably; not written',
  duplicateAcross: (id, f, r) =>
    `same id (${id}) as ${f}, row ${r}; this row was not written. Give one of them another id`,
  netFailed: enNet,
  portInUse: (p) =>
    `port ${p} is already in use: choose another (--port ${p + 1}), or --port 0 for any free port`,
  portDenied: (p) =>
    `no permission to use port ${p} (ports below 1024 need administrator rights): choose another, such as --port 8080`,
  notADirectory: (p) => `${p} is not a directory: give the directory that holds the feed`,
  zeroRecords: (k) =>
    `no ${k} record can be written: an empty feed is never published. Fix the errors above first`,
  wouldEmpty: (k, b) =>
    `the feed published last time has ${b} ${k}; this build has none. Stopped; the previous feed is unchanged. To remove every one of them, add --allow-shrink`,
  wouldShrink: (k, b, a, p) =>
    `the feed published last time has ${b} ${k}; this build has only ${a} (${Math.round(((b - a) / b) * 100)}% fewer, more than --max-shrink ${p}%). Stopped; the previous feed is unchanged. Check for a missing file; if the drop is real, add --allow-shrink`,
  previousFeedUnreadable: (p) =>
    `the existing ${p} cannot be read as a feed; building as if there were no previous feed`,
  nothingWritten: () => 'Nothing was written.',
  reportWritten: (p, n) => `wrote the ${n} problem${n === 1 ? '' : 's'} to ${p} (opens in Excel)`,
  summaryHeader: (s, t) => `(${t} problems in all; the first ${s} are listed above; in summary:)`,
  summaryFile: (f, e, w, c) =>
    `  ${f}: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}${c ? `; ${c}` : ''}`,
  summaryColumn: (c, n) => `column "${c}" ${n}`,
  summaryWithoutColumn: () => 'whole rows or the file',
  fullListAt: (p) => `The full list is in ${p}`,
  fullListHint: () => 'Add --report problems.csv for the full list (opens in Excel)',
  reportColumns: {
    file: 'file',
    sheet: 'sheet',
    row: 'row',
    column: 'column',
    header: 'header',
    value: 'value',
    severity: 'severity',
    message: 'message',
  },
  where: {
    sheet: (s) => `sheet "${s}"`,
    row: (r) => `row ${r}`,
    column: (l, h) => (l && h ? `column ${l} "${h}"` : h ? `column "${h}"` : `column ${l}`),
    separator: ', ',
  },
};

export const INPUT_MESSAGES: Record<Lang, InputMessages> = { 'zh-CN': zh, en };
