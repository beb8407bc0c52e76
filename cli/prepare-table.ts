/**
 * What organisers' sheets do around the data, undone before the rows are read: a row of notes
 * under the header (`必填`, `格式：2025-05-30`), and cells left blank by merged ranges, filled
 * from the row above with `--fill-down 城市` or, without it, recognised so the report can say so.
 */
import { columnKey, isNotesRow, type HeaderMap, type SheetKind } from './columns.js';
import type { CsvRow, CsvTable } from './csv.js';

export interface PreparedTable {
  rows: CsvRow[];
  /** Sheet rows skipped as notes about the columns. */
  notesRows: number[];
  /** `--fill-down` names this sheet has no column for. */
  fillDownMissing: string[];
  /**
   * Per column key: rows whose blank cell sits in a run of blanks directly under a filled cell,
   * when the column has at least two such blanks (what a merged range leaves in an export).
   */
  mergedBlanks: Map<string, Set<number>>;
}

/** Columns whose blanks are worth a merged-cell hint: the ones a row cannot do without. */
const HINT_KEYS = [
  'title',
  'name',
  'category',
  'kind',
  'city',
  'organiser',
  'host',
  'date',
  'start',
];

/**
 * True when the cell is empty or only spaces. Most cells start with a printable ASCII or CJK
 * character, which no trim removes: those are answered without trimming (nine columns are looked
 * at on every row).
 */
const blank = (row: CsvRow, index: number) => {
  const cell = row.cells[index];
  if (!cell) return true;
  const c = cell.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) return false;
  return !cell.trim();
};

function mergedBlanks(rows: CsvRow[], header: HeaderMap): Map<string, Set<number>> {
  const result = new Map<string, Set<number>>();
  for (const key of HINT_KEYS) {
    const index = header.index.get(key);
    if (index === undefined) continue;
    const found = new Set<number>();
    let inRun = false;
    rows.forEach((row, i) => {
      const previous = rows[i - 1];
      const adjacent = previous !== undefined && previous.row === row.row - 1;
      if (!blank(row, index)) {
        inRun = false;
        return;
      }
      // A run starts under a filled cell and goes on while the rows stay adjacent.
      inRun = adjacent && (inRun || !blank(previous, index));
      if (inRun) found.add(row.row);
    });
    if (found.size >= 2) result.set(key, found);
  }
  return result;
}

export function prepareTable(
  kind: SheetKind,
  table: CsvTable,
  header: HeaderMap,
  fillDown: readonly string[] = [],
): PreparedTable {
  let start = 0;
  const notesRows: number[] = [];
  // Notes rows come straight under the header, before any data.
  while (start < table.rows.length && isNotesRow(table.rows[start]!.cells)) {
    notesRows.push(table.rows[start]!.row);
    start += 1;
  }
  let rows = table.rows.slice(start);
  const fillDownMissing: string[] = [];
  const fillIndexes: number[] = [];
  for (const name of fillDown) {
    const key = columnKey(kind, name);
    const index = key === undefined ? undefined : header.index.get(key);
    if (index === undefined) fillDownMissing.push(name);
    else fillIndexes.push(index);
  }
  const merged = mergedBlanks(rows, header);
  if (fillIndexes.length > 0) {
    let above: string[] = [];
    rows = rows.map((row) => {
      const cells = [...row.cells];
      for (const index of fillIndexes) {
        if (!(cells[index] ?? '').trim() && above[index]) cells[index] = above[index]!;
      }
      above = cells;
      return { row: row.row, cells };
    });
    for (const [key] of merged) {
      if (fillIndexes.includes(header.index.get(key)!)) merged.delete(key);
    }
  }
  return { rows, notesRows, fillDownMissing, mergedBlanks: merged };
}
