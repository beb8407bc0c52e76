/**
 * The styling contract shared by every widget.
 *
 * Public tokens (set them on the element or any ancestor):
 *   --sx-color-accent     links, buttons, focus ring (deep institutional blue)
 *   --sx-color-highlight  warm accent: stars, "ongoing" (muted vermilion, #a23b24)
 *   --sx-color-text       body text
 *   --sx-color-muted      secondary text
 *   --sx-color-surface    background of the widget and its cards
 *   --sx-color-border     rules and outlines
 *   --sx-font-family      CJK-aware system stack
 *   --sx-font-size        base size; everything scales from it (default `medium`: the visitor's
 *                         default text size, usually 16px, following their browser settings)
 *   --sx-radius           corner radius of cards and controls
 *   --sx-space            base spacing unit (default half the base size)
 * They feed private `--_*` tokens, which are what the styles use; the private ones change with
 * the theme (`theme="dark"`, or `auto` + a dark system setting) and with forced colours.
 *
 * Sizes never depend on the page's root font size (many sites set `html { font-size: 62.5% }`,
 * which would shrink a `rem`-sized widget to 10px). The host's font size is
 * `var(--sx-font-size, medium)` and every length is relative to it, so at the usual 16px default
 * the widgets look exactly as they did in `rem`:
 * - `em` where the element's own font size is the base one (the root, cards, panels, and
 *   container queries, where `em` is the container's font size);
 * - `calc(var(--_sx-rem) * n)` inside smaller or larger text (a badge, a marker), and in
 *   `--_space`: `--_sx-rem` is the host's font size as a length that every element of the shadow
 *   tree inherits unchanged, as `rem` is to a page (see `base-size.ts`).
 * `rem` in a `@media` query is the browser's default size, not the root's: it stays. The inline
 * countdown is the exception: it takes the size of the text around it.
 */
import { css } from 'lit';
import { registerBaseSize } from './base-size.js';

registerBaseSize();

/** The dark palette: written once, applied by `theme="dark"` and by `auto` on a dark system. */
const dark = css`
  --_accent: var(--sx-color-accent, #8db8f0);
  --_on-accent: #0f1720;
  --_highlight: var(--sx-color-highlight, #f0a58f);
  --_text: var(--sx-color-text, #e6eaef);
  --_muted: var(--sx-color-muted, #a3aebb);
  --_surface: var(--sx-color-surface, #161b22);
  --_border: var(--sx-color-border, #36404c);
  color-scheme: dark;
`;

export const tokenStyles = css`
  :host {
    --_accent: var(--sx-color-accent, #1d4e89);
    --_accent-soft: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    --_on-accent: #ffffff;
    --_highlight: var(--sx-color-highlight, #a23b24);
    --_text: var(--sx-color-text, #1f2933);
    --_muted: var(--sx-color-muted, #5b6673);
    --_surface: var(--sx-color-surface, #ffffff);
    --_surface-alt: color-mix(in srgb, var(--_text) 4%, var(--_surface));
    --_border: var(--sx-color-border, #d5dbe3);
    --_font: var(
      --sx-font-family,
      system-ui,
      'PingFang SC',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      sans-serif
    );
    --_sx-rem: 1em;
    --_font-size: var(--_sx-rem);
    --_radius: var(--sx-radius, 6px);
    --_space: var(--sx-space, calc(var(--_sx-rem) * 0.5));
    --_focus: var(--_accent);
    --_skeleton: color-mix(in srgb, var(--_text) 8%, var(--_surface));

    display: block;
    box-sizing: border-box;
    color-scheme: light;
    font-size: var(--sx-font-size, medium);
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_on-accent: ButtonText;
      --_highlight: Highlight;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_accent-soft: Canvas;
      --_border: CanvasText;
      --_focus: Highlight;
      --_skeleton: GrayText;
    }
  }

  /*
   * The page's CSS reaches a shadow tree only through inheritance, and \`* { … !important }\` on
   * the page also hits the host. Every inherited property is therefore set again on the root
   * node of the shadow tree (the \`base\` part), so a host page's typography cannot restyle it.
   */
  .sx-root {
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: 1.6;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: anywhere;
    cursor: auto;
    visibility: visible;
    direction: ltr;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  .sx-root *,
  .sx-root *::before,
  .sx-root *::after {
    box-sizing: border-box;
  }

  .sx-root :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  :where(.sx-root) a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font: inherit;
  }

  :where(.sx-root) :where(button, input, select, textarea) {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
    color: inherit;
    margin: 0;
  }

  .sx-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    .sx-root *,
    .sx-root *::before,
    .sx-root *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
