/**
 * The one-page printable report: the totals, bar charts by city, topic and day, and every table.
 * No script; every name from the feed is escaped text. Colours are the widgets' default tokens
 * (the edition's blue and vermilion), so the report looks like the widgets on partner sites.
 */
import { escapeHtml } from '../render-html.js';
import type { Lang } from '../messages.js';
import { ORGANISER_MESSAGES } from '../messages-organiser.js';
import type { FeedStats, TableId } from './compute.js';
import { rowName } from './names.js';
import { svgBars } from './svg-bars.js';

// The default --sx-color-* tokens of widgets/shared/tokens.styles.ts.
export const EDITION_COLOURS = {
  accent: '#1d4e89',
  highlight: '#a23b24',
  text: '#1f2933',
  muted: '#5b6673',
  border: '#d5dbe3',
};

const CHARTS: readonly TableId[] = ['city', 'topic', 'day'];

const STYLE = `
@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; color: ${EDITION_COLOURS.text};
  font: 14px/1.5 system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { color: ${EDITION_COLOURS.accent}; font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1rem; margin: 1.25rem 0 .4rem; border-bottom: 2px solid ${EDITION_COLOURS.accent}; }
.totals { font-size: 1.05rem; margin: .25rem 0 1rem; }
.notes { color: ${EDITION_COLOURS.muted}; font-size: .85rem; }
.charts { display: grid; gap: .5rem 1.5rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); }
.charts figure { margin: 0; }
.bars { width: 100%; height: auto; font-size: 11px; fill: ${EDITION_COLOURS.text}; }
.bars .v { fill: ${EDITION_COLOURS.muted}; }
.tables { columns: 18rem; column-gap: 1.5rem; }
section { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: .15rem .4rem; border-bottom: 1px solid ${EDITION_COLOURS.border}; }
th { text-align: left; font-weight: normal; }
thead th { font-weight: 600; color: ${EDITION_COLOURS.muted}; }
td { text-align: right; font-variant-numeric: tabular-nums; }
@media print { body { padding: 0; max-width: none; font-size: 11px; } h2 { margin-top: .8rem; } }
`;

export function renderStatsHtml(stats: FeedStats, lang: Lang): string {
  const s = ORGANISER_MESSAGES[lang].stats;
  const { edition, totals } = stats;
  const title = s.title(lang === 'en' ? edition.titleEn || edition.title : edition.title);
  const tableById = new Map(stats.tables.map((t) => [t.id, t]));
  const charts = CHARTS.map((id) => {
    const table = tableById.get(id)!;
    const name = s.tables[id];
    const bars = table.rows.map((row) => ({
      name: rowName(table, row, lang),
      value: row.values[0]!,
    }));
    const colour = id === 'day' ? EDITION_COLOURS.highlight : EDITION_COLOURS.accent;
    return `<figure data-chart="${id}"><h2>${escapeHtml(name)}</h2>${svgBars(bars, s.chartLabel(name), colour)}</figure>`;
  });
  const tables = stats.tables.map((table) => {
    const head = table.measures.map((m) => `<th scope="col">${escapeHtml(s.measures[m])}</th>`);
    const rows = table.rows.map(
      (row) =>
        `<tr data-key="${escapeHtml(row.key)}"><th scope="row">${escapeHtml(rowName(table, row, lang))}</th>` +
        row.values.map((v, i) => `<td data-measure="${table.measures[i]}">${v}</td>`).join('') +
        '</tr>',
    );
    return (
      `<section><h2 id="t-${table.id}">${escapeHtml(s.tables[table.id])}</h2>` +
      `<table data-table="${table.id}" aria-labelledby="t-${table.id}"><thead><tr><th scope="col"></th>${head.join('')}</tr></thead>` +
      `<tbody>${rows.join('')}</tbody></table></section>`
    );
  });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="totals" data-totals="${totals.events},${totals.labs},${totals.openDays},${totals.stories}">${escapeHtml(s.totals(totals.events, totals.labs, totals.openDays, totals.stories))}</p>
<div class="charts">${charts.join('\n')}</div>
<div class="tables">${tables.join('\n')}</div>
<p class="notes">${escapeHtml(s.severalNote)} ${escapeHtml(s.daysNote)}</p>
</body>
</html>
`;
}
