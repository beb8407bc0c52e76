/**
 * What an input file is, from its first bytes and its name: a sheet sx-feed reads (CSV/TSV text
 * or an .xlsx workbook), or something else that deserves a precise message (an image, a PDF, an
 * old .xls, a password-protected workbook, an empty file) instead of an empty feed.
 */
import { extname } from 'node:path';
import { sniffUtf16 } from './encoding.js';
import type { FileKind } from './messages-input.js';

export type SheetFormat = 'text' | 'xlsx';

const EXTENSIONS_TEXT = new Set(['.csv', '.tsv', '.txt', '']);
const EXTENSIONS_XLSX = new Set(['.xlsx', '.xlsm']);
/** What a directory contributes: the sheets an organiser saves. */
export const SHEET_EXTENSIONS = ['.csv', '.tsv', '.xlsx'];

const MAGIC: [FileKind, number[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0]],
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Workbooks name their parts in the ZIP directory: `xl/workbook.xml`. */
const isWorkbookZip = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('xl/');

/**
 * The format to read `bytes` as, or the kind of unusable file it is. Text is judged further when
 * decoded (encoding, header-only); here only what the first bytes and the name tell.
 */
export function sniffFile(path: string, bytes: Uint8Array): SheetFormat | FileKind {
  if (bytes.length === 0) return 'empty';
  for (const [kind, magic] of MAGIC) if (startsWith(bytes, magic)) return kind;
  const ext = extname(path).toLowerCase();
  if (startsWith(bytes, ZIP)) return isWorkbookZip(bytes) ? 'xlsx' : 'zip';
  if (EXTENSIONS_XLSX.has(ext)) return 'broken-xlsx';
  if (ext === '.xls' || ext === '.et') return 'ole';
  if (!EXTENSIONS_TEXT.has(ext) && looksBinary(bytes)) return 'binary';
  if (!EXTENSIONS_TEXT.has(ext) && !['.text', '.dat'].includes(ext)) return 'unknown-extension';
  return looksBinary(bytes) ? 'binary' : 'text';
}

/**
 * Control bytes that text never holds (NUL aside from UTF-16's, and the like) in the first 8 KB.
 * UTF-16 has zero bytes everywhere but always as half of a character: left to the decoder.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let zeros = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i]!;
    if (b === 0) zeros += 1;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) odd += 1;
  }
  if (zeros > 0 && sniffUtf16(bytes)) return false;
  return zeros > 0 || odd > n / 10;
}
