/**
 * Several sheets make one feed: the records of every sheet of a kind, in reading order. A record
 * whose id another sheet already used is left out and reported at its own row, naming the first.
 * (Checks across sheets that need the records' meaning, such as near-duplicates, belong here too.)
 */
import type { Checked } from './check-records.js';
import type { InputMessages } from './messages-input.js';
import type { Candidate } from './rows-to-records.js';

export interface SheetResult<T> {
  /** The sheet's label (`cities/太原.xlsx#活动`). */
  label: string;
  checked: Checked<T>;
  /**
   * Row of each record, by id, as the sheet's conversion placed it. Made only when asked: a single
   * sheet needs none, and for 100,000 records the map costs a noticeable share of a build.
   */
  rowOf: () => Map<string, number>;
}

/** Row of each record id in `candidates` (the first, if a sheet repeats an id). */
export function rowsById<T extends { id: string }>(
  candidates: Candidate<T>[],
): Map<string, number> {
  const rows = new Map<string, number>();
  for (const c of candidates) if (!rows.has(c.record.id)) rows.set(c.record.id, c.row);
  return rows;
}

/** All records of one kind; drops and reports ids seen in an earlier sheet. */
export function mergeSheets<T extends { id: string }>(
  sheets: SheetResult<T>[],
  im: InputMessages,
): T[] {
  // One sheet cannot repeat another: its records are the list (the common case, and the one with
  // the most records, where remembering each id's sheet and row costs a noticeable share).
  if (sheets.length === 1) return [...sheets[0]!.checked.records];
  const first = new Map<string, { label: string; row: number }>();
  const merged: T[] = [];
  for (const sheet of sheets) {
    const { label, checked } = sheet;
    const rowOf = sheet.rowOf();
    const kept: T[] = [];
    for (const record of checked.records) {
      const row = rowOf.get(record.id);
      const seen = first.get(record.id);
      if (seen && seen.label !== label) {
        checked.issues.push({
          file: label,
          ...(row !== undefined && { row }),
          message: im.duplicateAcross(record.id, seen.label, seen.row),
          severity: 'error',
        });
        if (row !== undefined && !checked.stats.rejectedRows.includes(row)) {
          checked.stats.rejectedRows.push(row);
          checked.stats.rejected += 1;
          checked.stats.written -= 1;
        }
        continue;
      }
      if (!seen && row !== undefined) first.set(record.id, { label, row });
      kept.push(record);
    }
    checked.records = kept;
    merged.push(...kept);
  }
  return merged;
}
