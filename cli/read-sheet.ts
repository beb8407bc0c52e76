/**
 * Reads one input file into sheets: bytes → what the file is (text or workbook, or a precise
 * reason it is neither) → rows, with control characters removed and quote mistakes found. A file
 * that cannot give a single trustworthy row stops the build (InputError, exit 2) before anything
 * is written.
 */
import { readFile } from 'node:fs/promises';
import type { Severity } from '../src/feed/types.js';
import type { SheetKind } from './columns.js';
import { mapHeader } from './columns.js';
import { cleanCell, hasControlChars, printable } from './control-chars.js';
import { parseCsv, type CsvTable } from './csv.js';
import {
  decodeSheet,
  EncodingError,
  type DetectedEncoding,
  type EncodingChoice,
} from './encoding.js';
import { sniffFile } from './file-kind.js';
import { fsCode } from './fs-errors.js';
import type { InputMessages } from './messages-input.js';
import { BrokenWorkbook, readXlsx, type XlsxSheet } from './read-xlsx.js';

/** A problem found while reading, placed by the sheet's own row and 0-based column. */
export interface ReadIssue {
  row?: number;
  column?: number;
  value?: string;
  message: string;
  severity: Severity;
}

/** One table to convert: a CSV/TSV file, or one worksheet of a workbook. */
export interface SheetSource {
  /** The file as the user named it (or as found in a directory or by a pattern). */
  path: string;
  /** The worksheet, for workbooks. */
  sheet?: string;
  /** How rows name their source in reports: `path` or `path#sheet`. */
  label: string;
  format: 'csv' | 'tsv' | 'xlsx';
  encoding?: DetectedEncoding;
  table: CsvTable;
  issues: ReadIssue[];
  /** Rows taken out because they cannot be read reliably; each has an error in `issues`. */
  dropped: number[];
}

/** The input cannot be used at all: the message says what it seems to be and what to do. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface ReadOptions {
  encoding: EncodingChoice;
  /** For workbooks: read only this sheet. */
  sheet?: string;
}

/** Removes control characters from every cell, reporting each cell that held some. */
function cleanTable(table: CsvTable, headerRow: number, issues: ReadIssue[], im: InputMessages) {
  const clean = (cells: string[], row: number) => {
    for (let c = 0; c < cells.length; c += 1) {
      const value = cells[c]!;
      if (!hasControlChars(value)) continue;
      const { text, removed } = cleanCell(value);
      cells[c] = text;
      issues.push({
        row,
        column: c,
        value: printable(text),
        message: im.controlChars(removed),
        severity: 'warning',
      });
    }
  };
  clean(table.header, headerRow);
  table.header = table.header.map((h) => h.trim());
  for (const r of table.rows) clean(r.cells, r.row);
}

/** Takes out the rows a quote mistake made unreliable, reporting each with what it swallowed. */
function dropQuoteProblems(table: CsvTable, issues: ReadIssue[], im: InputMessages): number[] {
  const problems = table.quoteProblems ?? [];
  if (problems.length === 0) return [];
  const bad = new Set(problems.map((p) => p.row));
  for (const p of problems) {
    const swallowed = p.swallowed.map((s) => ({ line: s.line, start: printable(s.start) }));
    issues.push({
      row: p.row,
      column: p.column,
      message:
        p.kind === 'unclosed' ? im.unclosedQuote(swallowed) : im.quoteSwallowedRows(swallowed),
      severity: 'error',
    });
  }
  table.rows = table.rows.filter((r) => !bad.has(r.row));
  return [...bad];
}

