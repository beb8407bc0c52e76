/**
 * The readable report: one line per problem, saying where (file, spreadsheet row, column, or a
 * feed path) and what, in the chosen language; or the same as JSON for scripts (`--json`).
 */
import type { Severity } from '../src/feed/types.js';
import { printable } from './control-chars.js';
import type { Messages } from './messages.js';
import { INPUT_MESSAGES } from './messages-input.js';

export interface ReportIssue {
  /** A sheet or feed file, or a URL. */
  file?: string;
  /** The worksheet of a workbook. */
  sheet?: string;
  /** Spreadsheet row, 1-based, the header being row 1. */
  row?: number;
  /** The column's header as written in the sheet. */
  column?: string;
  /** The column's letter, as the spreadsheet shows it (`F`). */
  columnLetter?: string;
  /** The cell's content, for the problem list. */
  value?: string;
  /** Where in a feed (`events[3].start`), for feed issues. */
  path?: string;
  message: string;
  /** `info`: how a cell was read (a district mapped to its city); never a failure. */
  severity: Severity | 'info';
}

export function countIssues(issues: readonly ReportIssue[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const issue of issues) {
    if (issue.severity === 'error') errors += 1;
    else if (issue.severity === 'warning') warnings += 1;
  }
  return { errors, warnings };
}

/** `A` for the first column, `Z`, `AA`… as spreadsheets name them (0-based index in). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function where(issue: ReportIssue, m: Messages): string {
  const w = INPUT_MESSAGES[m.lang].where;
  const parts: string[] = [];
  if (issue.file) parts.push(issue.file);
  if (issue.sheet) parts.push(w.sheet(issue.sheet));
  if (issue.row !== undefined) parts.push(w.row(issue.row));
  if (issue.column || issue.columnLetter) parts.push(w.column(issue.columnLetter, issue.column));
  if (issue.path) parts.push(issue.path);
  return parts.join(w.separator);
}

/** One line per issue: `events.csv, row 12, column F "开始时间": error: …` (printable only). */
export function formatIssue(issue: ReportIssue, m: Messages): string {
  const place = where(issue, m);
  const sep = m.lang === 'zh-CN' ? ':' : ': ';
  return printable(
    `${place ? place + sep : ''}${m.severity(issue.severity)}${sep}${issue.message}`,
  );
}

/** Past this many problems the terminal gets the first ones and a summary per file. */
export const TERMINAL_LIMIT = 50;

/** Counts per file, and per column within it, most frequent first. */
function summary(issues: readonly ReportIssue[], m: Messages): string[] {
  const im = INPUT_MESSAGES[m.lang];
  const byFile = new Map<
    string,
    { errors: number; warnings: number; columns: Map<string, number> }
  >();
  for (const issue of issues) {
    const file = [issue.file, issue.sheet].filter(Boolean).join('#') || '—';
    let entry = byFile.get(file);
    if (!entry) byFile.set(file, (entry = { errors: 0, warnings: 0, columns: new Map() }));
    if (issue.severity === 'error') entry.errors += 1;
    else entry.warnings += 1;
    const column = issue.column ?? issue.columnLetter ?? im.summaryWithoutColumn();
    entry.columns.set(column, (entry.columns.get(column) ?? 0) + 1);
  }
  return [...byFile].map(([file, entry]) => {
    const columns = [...entry.columns]
      .sort((a, b) => b[1] - a[1])
      .map(([column, count]) => im.summaryColumn(column, count))
      .join(m.lang === 'zh-CN' ? ',' : ', ');
    return printable(im.summaryFile(file, entry.errors, entry.warnings, columns));
  });
}

/**
 * The terminal report: every issue, or past TERMINAL_LIMIT the first ones, counts per file and
 * column, and where the full list is (`reportPath`) or how to get it.
 */
export function formatReport(
  issues: readonly ReportIssue[],
  m: Messages,
  reportPath?: string,
): string {
  if (issues.length === 0) return '';
  const { errors, warnings } = countIssues(issues);
  const lines = issues.slice(0, TERMINAL_LIMIT).map((issue) => formatIssue(issue, m));
  if (issues.length > TERMINAL_LIMIT) {
    const im = INPUT_MESSAGES[m.lang];
    lines.push(im.summaryHeader(TERMINAL_LIMIT, issues.length), ...summary(issues, m));
    lines.push(reportPath ? im.fullListAt(printable(reportPath)) : im.fullListHint());
  }
  lines.push(m.issueCount(errors, warnings));
  return lines.join('\n');
}

/** The JSON report: stable field names, for scripts and CI. */
export function jsonReport(
  issues: readonly ReportIssue[],
  extra: Record<string, unknown> = {},
): string {
  return JSON.stringify({ ...countIssues(issues), issues, ...extra }, null, 2);
}
