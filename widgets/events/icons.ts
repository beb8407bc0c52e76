/**
 * The small line icons of an event card (decorative: each sits beside words that say the same,
 * so they are hidden from assistive technology).
 */
import { svg, type TemplateResult } from 'lit';

const icon = (body: TemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${body}</svg>`;

export const clockIcon = icon(
  svg`<circle cx="8" cy="8" r="6.25"></circle><path d="M8 4.5V8l2.5 1.5"></path>`,
);
export const placeIcon = icon(
  svg`<path d="M8 14.5s-4.75-4.2-4.75-8a4.75 4.75 0 0 1 9.5 0c0 3.8-4.75 8-4.75 8z"></path><circle cx="8" cy="6.5" r="1.6"></circle>`,
);
export const onlineIcon = icon(
  svg`<rect x="1.75" y="3" width="12.5" height="8.5" rx="1"></rect><path d="M5.5 14h5M8 11.5V14"></path>`,
);
export const ticketIcon = icon(
  svg`<path d="M2 5.5V3.75h12V5.5a2 2 0 0 0 0 4v1.75H2V9.5a2 2 0 0 0 0-4z"></path><path d="M10 4v7" stroke-dasharray="1.2 1.3"></path>`,
);
export const chevronIcon = icon(svg`<path d="M4 6l4 4 4-4"></path>`);
export const starIcon = svg`<svg class="icon star-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M10 1.8l2.5 5.3 5.7.7-4.2 4 1.1 5.7L10 14.7l-5.1 2.8 1.1-5.7-4.2-4 5.7-.7z"></path></svg>`;
