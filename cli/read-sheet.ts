/** Reads a sheet file from disk: bytes → text (encoding detected or forced) → rows. */
import { readFile } from 'node:fs/promises';
import { parseCsv, type CsvTable } from './csv.js';
import { decodeSheet, type DetectedEncoding, type EncodingChoice } from './encoding.js';

export interface Sheet {
  table: CsvTable;
  encoding: DetectedEncoding;
}

/** @throws the file system's error when the file cannot be read; TypeError when forced UTF-8 fails */
export async function readSheet(path: string, encoding: EncodingChoice): Promise<Sheet> {
  const bytes = await readFile(path);
  const { text, encoding: detected } = decodeSheet(bytes, encoding);
  return { table: parseCsv(text), encoding: detected };
}
