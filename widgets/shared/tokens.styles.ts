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

/*
 * A colour whose lightness had to move may leave sRGB at its old chroma (clipping would then
 * change its luminance): chroma is capped only when the lightness moved, so a partner colour
 * that meets its bound is used exactly as given. The caps are written out in each token (light:
 * min(c, calc(0.13 + max(0, 0.5 - l) * 100)), dark: min(c, calc(0.16 + max(0, l - 0.74) * 100)))
 * rather than shared through Lit's unsafe-CSS helper: the literal minifier leaves a file using it as
 * it is, and these styles, comments included, would then reach every page at full length.
 */

/** The light palette (the default). */
const lightPalette = css`
  /*
   * Colours are derived in OKLCH, where lightness is a channel of its own: a partner's colour keeps
   * its hue and only moves in lightness (and, where sRGB has no room at the new lightness, in
   * chroma) until it meets its contrast bound. Bounds measured in Chromium over a grid of the sRGB
   * cube (8 levels per channel, 512 colours) by rendering each derived colour and computing WCAG
   * contrast; see test/widgets/theme-contrast.test.ts:
   * - light: lightness ≤ 0.5, chroma ≤ 0.13 gives ≥ 4.7:1 on #f3f4f6 (darker than any tinted
   *   surface here), so ≥ 4.5:1 for text and ≥ 3:1 for controls on white and on the tints;
   * - dark: lightness ≥ 0.74, chroma ≤ 0.16 gives ≥ 5.1:1 on #2a3340 (lighter than any tinted
   *   dark surface here).
   * A colour that already meets its bound is unchanged (the bounds are min/max), but opaque: a
 *   translucent partner colour (rgb(… / 40%), transparent) would let the surface show through
 *   its text and tints (1.1–1.5:1), so every derived colour has alpha 1 (the "/ 1"). The bounds hold
   * for the default surfaces; a partner who also sets --sx-color-surface chooses its contrast.
   * Each --_own-* is invalid while its public token is unset (var() without a fallback), so the
   * default is used as written.
   */
  --_accent: var(--_own-accent, #1d4e89);
  --_own-accent: oklch(
    from var(--sx-color-accent) min(l, 0.5) min(c, calc(0.13 + max(0, 0.5 - l) * 100)) h / 1
  );
  --_on-accent: #ffffff;
  --_accent-fill: var(--_accent);
  --_on-accent-fill: #ffffff;
  --_highlight: var(--_own-highlight, #a23b24);
  --_own-highlight: oklch(
    from var(--sx-color-highlight) min(l, 0.5) min(c, calc(0.13 + max(0, 0.5 - l) * 100)) h / 1
  );
  --_text: var(--_own-text, #1f2933);
  --_own-text: oklch(from var(--sx-color-text) min(l, 0.4) c h / 1);
  --_muted: var(--_own-muted, #5b6673);
  --_own-muted: oklch(
    from var(--sx-color-muted) min(l, 0.5) min(c, calc(0.13 + max(0, 0.5 - l) * 100)) h / 1
  );
  --_surface: var(--sx-color-surface, #ffffff);
  --_border: var(--sx-color-border, #d5dbe3);
`;

/** The dark palette: `theme="dark"`, or `auto` on a dark system. */
const darkPalette = css`
  /*
   * The same tokens at the other end of the lightness scale. The fallbacks are the dark
   * defaults; a partner's light-theme colour lends only its hue (and a little chroma) to the
   * surface, text and border, so a cream surface becomes a warm dark one, not a cream slab. Large
   * fills (the countdown banner, the selected tile) use a deep tint of the accent, so no block is
   * brighter than the text. Tints and rules are stronger than on light (--_soft, --_alt, the
   * border): on a dark surface 10 % of the accent or 4 % of the text is barely visible, so cards,
   * chips, badges and panels would not stand apart. At 18 % the tint of any accent bounded as
   * above stays dark enough for ≥ 4.5:1 (the widest case, a pale yellow accent, gives 4.6:1).
   */
  --_accent: var(--_own-accent, #8db8f0);
  --_own-accent: oklch(
    from var(--sx-color-accent) max(l, 0.74) min(c, calc(0.16 + max(0, l - 0.74) * 100)) h / 1
  );
  --_on-accent: #0f1720;
  --_accent-fill: oklch(from var(--sx-color-accent, #8db8f0) 0.36 min(c, 0.09) h / 1);
  --_on-accent-fill: #f3f5f8;
  --_highlight: var(--_own-highlight, #f0a58f);
  --_own-highlight: oklch(
    from var(--sx-color-highlight) max(l, 0.74) min(c, calc(0.16 + max(0, l - 0.74) * 100)) h / 1
  );
  --_text: var(--_own-text, #e6eaef);
  --_own-text: oklch(from var(--sx-color-text) 0.92 min(c, 0.02) h / 1);
  --_muted: var(--_own-muted, #a3aebb);
  --_own-muted: oklch(from var(--sx-color-muted) 0.76 min(c, 0.03) h / 1);
  --_surface: var(--_own-surface, #161b22);
  --_own-surface: oklch(from var(--sx-color-surface) 0.21 min(c, 0.02) h / 1);
  --_border: var(--_own-border, #444e5b);
  --_own-border: oklch(from var(--sx-color-border) 0.43 min(c, 0.03) h / 1);
  --_soft: 18%;
  --_alt: 8%;
  color-scheme: dark;
`;

export const tokenStyles = css`
  /*
   * Each palette is followed by a semicolon: the literal minifier drops a fragment's last one, and
   * the next declaration would otherwise run into it ("--_border:#d5dbe3--_accent-soft:…", both lost).
   */
  :host {
    ${lightPalette};
    --_accent-soft: color-mix(in srgb, var(--_accent) var(--_soft, 10%), var(--_surface));
    --_surface-alt: color-mix(in srgb, var(--_text) var(--_alt, 4%), var(--_surface));
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
    ${darkPalette};
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette};
    }
  }

  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_on-accent: ButtonText;
      --_accent-fill: Canvas;
      --_on-accent-fill: CanvasText;
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

  /* Text rendered through phrases(): breaks only at its <wbr>s and spaces (see phrases.ts). */
  .sx-phrases {
    word-break: keep-all;
    overflow-wrap: anywhere;
  }

  /* Dates, times and counts stay on one line. */
  .sx-nowrap {
    white-space: nowrap;
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
