/**
 * Points every problem at a cell as a spreadsheet names it: the file, the worksheet, the row, the
 * column's letter and header, and the cell's content (for the problem list sent back to cities).
 */
import { printable } from './control-chars.js';
import type { CsvRow } from './csv.js';
import type { ReadIssue, SheetSource } from './read-sheet.js';
import { columnLetter, type ReportIssue } from './report.js';
import type { SheetIssue } from './rows-to-records.js';

/** Longest cell content quoted in a report. */
const VALUE_LIMIT = 200;

export class IssuePlacer {
  private readonly byLabel = new Map<string, SheetSource>();
  private readonly rowCells = new Map<SheetSource, Map<number, string[]>>();

  constructor(sources: readonly SheetSource[]) {
    for (const source of sources) this.byLabel.set(source.label, source);
  }

  private cells(source: SheetSource, row: number): string[] | undefined {
    let rows = this.rowCells.get(source);
    if (!rows) {
      // Built once per sheet, and only for sheets with problems in rows.
      rows = new Map(source.table.rows.map((r: CsvRow) => [r.row, r.cells]));
      this.rowCells.set(source, rows);
    }
    return rows.get(row);
  }

  private place(source: SheetSource, issue: ReportIssue, index: number | undefined): void {
    issue.file = source.path;
    if (source.sheet !== undefined) issue.sheet = source.sheet;
    if (index === undefined || index < 0) return;
    issue.columnLetter = columnLetter(index);
    const header = source.table.header[index];
    if (header && issue.column === undefined) issue.column = header;
    if (issue.value === undefined && issue.row !== undefined) {
      const value = this.cells(source, issue.row)?.[index];
      if (value) issue.value = printable(value).slice(0, VALUE_LIMIT);
    }
  }

  /** A row or cell problem from converting a sheet (its `file` is the sheet's label). */
  fromSheet(issue: SheetIssue): ReportIssue {
    const placed: ReportIssue = { ...issue };
    const source = this.byLabel.get(issue.file);
    if (!source) return placed;
    const index =
      issue.column === undefined ? undefined : source.table.header.indexOf(issue.column);
    this.place(source, placed, index);
    return placed;
  }

  /** A problem found while reading the sheet. */
  fromRead(source: SheetSource, issue: ReadIssue): ReportIssue {
    const placed: ReportIssue = { message: issue.message, severity: issue.severity };
    if (issue.row !== undefined) placed.row = issue.row;
    if (issue.value !== undefined) placed.value = issue.value;
    this.place(source, placed, issue.column);
    return placed;
  }
}
