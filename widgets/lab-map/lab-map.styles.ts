import { css } from 'lit';

/**
 * The widget, the schematic and the list; the geographic map's styles come with it (`geo/`).
 *
 * - From 40em (a tablet) the map sits beside the list: stacked on a wider widget it filled a
 *   screen with five rows of large tiles before the first facility. Beside the list it stays in
 *   view (sticky) while the list scrolls, and its tiles are square rather than 5:4.
 * - The list takes as many columns of cards (≥ 20em) as fit, so on a wide widget it is about as
 *   tall as the map, not a long column beside an empty one; from 72em the map takes a third, so
 *   that two cards beside it are wide enough for their buttons. Cards in a row share its height
 *   and keep their topics and buttons on the bottom lines, level across the row; the shorter
 *   card's spare height is white, above them. (It was the openings panel's, grown: a grey box
 *   of two lines and 150 px of nothing read as content that failed to load.)
 */

export const labMapStyles = css`
  /*
   * A card's parts that a facility lacks stay in its one template, hidden (lab-entry.ts): hidden
   * wins over any display, ours (.opening-list is a grid, .on-map unsets all) or a page's.
   */
  [hidden] {
    display: none !important;
  }

  .base {
    container: sx-lab-map / inline-size;
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
  }

  .basemap-error {
    margin: 0 0 var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_highlight);
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* ---- filters ---- */
  /* The frame is the shared filter bar's (filterStyles). */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space) calc(var(--_space) * 1.5);
    margin: 0;
    padding: calc(var(--_space) * 1.25);
  }

  .field {
    flex: 1 1 9em;
  }

  /* ---- layout: map beside the list, or above it on a narrow widget ---- */
  .layout {
    display: grid;
    gap: calc(var(--_space) * 2);
    align-items: start;
  }

  @container sx-lab-map (min-width: 40em) {
    .layout:not(.layout--list) {
      grid-template-columns: minmax(16em, 2fr) 3fr;
    }
    .map-pane {
      position: sticky;
      top: var(--_space);
    }
    .map-pane .tile {
      aspect-ratio: 1;
    }
  }

  /*
   * A page that embeds one city (city="140400") is about that city's one or two facilities: on a
   * desktop square tiles made the map twice as tall as its list, with a blank beside it, and on a
   * phone the one card came after 450 px of map (#15). There the map orients and offers the
   * other cities; its tiles are as low as their two lines allow, so beside the list the map is
   * about as tall as one or two cards. Keyed to the attribute, not to the list's length: the map
   * never changes size under the visitor's pointer when they choose a city.
   */
  :host([city]:not([city=''])) .map-pane .tile {
    aspect-ratio: auto;
  }

  @container sx-lab-map (min-width: 72em) {
    .layout:not(.layout--list) {
      grid-template-columns: minmax(16em, 1fr) 2fr;
    }
  }

  /*
   * The schematic (and its skeleton) reads as well at 20em as at a third of a desktop: from 60em
   * the list takes the rest, two cards of ~27em at 1280 px instead of ~24em beside a 25em map, three
   * from ~85em (#15). A geographic basemap (loading or shown) keeps the shares above.
   */
  @container sx-lab-map (min-width: 60em) {
    .layout:not(.layout--list):not(:has(.geo, .map-loading)) {
      grid-template-columns: 20em 1fr;
    }
  }

  .map-pane,
  .list-pane {
    min-width: 0;
  }

  /* The list's columns follow its own width (below). */
  .list-pane {
    container: sx-lab-list / inline-size;
  }

  .map-loading {
    aspect-ratio: 4 / 5;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }

  /* ---- map caption ---- */
  figure {
    margin: 0;
  }

  .caption {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    margin-block-start: var(--_space);
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.5;
    /* Beside the list the map is 20em: no "择。" alone on the help's last line. */
    text-wrap: pretty;
  }

  .schematic-mark {
    display: inline-block;
    margin-inline-end: 0.25em;
    padding: 0 0.4em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.5);
    color: var(--_text);
    font-weight: 600;
  }

  /* Keyboard help means nothing on a touch screen; it stays the map's accessible description. */
  @media (pointer: coarse) {
    .help {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  /* ---- schematic tiles ---- */
  /* The densest tile's share of the accent and its text, and the selected tile's colours. */
  :host {
    --_tile-strongest: 85%;
    --_tile-strongest-ink: var(--_on-accent);
    --_selected-fill: var(--_text);
    --_on-selected-fill: var(--_surface);
  }
  /*
   * On dark a light accent at 85% is near white, the brightest block of the page: the ramp stops
   * at 40% under light text, and the selected tile (80%, dark text, the ring) still stands out.
   * The steps below it (16/24/32%) keep rising to it (45% once outshone the densest tile) and
   * start high enough to show on the dark surface.
   */
  :host([theme='dark']) {
    --_t1: 16%;
    --_t2: 24%;
    --_t3: 32%;
    --_tile-strongest: 40%;
    --_tile-strongest-ink: var(--_text);
    --_selected-fill: color-mix(in srgb, var(--_accent) 80%, var(--_surface));
    --_on-selected-fill: var(--_on-accent);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_t1: 16%;
      --_t2: 24%;
      --_t3: 32%;
      --_tile-strongest: 40%;
      --_tile-strongest-ink: var(--_text);
      --_selected-fill: color-mix(in srgb, var(--_accent) 80%, var(--_surface));
      --_on-selected-fill: var(--_on-accent);
    }
  }

  .tiles {
    display: grid;
    gap: 4px;
  }

  .tile {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.1em;
    min-width: 0;
    min-height: 3.75em;
    aspect-ratio: 5 / 4;
    padding: 0.25em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    color: var(--_text);
    line-height: 1.2;
    cursor: pointer;
    transition: box-shadow 120ms ease;
  }

  .tile-name {
    font-size: 0.9375em;
    font-weight: 600;
    overflow-wrap: normal;
    word-break: keep-all;
  }

  .tile-count {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .level-0 {
    background: var(--_surface-alt);
    border: 1px dashed var(--_border);
    color: var(--_muted);
  }
  .level-1 {
    background: color-mix(in srgb, var(--_accent) var(--_t1, 12%), var(--_surface));
  }
  .level-2 {
    background: color-mix(in srgb, var(--_accent) var(--_t2, 28%), var(--_surface));
  }
  .level-3 {
    background: color-mix(in srgb, var(--_accent) var(--_t3, 45%), var(--_surface));
  }
  .level-4 {
    background: color-mix(in srgb, var(--_accent) var(--_tile-strongest), var(--_surface));
    color: var(--_tile-strongest-ink);
  }

  /* Touch screens keep :hover after a tap: hover feedback only where a pointer hovers. */
  @media (hover: hover) {
    .tile:hover {
      box-shadow: inset 0 0 0 2px var(--_accent);
    }
  }

  /*
   * The selected city is the strongest tile on the map in both themes, with a ring outside: in
   * light the text colour as its fill (darker than the densest tile); in dark a mid accent, lighter
   * than the densest tile but far from the near-white slab it used to be.
   */
  .tile[aria-pressed='true'] {
    border: 1px solid var(--_selected-fill);
    background: var(--_selected-fill);
    color: var(--_on-selected-fill);
    box-shadow:
      0 0 0 2px var(--_surface),
      0 0 0 4px var(--_highlight);
    z-index: 1;
  }

  /* ---- list ---- */
  .count {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }

  .group-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_accent-soft);
  }

  /* The list's reset is the shared one (filterStyles). */
  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
  }

  /*
   * As many columns of cards (≥ 20em) as the list's width holds, up to three, counted here so
   * that the last row is never a card beside a blank cell (#15: an odd last card at 1024–1440
   * px, a city of one or three facilities): a lone last card takes the row, two share a row of
   * three. (Two columns need 2 × 20em and the 0.75em gap; three, 61.5em.)
   */
  @container sx-lab-list (40.75em <= width < 61.5em) {
    .list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .item:nth-child(2n + 1):last-child {
      grid-column: 1 / -1;
    }
  }

  /* Three columns are six tracks, a card two of them: two cards on the last row take three each. */
  @container sx-lab-list (width >= 61.5em) {
    .list {
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
    .item {
      grid-column: span 2;
    }
    .item:nth-child(3n + 1):last-child {
      grid-column: 1 / -1;
    }
    .item:nth-child(3n + 2):last-child,
    .item:nth-child(3n + 1):nth-last-child(2) {
      grid-column: span 3;
    }
  }

  .more {
    display: flex;
    justify-content: center;
    margin: calc(var(--_space) * 1.5) 0 0;
  }

  .load-more {
    min-width: 12em;
  }

  .card {
    display: flex;
    flex-direction: column;
    height: 100%;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    /* No phrase alone on the last line of a paragraph ("…研发与 / 应用。"). */
    text-wrap: pretty;
  }

  .card[data-selected] {
    border-color: var(--_highlight);
    box-shadow: inset 4px 0 0 var(--_highlight);
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }

  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_accent-soft);
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.7;
  }

  .badge--open {
    background: color-mix(in srgb, var(--_highlight) 14%, var(--_surface));
    color: color-mix(in srgb, var(--_highlight) 75%, var(--_text));
  }

  .title {
    font-size: 1.0625em;
    font-weight: 600;
    line-height: 1.4;
  }

  /*
   * Who and where, under the name: the host with its city on a line (a <br>), then the address,
   * muted, and "show on map" after it.
   */
  .meta {
    font-size: 0.9375em;
    line-height: 1.5;
  }

  .city {
    font-weight: 600;
  }

  /* "Show on map" at the end of the address: a text button, in the accent and bold. */
  .on-map {
    all: unset;
    color: var(--_accent);
    font-weight: 600;
  }

  /* Topics and contact: a quiet footer line, each part whole. */
  .extra {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 1em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .address,
  .approx,
  .muted,
  .notes {
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* The card's paragraphs and title: its gap spaces them. */
  .card :is(p, .title) {
    margin: 0;
  }

  .openings {
    display: grid;
    align-content: start;
    gap: 0.3em;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  /* The card's footer (topics, else the buttons) at its foot: see the top of this file. */
  .card > .openings + * {
    margin-top: auto;
  }

  .openings-label {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }

  .opening-list {
    display: grid;
    gap: 0.3em;
  }

  .opening {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 0.75em;
    font-size: 0.9375em;
  }

  .terms {
    word-break: keep-all;
  }

  .opening time {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .notes {
    flex-basis: 100%;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  /* Sharing a line, the map links take all the spare room (none visible); where the line is too
     short for both, "Details" is alone on its line and then fills it, so neither line is a lone
     small button beside a blank. */
  .actions > .sx-button {
    flex: 1 1 auto;
  }

  .actions > .sx-map-links {
    flex: 999 1 auto;
  }

  @container sx-lab-map (max-width: 30em) {
    .field {
      flex-basis: 40%;
    }
    .load-more {
      width: 100%;
    }
  }

  /*
   * A card as wide as the row (a lone last card of two or three columns; each card is a container
   * for its own width, and one column of cards is never this wide): its name, host and address on
   * the left, its openings (and topics) on the right, the buttons across its foot; not one long
   * column of short lines beside a blank. In columns the card's gap is these margins. (After the
   * card's own rules, which these override.)
   */
  .item {
    container: sx-lab-card / inline-size;
  }

  @container sx-lab-card (width >= 40.75em) {
    .item > .card {
      display: block;
      columns: 2;
      column-gap: calc(var(--_space) * 3);
    }
    .item > .card > * {
      break-inside: avoid;
    }
    .item > .card > * + * {
      margin-top: calc(var(--_space) * 0.75);
    }
    .item > .card > .openings {
      break-before: column;
      margin-top: 0;
    }
    .item > .card > .actions {
      column-span: all;
    }
  }

  @media (forced-colors: active) {
    .tile {
      forced-color-adjust: none;
      background: ButtonFace;
      border: 1px solid ButtonText;
      color: ButtonText;
    }
    .tile[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .card[data-selected] {
      border: 2px solid Highlight;
    }
  }
`;