function readText(
  display: string,
  bytes: Uint8Array,
  options: ReadOptions,
  im: InputMessages,
): SheetSource {
  const bom = bytes.length === 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const bom16 = bytes.length === 2 && (bytes[0] === 0xff || bytes[0] === 0xfe);
  if (bom || bom16) throw new InputError(im.fileKind('bom-only', display));
  let decoded: ReturnType<typeof decodeSheet>;
  try {
    decoded = decodeSheet(bytes, options.encoding);
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    throw new InputError(
      error.reason === 'unsure'
        ? im.encodingUnsure(display)
        : error.reason === 'not-utf8-or-gbk'
          ? im.notUtf8OrGbk(display)
          : im.forcedEncodingFailed(display, error.encoding ?? options.encoding),
    );
  }
  const table = parseCsv(decoded.text);
  if (table.header.length === 0) {
    throw new InputError(im.fileKind('blank', display));
  }
  const issues: ReadIssue[] = [];
  const dropped = dropQuoteProblems(table, issues, im);
  if (hasControlChars(decoded.text)) cleanTable(table, 1, issues, im);
  if (table.rows.length === 0 && dropped.length === 0) {
    throw new InputError(im.fileKind('header-only', display));
  }
  return {
    path: display,
    label: display,
    format: table.delimiter === '\t' ? 'tsv' : 'csv',
    encoding: decoded.encoding,
    table,
    issues,
    dropped,
  };
}

const knowsHeader = (kind: SheetKind, header: string[]) => mapHeader(kind, header).index.size > 0;

function workbookSources(
  sheets: XlsxSheet[],
  display: string,
  kind: SheetKind,
  options: ReadOptions,
  im: InputMessages,
  warnings: ReadIssue[],
): SheetSource[] {
  let chosen = sheets;
  if (options.sheet !== undefined) {
    const named = sheets.find((s) => s.name === options.sheet);
    if (!named) {
      throw new InputError(
        im.noSuchSheet(
          display,
          printable(options.sheet),
          sheets.map((s) => printable(s.name)),
        ),
      );
    }
    chosen = [named];
  }
  const sources: SheetSource[] = [];
  for (const sheet of chosen) {
    const named = options.sheet !== undefined;
    const label = `${display}#${sheet.name}`;
    if (!named && (sheet.hidden || sheet.table.header.length === 0)) continue;
    if (!named && !knowsHeader(kind, sheet.table.header)) {
      warnings.push({ message: im.sheetSkipped(printable(sheet.name)), severity: 'warning' });
      continue;
    }
    if (sheet.table.header.length === 0) throw new InputError(im.fileKind('blank', label));
    if (sheet.table.rows.length === 0) throw new InputError(im.fileKind('header-only', label));
    const issues: ReadIssue[] = sheet.issues.map((i) => ({
      row: i.row,
      column: i.column,
      value: i.value,
      message: i.problem === 'formula-error' ? im.formulaError(i.value) : im.formulaNoResult(),
      severity: i.severity,
    }));
    const headerRow = sheet.table.rows[0]!.row - 1;
    cleanTable(sheet.table, headerRow, issues, im);
    sources.push({
      path: display,
      sheet: sheet.name,
      label,
      format: 'xlsx',
      table: sheet.table,
      issues,
      dropped: [],
    });
  }
  if (sources.length === 0) throw new InputError(im.noUsableSheet(display));
  return sources;
}

/**
 * Reads the file at `path` (shown as `display`) as sheets of `kind`.
 * `warnings` receives problems with the file as a whole (a sheet skipped).
 * @throws InputError when the file cannot be used
 */
export async function readSheetFile(
  path: string,
  display: string,
  kind: SheetKind,
  options: ReadOptions,
  im: InputMessages,
  warnings: ReadIssue[] = [],
): Promise<SheetSource[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(im.fsError(fsCode(error), display));
  }
  const format = sniffFile(path, bytes);
  if (format === 'text') {
    if (options.sheet !== undefined)
      throw new InputError(im.noSuchSheet(display, options.sheet, []));
    return [readText(display, bytes, options, im)];
  }
  if (format !== 'xlsx') throw new InputError(im.fileKind(format, display));
  let sheets: XlsxSheet[];
  try {
    sheets = await readXlsx(bytes);
  } catch (error) {
    if (error instanceof BrokenWorkbook) throw new InputError(im.fileKind('broken-xlsx', display));
    throw error;
  }
  return workbookSources(sheets, display, kind, options, im, warnings);
}
