/**
 * An RFC 4180 CSV reader for sheets exported by Excel, WPS and LibreOffice.
 *
 * Quoted fields may hold commas, line breaks and doubled quotes; lines end in CRLF or LF (a lone
 * CR too, as old Mac exports do). Rows whose cells are all blank are skipped but keep their place
 * in the numbering, so every reported row number is the one the spreadsheet shows.
 */

export interface CsvRow {
  /** 1-based line of the sheet, as a spreadsheet numbers it (the header is row 1). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
  /** Quotes that swallowed lines (their rows are still in `rows`, their cells unreliable). */
  quoteProblems?: QuoteProblem[];
}

export interface CsvOptions {
  /** The field separator; by default sniffed from the header line (comma, tab or semicolon). */
  delimiter?: string;
}

const BOM = '\uFEFF';

/** Guesses the separator from the first line: Excel's "Unicode text" export uses tabs. */
function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  const candidates = [',', '\t', ';'].map((c) => [c, count(c)] as const);
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0]![1] > 0 ? candidates[0]![0] : ',';
}

/** A quote that swallowed lines: never closed, or closed only after lines that look like rows. */
export interface QuoteProblem {
  kind: 'unclosed' | 'swallowed';
  /** Spreadsheet row of the record the quote opens in. */
  row: number;
  /** 0-based column of the quoted field. */
  column: number;
  /** The lines inside the quote after its first, by line of the file, with how each starts. */
  swallowed: { line: number; start: string }[];
}

interface QuotedSpan {
  row: number;
  column: number;
  /** Offsets of the opening quote and of the character after the field (or the end). */
  from: number;
  to: number;
  closed: boolean;
}

const EXCERPT = 24;

/**
 * Splits CSV text into records. Each record carries the sheet row it starts on; a record whose
 * quoted field spans lines still counts as one spreadsheet row. Quoted fields that span lines are
 * noted in `spans` (when given), to be judged by quoteProblems().
 */
export function parseCsvRecords(text: string, delimiter = ',', spans?: QuotedSpan[]): CsvRow[] {
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let sheetRow = 1;
  let i = 0;
  const n = text.length;
  // The next delimiter or line break. Fields are short: a loop over their characters costs less
  // than a call into the regex engine per field (kept for a delimiter of several characters).
  const separator = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  const stop = new RegExp(`[${delimiter === '\t' ? '\\t' : escapeClass(delimiter)}\\r\\n]`, 'g');
  const nextStop = (from: number): number => {
    if (separator === -1) {
      // `test`, not `exec`: no match array per field.
      stop.lastIndex = from;
      return stop.test(text) ? stop.lastIndex - 1 : n;
    }
    let at = from;
    for (; at < n; at++) {
      const c = text.charCodeAt(at);
      if (c === separator || c === 13 || c === 10) break;
    }
    return at;
  };
  const shared = sharedCells();

  const endRecord = () => {
    records.push({ row: sheetRow, cells });
    cells = [];
    sheetRow += 1;
  };

  while (i < n) {
    let field: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      const from = i;
      // The closing quote is the first one not doubled; the field is one slice, its doubled
      // quotes made single in one pass (not a string built piece by piece).
      let end = from + 1;
      let doubled = false;
      let closed = false;
      for (;;) {
        const next = text.indexOf('"', end);
        if (next === -1) {
          end = n;
          break;
        }
        if (text.charCodeAt(next + 1) === 34) {
          doubled = true;
          end = next + 2;
          continue;
        }
        end = next;
        closed = true;
        break;
      }
      field = text.slice(from + 1, end);
      if (doubled) field = field.replaceAll('""', '"');
      i = closed ? end + 1 : n;
      // Text after the closing quote up to the delimiter belongs to the field, as spreadsheets read it.
      if (closed && i < n) {
        const end = nextStop(i);
        if (end > i) field += text.slice(i, end);
        i = end;
      }
      if (spans && (!closed || field.includes('\n') || field.includes('\r'))) {
        spans.push({ row: sheetRow, column: cells.length, from, to: i, closed });
      }
    } else {
      const end = nextStop(i);
      field =
        end - i <= SHARED_MAX_LENGTH
          ? shared(cells.length, text.slice(i, end))
          : text.slice(i, end);
      i = end;
    }
    cells.push(field);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      endRecord();
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else {
      i += 1; // the delimiter
      if (i >= n) cells.push('');
    }
  }
  if (cells.length > 0) endRecord();
  return records;
}

