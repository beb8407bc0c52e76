/**
 * Styles of `<sx-story-card>`. Layout follows the width the card is given (container queries),
 * not the window: the same markup is a side-bar line, a card or a banner, from 280 px to 1200 px.
 *
 * - Every paragraph keeps a readable measure: about 75 Latin characters (65ch) or 40 CJK ones
 *   (40ic), whatever width the card is given.
 * - card: the picture sits beside the name (smaller below 22em) (`.content` is `display: contents`, so its children
 *   are items of the card's grid); everything else takes the full width. From 40em a portrait
 *   becomes a column beside the whole text. The widget stops at 64em (a feature without a
 *   portrait too), where a wider box would only add empty space to the right of the text; a
 *   card without a portrait (not rotating: a rotation keeps one width for every story) stops
 *   at 46em, its text's measure plus padding. A card narrower than its box is centred in it.
 * - Without a portrait: the initial on a tinted circle about as tall as the name and affiliation
 *   beside it.
 * - feature, 40em and wider: a large picture as tall as the text beside it (cropped to fit; the
 *   image is taken out of the flow so that its own height does not set the row's).
 * - compact: one line and a thumbnail (name and headline share the line from 26em; below, the
 *   headline goes under the name); the details open below.
 * - A rotating card and its controls share one frame (`.carousel`).
 * - The QR code stays dark on white whatever the theme or forced colours: cameras need contrast.
 * - Badges and chips carry a transparent border, which forced-colours mode paints visible.
 * - In a narrow card (a sidebar, a phone) the buttons fill their lines: where "QR code" wraps it
 *   is a full-width button, not a small one alone beside a blank.
 * - The spirit chips are items of the label's line (their list is `display: contents`, still a
 *   list named by the label in the accessibility tree): the label shares a line with the first
 *   chips and never stands alone above them ("Spirit of science" at 375 px).
 * Comments stay out of the CSS text, which ships as it is written.
 */
import { css } from 'lit';

