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
const WIDTH = 360;
const NAME_WIDTH = 100;
const VALUE_WIDTH = 34;

export function svgBars(bars: readonly Bar[], title: string, colour: string): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = WIDTH - NAME_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW + 4;
  const rows = bars.map((bar, i) => {
    const y = i * ROW + 2;
    const w = bar.value === 0 ? 0 : Math.max(1, Math.round((bar.value / max) * plot));
    return (
      `<text x="${NAME_WIDTH - 8}" y="${y + 13}" text-anchor="end">${escapeHtml(bar.name)}</text>` +
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
