/**
 * The small line icons of an event card (decorative: each sits beside words that say the same,
 * so they are hidden from assistive technology). The card writes its SVGs in its own template
 * (one template a card, #16); here are the shapes a binding chooses between, each one path, and
 * the agenda's chevron.
 *
 * Not CSS masks of `data:` URLs (one empty element an icon): a page under the strict policy the
 * README promises (`default-src 'self'`, no `img-src data:`) blocks those images.
 */
import { svg } from 'lit';

/** A map pin (the `<circle>` of its hole as two arcs). */
export const placePath =
  'M8 14.5s-4.75-4.2-4.75-8a4.75 4.75 0 0 1 9.5 0c0 3.8-4.75 8-4.75 8zM9.6 6.5a1.6 1.6 0 0 1-3.2 0a1.6 1.6 0 0 1 3.2 0z';

/** A screen on its stand (the `<rect rx="1">` as a path). */
export const onlinePath =
  'M2.75 3h10.5a1 1 0 0 1 1 1v6.5a1 1 0 0 1-1 1H2.75a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zM5.5 14h5M8 11.5V14';

export const chevronIcon = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 6l4 4 4-4"></path></svg>`;
