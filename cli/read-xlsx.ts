/**
 * Reads .xlsx workbooks with exceljs into the same rows a CSV gives, cell by cell as Excel shows
 * them: date cells as dates (`2025-05-30`, `2025-05-30 14:00`), time cells as times (`14:00`),
 * formulas by their saved result, rich text as its text, and every cell of a merged range with the
 * value of its top-left cell (exceljs hands a merged cell its anchor's value). Row numbers are
 * Excel's own.
 */
import type ExcelJS from 'exceljs';
import type { Severity } from '../src/feed/types.js';
import type { CsvRow, CsvTable } from './csv.js';

export interface XlsxCellIssue {
  row: number;
  /** 0-based column. */
  column: number;
  problem: 'formula-error' | 'formula-no-result';
  value: string;
  severity: Severity;
}

export interface XlsxSheet {
  name: string;
  hidden: boolean;
  table: CsvTable;
  issues: XlsxCellIssue[];
}

/** The workbook's bytes are not a workbook exceljs can open. */
export class BrokenWorkbook extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'BrokenWorkbook';
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel's day zero in the 1900 system, as exceljs dates a time-only cell. */
const isTimeOnly = (d: Date) =>
  (d.getUTCFullYear() === 1899 && d.getUTCMonth() === 11 && d.getUTCDate() === 30) ||
  (d.getUTCFullYear() === 1904 && d.getUTCMonth() === 0 && d.getUTCDate() === 1);

/**
 * A date cell as the text the sheet readers take. exceljs gives the wall-clock time as UTC fields,
 * which is what the organiser typed, whatever the machine's zone.
 */
export function dateCellText(d: Date, numFmt: string | undefined): string {
  // Excel stores times as fractions of a day: round to the second, which floating point blurs.
  const t = new Date(Math.round(d.getTime() / 1000) * 1000);
  const seconds = t.getUTCSeconds();
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}${seconds ? `:${pad(seconds)}` : ''}`;
  if (isTimeOnly(t)) return time;
  const date = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const midnight = t.getUTCHours() === 0 && t.getUTCMinutes() === 0 && seconds === 0;
  const showsTime = numFmt !== undefined && /[hs]/i.test(numFmt.replace(/"[^"]*"/g, ''));
  return midnight && !showsTime ? date : `${date} ${time}`;
}

type Value = ExcelJS.CellValue;

interface CellText {
  text: string;
  problem?: XlsxCellIssue['problem'];
  raw?: string;
}

function valueText(value: Value, numFmt: string | undefined): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: String(value) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: dateCellText(value, numFmt) };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
  if ('error' in value) return { text: '', problem: 'formula-error', raw: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: Value }).result;
    if (result === undefined) return { text: '', problem: 'formula-no-result' };
    return valueText(result, numFmt);
  }
  if ('hyperlink' in value) {
    const shown = valueText(value.text as Value, numFmt).text;
    return { text: shown || value.hyperlink };
  }
  return { text: String(value as unknown) };
}

function sheetTable(ws: ExcelJS.Worksheet): { table: CsvTable; issues: XlsxCellIssue[] } {
  const issues: XlsxCellIssue[] = [];
  const records: CsvRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const { text, problem, raw } = valueText(cell.value, cell.numFmt);
      while (cells.length < col - 1) cells.push('');
      cells[col - 1] = text;
      if (problem) {
        issues.push({
          row: rowNumber,
          column: col - 1,
          problem,
          value: raw ?? '',
          severity: 'warning',
        });
      }
    });
    if (cells.some((cell) => cell.trim() !== '')) records.push({ row: rowNumber, cells });
  });
  const [head, ...rows] = records;
  const header = head ? head.cells.map((h) => h.trim()) : [];
  // Keep only issues below the header (a formula error in a title row is not a data problem).
  return {
    table: { header, rows, delimiter: '' },
    issues: issues.filter((i) => head && i.row >= head.row),
  };
}

/** Every worksheet of the workbook, in order. @throws BrokenWorkbook */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxSheet[]> {
  // Loaded here, not at start-up: exceljs takes about 0.3 s to load, and most builds read CSV.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch (error) {
    throw new BrokenWorkbook((error as Error).message);
  }
  return workbook.worksheets.map((ws) => ({
    name: ws.name,
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
    ...sheetTable(ws),
  }));
}
