/**
 * The readable report: one line per problem, saying where (file, spreadsheet row, column, or a
 * feed path) and what, in the chosen language; or the same as JSON for scripts (`--json`).
 */
import type { Severity } from '../src/feed/types.js';
import type { Messages } from './messages.js';

export interface ReportIssue {
  /** A sheet or feed file, or a URL. */
  file?: string;
  /** Spreadsheet row, 1-based, the header being row 1. */
  row?: number;
  /** The column's header as written in the sheet. */
  column?: string;
  /** Where in a feed (`events[3].start`), for feed issues. */
  path?: string;
  /** The cell as written, for problems with one cell. */
  value?: string;
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

function where(issue: ReportIssue, m: Messages): string {
  const parts: string[] = [];
  if (m.lang === 'zh-CN') {
    if (issue.file) parts.push(issue.file);
    if (issue.row !== undefined) parts.push(`第 ${issue.row} 行`);
    if (issue.column) parts.push(`「${issue.column}」列`);
    if (issue.path) parts.push(issue.path);
    return parts.join(' ');
  }
  if (issue.file) parts.push(issue.file);
  if (issue.row !== undefined) parts.push(`row ${issue.row}`);
  if (issue.column) parts.push(`column "${issue.column}"`);
  if (issue.path) parts.push(issue.path);
  return parts.join(', ');
}

/** One line per issue: `events.csv, row 12, column "开始时间": error: …`. */
export function formatIssue(issue: ReportIssue, m: Messages): string {
  const place = where(issue, m);
  const sep = m.lang === 'zh-CN' ? ':' : ': ';
  return `${place ? place + sep : ''}${m.severity(issue.severity)}${sep}${issue.message}`;
}

export function formatReport(issues: readonly ReportIssue[], m: Messages): string {
  if (issues.length === 0) return '';
  const { errors, warnings } = countIssues(issues);
  return [...issues.map((issue) => formatIssue(issue, m)), m.issueCount(errors, warnings)].join(
    '\n',
  );
}

/** The JSON report: stable field names, for scripts and CI. */
export function jsonReport(
  issues: readonly ReportIssue[],
  extra: Record<string, unknown> = {},
): string {
  return JSON.stringify({ ...countIssues(issues), issues, ...extra }, null, 2);
}
