/**
 * A horizontal bar chart as inline SVG: no script, no library, prints as vectors. Names are feed
 * text, so they are escaped like every other text; the SVG scales to the page width.
 */
import { escapeHtml } from '../render-html.js';

export interface Bar {
  name: string;
  value: number;
}

const ROW = 18;
const PLOT_WIDTH = 226;
const VALUE_WIDTH = 34;
const MAX_NAME_WIDTH = 190;

// Approximate widths at the chart's 11px font: a CJK character is about a square, Latin about half.
const textWidth = (text: string) =>
  [...text].reduce((sum, c) => sum + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 11.5 : 7.4), 0);

/** A name that fits the label column, cut with an ellipsis (the full name stays in a tooltip). */
function fit(name: string, width: number): string {
  if (textWidth(name) <= width) return name;
  let cut = name;
  while (cut && textWidth(cut + '…') > width) cut = cut.slice(0, -1);
  return cut + '…';
}

export function svgBars(bars: readonly Bar[], title: string, colour: string): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const NAME_WIDTH =
    Math.min(MAX_NAME_WIDTH, Math.max(48, ...bars.map((b) => textWidth(b.name)))) + 8;
  const WIDTH = NAME_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
  const plot = PLOT_WIDTH;
  const height = bars.length * ROW + 4;
  const rows = bars.map((bar, i) => {
    const y = i * ROW + 2;
    const w = bar.value === 0 ? 0 : Math.max(1, Math.round((bar.value / max) * plot));
    return (
      `<text x="${NAME_WIDTH - 8}" y="${y + 13}" text-anchor="end"><title>${escapeHtml(bar.name)}</title>${escapeHtml(fit(bar.name, MAX_NAME_WIDTH))}</text>` +
      `<rect x="${NAME_WIDTH}" y="${y + 3}" width="${w}" height="${ROW - 6}" rx="2" fill="${colour}"/>` +
      `<text x="${NAME_WIDTH + w + 6}" y="${y + 13}" class="v">${bar.value}</text>`
    );
  });
  return (
    `<svg class="bars" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg">` +
    rows.join('') +
    '</svg>'
  );
}
