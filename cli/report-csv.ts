/**
 * `--report problems.csv`: every problem, one line each, to send back to the cities. UTF-8 with a
 * byte-order mark and CRLF, so Excel opens it with the Chinese intact; grouped by source file in
 * the order the files were read, then by row. Cells that Excel would run as a formula are
 * neutralised (a leading apostrophe), since the values come from other people's sheets.
 */
import { printable } from './control-chars.js';
import { toCsv } from './csv.js';
import type { Messages } from './messages.js';
import { INPUT_MESSAGES } from './messages-input.js';
import type { ReportIssue } from './report.js';

/** `=…`, `+…`, `-…`, `@…` start a formula in Excel; plain numbers do not. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function excelSafe(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** The problem list as CSV text, starting with a BOM. `order` lists files in reading order. */
export function problemsCsv(
  issues: readonly ReportIssue[],
  m: Messages,
  order: readonly string[] = [],
): string {
  const c = INPUT_MESSAGES[m.lang].reportColumns;
  const rank = (file: string | undefined) => {
    const i = file === undefined ? -1 : order.indexOf(file);
    return i === -1 ? order.length : i;
  };
  const sorted = issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        rank(a.issue.file) - rank(b.issue.file) ||
        (a.issue.file ?? '').localeCompare(b.issue.file ?? '') ||
        (a.issue.sheet ?? '').localeCompare(b.issue.sheet ?? '') ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        a.i - b.i,
    )
    .map(({ issue }) => issue);
  const rows = [
    [c.file, c.sheet, c.row, c.column, c.header, c.value, c.severity, c.message],
    ...sorted.map((issue) => [
      issue.file ?? '',
      issue.sheet ?? '',
      issue.row === undefined ? '' : String(issue.row),
      issue.columnLetter ?? '',
      issue.column ?? issue.path ?? '',
      issue.value ?? '',
      m.severity(issue.severity),
      issue.message,
    ]),
  ];
  return '\uFEFF' + toCsv(rows.map((row) => row.map((cell) => excelSafe(printable(cell)))));
}
