/**
 * The statistics as CSV, one line per figure (table, key, name, measure, count): sortable and
 * filterable in Excel. UTF-8 with a byte-order mark and CRLF so Excel opens the Chinese intact;
 * names from the feed are neutralised where Excel would read a formula.
 */
import { toCsv } from '../csv.js';
import type { Lang } from '../messages.js';
import { ORGANISER_MESSAGES } from '../messages-organiser.js';
import { excelSafe } from '../report-csv.js';
import type { FeedStats } from './compute.js';
import { rowName } from './names.js';

export function renderStatsCsv(stats: FeedStats, lang: Lang): string {
  const s = ORGANISER_MESSAGES[lang].stats;
  const rows: string[][] = [[...s.csvColumns]];
  for (const table of stats.tables) {
    for (const row of table.rows) {
      table.measures.forEach((measure, i) => {
        rows.push([
          s.tables[table.id],
          excelSafe(row.key),
          excelSafe(rowName(table, row, lang)),
          s.measures[measure],
          String(row.values[i]),
        ]);
      });
    }
  }
  return '\uFEFF' + toCsv(rows);
}
