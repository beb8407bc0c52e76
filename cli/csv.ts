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

/**
 * Splits CSV text into records. Each record carries the sheet row it starts on; a record whose
 * quoted field spans lines still counts as one spreadsheet row.
 */
export function parseCsvRecords(text: string, delimiter = ','): CsvRow[] {
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let sheetRow = 1;
  let i = 0;
  const n = text.length;

  const endRecord = () => {
    cells.push(field);
    records.push({ row: sheetRow, cells });
    cells = [];
    field = '';
    sheetRow += 1;
  };

  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      // Take the whole run up to the next quote at once: long multi-line cells stay fast.
      const next = text.indexOf('"', i);
      const stop = next === -1 ? n : next;
      field += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (c === delimiter) {
      cells.push(field);
      field = '';
      i += 1;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // A stray quote inside an unquoted field is kept as a character, as spreadsheets do.
      field += c;
      i += 1;
    }
  }
  if (field !== '' || cells.length > 0 || quoted) endRecord();
  return records;
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/** Parses a sheet: the first non-blank record is the header, blank records are skipped. */
export function parseCsv(text: string, options: CsvOptions = {}): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const delimiter = options.delimiter ?? sniffDelimiter(body);
  const records = parseCsvRecords(body, delimiter).filter((r) => !isBlank(r.cells));
  const [head, ...rows] = records;
  return { header: head ? head.cells.map((h) => h.trim()) : [], rows, delimiter };
}

/** Quotes one field when it needs it (for writing templates). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows as CSV with CRLF line ends (what Excel writes and expects). */
export function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
