/**
 * Styles of `<sx-story-card>`. Layout follows the width the card is given (container queries),
 * not the window: the same markup is a side-bar line, a card or a banner, from 280 px to 1200 px.
 */
import { css } from 'lit';

export const storyCardStyles = css`
  .story-card {
    container-type: inline-size;
  }

  p,
  ul,
  figure,
  blockquote {
    margin: 0;
    padding: 0;
  }

  ul {
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

  /* ---- the card ---- */

  .card {
    display: grid;
    grid-template-columns: 4.5rem minmax(0, 1fr);
    column-gap: calc(var(--_space) * 2);
    row-gap: calc(var(--_space) * 1.5);
    align-items: start;
    padding: calc(var(--_space) * 2.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* In a card the picture sits beside the name; everything else uses the full width. */
  .content {
    display: contents;
  }

  .content > *:not(.header) {
    grid-column: 1 / -1;
  }

  .header {
    display: grid;
    gap: calc(var(--_space) * 0.25);
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

  .monogram {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    font-size: 2em;
    font-weight: 600;
    line-height: 1;
    background: var(--_accent-soft);
    color: var(--_accent);
  }

  .tone-1 {
    background: color-mix(in srgb, var(--_highlight) 12%, var(--_surface));
    color: var(--_highlight);
  }

  .tone-2 {
    background: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
    color: var(--_text);
  }

  .tone-3 {
    background: var(--_surface-alt);
    color: var(--_muted);
    box-shadow: inset 0 0 0 1px var(--_border);
  }

  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 0.25) var(--_space);
    min-width: 0;
  }

  .name {
    margin: 0;
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.35;
  }

  .affiliation,
  .source,
  .topic {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .headline {
    font-size: 1.2em;
    font-weight: 600;
    line-height: 1.45;
  }

  .badges,
  .chips,
  .topics,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.15em 0.6em;
    border: 1px solid color-mix(in srgb, var(--_highlight) 45%, var(--_border));
    border-radius: 999px;
    background: color-mix(in srgb, var(--_highlight) 8%, var(--_surface));
    font-size: 0.85em;
    font-weight: 500;
  }

  .badge .icon {
    color: var(--_highlight);
  }

  .spirit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  .spirit .label {
    color: var(--_muted);
    font-size: 0.85em;
  }

  .chip {
    padding: 0.1em 0.65em;
    border-radius: var(--_radius);
    background: var(--_accent-soft);
    color: var(--_accent);
    font-size: 0.85em;
    font-weight: 500;
  }

  .topics {
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
  }

  .topic::before {
    content: '#' / '';
  }

  .quote {
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_highlight);
  }

  .quote blockquote {
    font-size: 1.05em;
  }

  .quote figcaption {
    margin-top: calc(var(--_space) * 0.5);
    color: var(--_muted);
    font-size: 0.9em;
  }

  .quote figcaption::before {
    content: '— ' / '';
  }

  .summary,
  .body {
    max-width: 46em;
  }

  .body {
    display: grid;
    gap: var(--_space);
  }

  .actions {
    margin-top: calc(var(--_space) * 0.5);
  }

  .feedback {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .feedback:empty {
    display: none;
  }

  .qr-panel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .qr-code {
    display: block;
    width: 10rem;
    height: 10rem;
    flex: none;
    /* A code must stay dark on light to scan, whatever the theme or forced colours. */
    background: #fff;
    forced-color-adjust: none;
  }

  .qr-placeholder {
    background: var(--_skeleton);
  }

  .qr-text {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    flex: 1 1 12rem;
    min-width: 0;
  }

  .qr-url {
    color: var(--_muted);
    font-size: 0.85em;
    overflow-wrap: anywhere;
    user-select: all;
  }

  /* ---- rotation ---- */

  /* A rotating card and its controls share one frame. */
  .carousel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .carousel .card {
    border: 0;
  }

  .controls {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space) calc(var(--_space) * 2.5);
    border-top: 1px solid var(--_border);
  }

  .story-card--compact .controls {
    padding: calc(var(--_space) * 0.5) var(--_space);
  }

  .control {
    width: 2.5em;
    min-height: 2.5em;
    padding: 0;
  }

  .position {
    margin-inline-start: var(--_space);
    color: var(--_muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }

  /* ---- feature: a banner with a large portrait beside the text, on a wide container ---- */

  .story-card--feature .headline {
    font-size: 1.35em;
  }

  @container (min-width: 40rem) {
    .story-card--feature .card {
      grid-template-columns: minmax(12rem, 2fr) minmax(0, 3fr);
      column-gap: calc(var(--_space) * 4);
      padding: calc(var(--_space) * 4);
    }

    /* The picture is as tall as the text beside it (cropped to fit), within sensible bounds. */
    .story-card--feature .portrait {
      grid-row: 1;
      align-self: stretch;
      aspect-ratio: auto;
      min-height: 18rem;
      max-height: 34rem;
    }

    .story-card--feature .monogram {
      font-size: 6em;
    }

    .story-card--feature .content {
      display: grid;
      gap: calc(var(--_space) * 2);
      align-content: start;
    }

    .story-card--feature .name {
      font-size: 1.3em;
    }

    .story-card--feature .headline {
      font-size: 1.75em;
      line-height: 1.35;
    }

    .story-card--feature .summary {
      font-size: 1.05em;
    }
  }

  /* ---- compact: one line and a thumbnail ---- */

  .story-card--compact .card {
    display: block;
    padding: var(--_space);
  }

  .story-card--compact .line {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }

  .story-card--compact .portrait {
    width: 3rem;
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
    flex-wrap: nowrap;
  }

  .story-card--compact .name,
  .story-card--compact .headline {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.95em;
    line-height: 1.5;
  }

  .story-card--compact .name {
    min-width: 0;
  }

  .story-card--compact .headline {
    font-weight: 400;
    color: var(--_muted);
  }

  /* Wide enough: name and headline share the one line. */
  @container (min-width: 26rem) {
    .story-card--compact .content {
      flex-direction: row;
      align-items: baseline;
      gap: var(--_space);
    }

    .story-card--compact .title {
      flex: none;
      max-width: 50%;
    }

    .story-card--compact .headline {
      flex: 1;
      min-width: 0;
    }
  }

  .story-card--compact .expand {
    flex: none;
    width: 2.5em;
    padding: 0;
  }

  .expand[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }

  .story-card--compact .details {
    display: grid;
    gap: var(--_space);
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }

  .story-card--compact .controls .control {
    width: 2.25em;
    min-height: 2.25em;
  }

  @media (forced-colors: active) {
    .card,
    .badge,
    .chip {
      border: 1px solid CanvasText;
    }
  }
`;
