/** The card's few line icons (24-unit grid, drawn in the text colour, hidden from AT). */
import { html, type TemplateResult } from 'lit';

export const ICONS = {
  previous: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
  pause: 'M8 5v14M16 5v14',
  play: 'M7 4.5v15l12-7.5z',
  expand: 'M6 9l6 6 6-6',
  share: 'M12 15V3M7 8l5-5 5 5M5 13v7h14v-7',
  qr: 'M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2zM18 14h2M14 18v2',
  honour: 'M12 15a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11zM8.5 13.5 7 21l5-2.5 5 2.5-1.5-7.5',
} as const;

export type IconName = keyof typeof ICONS;

export function icon(name: IconName): TemplateResult {
  return html`<svg
    class="icon icon--${name}"
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
  >
    <path d=${ICONS[name]}></path>
  </svg>`;
}
