/** The terminal view of the statistics: one aligned table per figure (CJK counted double width). */
import { printable } from '../control-chars.js';
import type { Lang } from '../messages.js';
import { ORGANISER_MESSAGES } from '../messages-organiser.js';
import type { FeedStats } from './compute.js';
import { rowName, SEVERAL } from './names.js';

// Wide characters take two terminal cells: CJK, full-width forms, Hangul.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

export function displayWidth(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0);
}

const padEnd = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

export function renderStatsText(stats: FeedStats, lang: Lang): string {
  const s = ORGANISER_MESSAGES[lang].stats;
  const { totals, edition } = stats;
  const title = lang === 'en' ? edition.titleEn || edition.title : edition.title;
  const lines = [
    printable(s.title(title)),
    s.totals(totals.events, totals.labs, totals.openDays, totals.stories),
  ];
  for (const table of stats.tables) {
    const names = table.rows.map((row) => printable(rowName(table, row, lang)));
    const heads = table.measures.map((m) => s.measures[m]);
    const nameWidth = Math.max(displayWidth(s.tables[table.id]), ...names.map(displayWidth));
    const widths = heads.map((head, i) =>
      Math.max(displayWidth(head), ...table.rows.map((row) => String(row.values[i]).length)),
    );
    lines.push(
      '',
      padEnd(s.tables[table.id], nameWidth) +
        heads.map((h, i) => '  ' + padStart(h, widths[i]!)).join(''),
    );
    lines.push('-'.repeat(nameWidth + widths.reduce((sum, w) => sum + w + 2, 0)));
    table.rows.forEach((row, r) => {
      lines.push(
        padEnd(names[r]!, nameWidth) +
          row.values.map((v, i) => '  ' + padStart(String(v), widths[i]!)).join(''),
      );
    });
  }
  lines.push('', s.severalNote, s.daysNote);
  return lines.join('\n') + '\n';
}

export { SEVERAL };