/**
 * Short cells repeat down a column (a city, a form, a date, 是): each distinct one is kept once per
 * column, instead of one copy per row. On a 100,000-row sheet that is tens of megabytes less to
 * hold while the rows are converted. A column of mostly different values (ids) stops being
 * remembered after a thousand of them: there it would only cost time.
 */
const SHARED_MAX_LENGTH = 24;
const SHARED_MAX_DISTINCT = 1000;

function sharedCells(): (column: number, cell: string) => string {
  const pools: (Map<string, string> | null | undefined)[] = [];
  return (column, cell) => {
    let pool = pools[column];
    if (pool === null) return cell;
    if (pool === undefined) pools[column] = pool = new Map();
    const known = pool.get(cell);
    if (known !== undefined) return known;
    if (pool.size >= SHARED_MAX_DISTINCT) pools[column] = null;
    else pool.set(cell, cell);
    return cell;
  };
}

function escapeClass(c: string): string {
  return c.replace(/[\\\]^-]/g, '\\$&');
}

/** 1-based line of the file at each offset (offsets ascending). */
function linesAt(text: string, offsets: number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at += 1) {
      const c = text.charCodeAt(at);
      if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) line += 1;
    }
    lines.push(line);
  }
  return lines;
}

/** True when the span holds fewer than `min` delimiters after its first line break. */
function fewDelimiters(text: string, span: QuotedSpan, delimiter: string, min: number): boolean {
  if (delimiter.length !== 1) return false;
  const separator = delimiter.charCodeAt(0);
  let at = span.from;
  for (; at < span.to; at++) {
    const c = text.charCodeAt(at);
    if (c === 10 || c === 13) break;
  }
  let count = 0;
  for (; at < span.to; at++) {
    if (text.charCodeAt(at) === separator && ++count >= min) return false;
  }
  return true;
}

/**
 * Which multi-line quoted fields are mistakes: a quote never closed, or one whose inner lines
 * hold as many delimiters as a row of the sheet does (an organiser's multi-line description
 * rarely holds half a row's worth of separators).
 */
function quoteProblems(
  text: string,
  spans: QuotedSpan[],
  delimiter: string,
  columns: number,
): QuoteProblem[] {
  const minDelimiters = Math.max(2, Math.floor((columns - 1) / 2));
  const problems: QuoteProblem[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    // Most multi-line fields are descriptions with a few separators after their first line:
    // too few for any line to look like a row, which is known without splitting the field.
    if (span.closed && fewDelimiters(text, span, delimiter, minDelimiters)) continue;
    const inner = text.slice(span.from, span.to).split(/\r\n|\r|\n/);
    const later = inner.slice(1);
    const looksLikeRows = later.some((l) => l.split(delimiter).length - 1 >= minDelimiters);
    if (span.closed && !looksLikeRows) continue;
    const [first] = linesAt(text, [span.from]);
    const swallowed = later
      .map((l, k) => ({ line: first! + k + 1, start: l.trim().slice(0, EXCERPT) }))
      .filter((s) => s.start !== '');
    problems.push({
      kind: span.closed ? 'swallowed' : 'unclosed',
      row: span.row,
      column: span.column,
      swallowed,
    });
  }
  return problems;
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/** Parses a sheet: the first non-blank record is the header, blank records are skipped. */
export function parseCsv(text: string, options: CsvOptions = {}): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const delimiter = options.delimiter ?? sniffDelimiter(body);
  const spans: QuotedSpan[] = [];
  const records = parseCsvRecords(body, delimiter, spans).filter((r) => !isBlank(r.cells));
  // Not `[head, ...rows]`: a rest element copies through the iterator, one step per row.
  const head = records[0];
  const rows = records.slice(1);
  const table: CsvTable = { header: head ? head.cells.map((h) => h.trim()) : [], rows, delimiter };
  if (spans.length > 0) {
    const problems = quoteProblems(body, spans, delimiter, table.header.length);
    if (problems.length > 0) table.quoteProblems = problems;
  }
  return table;
}

/** Quotes one field when it needs it (for writing templates). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows as CSV with CRLF line ends (what Excel writes and expects). */
export function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