export const storyCardStyles = css`
  .story-card {
    container-type: inline-size;
  }

  .story-card--card {
    max-inline-size: 64em;
    margin-inline: auto;
  }

  .story-card--card:has(> .card--monogram) {
    max-inline-size: 46em;
  }

  p,
  ul,
  figure,
  blockquote {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [hidden] {
    display: none !important;
  }

  .icon {
    width: 1.15em;
    height: 1.15em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .icon--play path {
    fill: currentColor;
  }

  .card,
  .carousel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .card {
    display: grid;
    grid-template-columns: 4.5em minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    align-items: start;
    padding: calc(var(--_space) * 2.5);
  }

  .content {
    display: contents;
  }

  .content > :not(.header) {
    grid-column: 1 / -1;
  }

  .header,
  .body,
  .qr-text {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    align-self: center;
  }

  .portrait {
    width: 100%;
    aspect-ratio: 1;
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_skeleton);
  }

  .portrait img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .card--monogram {
    grid-template-columns: 3.5em minmax(0, 1fr);
  }

  .portrait--monogram {
    border-radius: 50%;
  }

  .monogram {
    display: grid;
    place-items: center;
    height: 100%;
    font-size: 1.6em;
    font-weight: 600;
    line-height: 1;
    background: var(--_accent-soft);
    color: var(--_accent);
  }

  .title,
  .badges,
  .spirit,
  .topics,
  .actions,
  .controls,
  .qr-panel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    min-width: 0;
  }

  .name {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.35;
    text-wrap: balance;
  }

  .affiliation,
  .source,
  .topic,
  .feedback,
  .label,
  .position,
  .qr-url,
  figcaption {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .headline {
    font-size: 1.2em;
    font-weight: 600;
    line-height: 1.45;
    text-wrap: balance;
  }

  .summary,
  .body p {
    text-wrap: pretty;
  }

  .badge,
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.2em 0.65em;
    border: 1px solid transparent;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 500;
    line-height: 1.3;
    white-space: nowrap;
  }

  .badge {
    white-space: normal;
    border-color: color-mix(in srgb, var(--_highlight) 45%, var(--_border));
    background: color-mix(in srgb, var(--_highlight) 8%, var(--_surface));
  }

  .badge .icon {
    color: var(--_highlight);
  }

  .chips {
    display: contents;
  }

  .chip {
    border-radius: var(--_radius);
    background: var(--_accent-soft);
    color: var(--_accent);
  }

  .topic::before {
    content: '#' / '';
  }

  .quote {
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_highlight);
  }

  figcaption::before {
    content: '— ' / '';
  }

  .body {
    gap: var(--_space);
  }

  :is(.headline, .summary, .body p, .quote) {
    max-inline-size: 65ch;
  }

  :is(.headline, .summary, .body p, .quote):lang(zh) {
    max-inline-size: 40ic;
  }

  .feedback:empty {
    display: none;
  }

  .qr-panel {
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .qr-code {
    display: block;
    width: 10em;
    height: 10em;
    flex: none;
    background: #fff;
    forced-color-adjust: none;
  }

  .qr-placeholder {
    background: var(--_skeleton);
  }

  .qr-text {
    flex: 1 1 12em;
  }

  .qr-url {
    user-select: all;
  }

  .carousel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  .carousel .card {
    border: 0;
  }

  .controls {
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space) calc(var(--_space) * 2.5);
    border-top: 1px solid var(--_border);
  }

  .controls--pending {
    min-height: calc(2.25em + var(--_space) * 2 + 1px);
  }

  .control,
  .expand {
    width: 2.5em;
    min-height: 2.5em;
    padding: 0;
  }

  .position {
    margin-inline-start: var(--_space);
    font-variant-numeric: tabular-nums;
  }

  .story-card--feature .headline {
    font-size: 1.35em;
  }

  @container (max-width: 22em) {
    .card {
      grid-template-columns: 3.5em minmax(0, 1fr);
      padding: calc(var(--_space) * 1.5);
    }

    .actions > .sx-button {
      flex: 1 1 auto;
    }
  }

  @container (min-width: 40em) {
    .story-card--card .card--pictured {
      grid-template-columns: minmax(9em, 13em) minmax(0, 1fr);
      column-gap: calc(var(--_space) * 3);
    }

    .story-card--card .card--pictured .portrait {
      aspect-ratio: 4 / 5;
    }

    .card--pictured .content {
      display: grid;
      gap: calc(var(--_space) * 1.5);
    }

    .story-card--feature .card {
      grid-template-columns: minmax(12em, 2fr) minmax(0, 3fr);
      column-gap: calc(var(--_space) * 4);
      padding: calc(var(--_space) * 4);
    }

    .story-card--feature .portrait {
      position: relative;
      align-self: stretch;
      aspect-ratio: auto;
      min-height: 18em;
      max-height: 34em;
    }

    .story-card--feature .portrait img {
      position: absolute;
      inset: 0;
    }

    .story-card--feature .card--monogram {
      grid-template-columns: 1fr 2fr;
      background: linear-gradient(
        90deg,
        var(--_accent-soft) calc(100% / 3 + var(--_space) * 2),
        var(--_surface) 0
      );
    }

    .story-card--feature .card--monogram .content > * {
      grid-column: 2;
    }

    .story-card--feature .card--monogram :is(.portrait, .header) {
      grid-column: 1;
      grid-row: 1 / span 4;
      align-self: start;
      justify-self: center;
      text-align: center;
    }

    .story-card--feature .card--monogram .portrait {
      width: 6em;
      aspect-ratio: 1;
      min-height: 0;
    }

    .story-card--feature .card--monogram .header {
      margin-top: calc(6em + var(--_space) * 2);
      justify-items: center;
    }

    .story-card--feature .monogram {
      font-size: 3em;
      background: var(--_accent-fill);
      color: var(--_on-accent-fill);
    }

    .story-card--feature .card--monogram .headline {
      padding-inline-start: calc(var(--_space) * 2);
      border-inline-start: 4px solid var(--_highlight);
    }

    .story-card--feature .content {
      gap: calc(var(--_space) * 2);
    }

    .story-card--feature .name {
      font-size: 1.3em;
    }

    .story-card--feature .headline {
      font-size: 1.75em;
      line-height: 1.35;
    }
  }

  .story-card--compact .card {
    display: block;
    padding: var(--_space);
  }

  .line {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }

  .story-card--compact .portrait {
    width: 3em;
    flex: none;
  }

  .story-card--compact .monogram {
    font-size: 1.35em;
  }

  .story-card--compact .content {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-width: 0;
  }

  .story-card--compact .title {
    gap: 0 calc(var(--_space) * 0.75);
  }

  .story-card--compact :is(.name, .headline) {
    min-width: 0;
    font-size: 0.95em;
  }

  /* The person's name is never cut; the headline may be, it is in the details in full. */
  .story-card--compact .headline {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-weight: 400;
    color: var(--_muted);
  }

  @container (min-width: 26em) {
    .story-card--compact .content {
      flex-direction: row;
      align-items: baseline;
      gap: var(--_space);
    }

    .story-card--compact .title {
      flex: 0 1 auto;
      max-width: 60%;
    }

    .story-card--compact .headline {
      flex: 1;
    }
  }

  .expand[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }

  .details {
    display: grid;
    gap: var(--_space);
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
`;
