import { css } from 'lit';

export const eventsStyles = css`
  .base {
    container-type: inline-size;
    container-name: sx-events;
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
  }

  /* ---- notices ---- */
  /* ---- filters ---- */
  .filters {
    display: grid;
    gap: var(--_space);
  }

  .filters-toggle {
    display: none;
    justify-self: start;
  }

  .funnel {
    width: 1em;
    height: 1em;
    fill: currentColor;
  }

  .filter-panel {
    display: grid;
    grid-template-columns: minmax(12em, 2fr) repeat(3, minmax(8em, 1fr));
    gap: var(--_space) calc(var(--_space) * 1.5);
    align-items: end;
    margin: 0;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .checks {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2.5);
  }

  @container sx-events (max-width: 640px) {
    .filters-toggle {
      display: inline-flex;
    }
    .filters:not([data-open]) .filter-panel {
      display: none;
    }
    .filter-panel {
      grid-template-columns: 1fr 1fr;
    }
    .field--search {
      grid-column: 1 / -1;
    }
  }

  @container sx-events (max-width: 400px) {
    .filter-panel {
      grid-template-columns: 1fr;
    }
  }

  /* ---- header ---- */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }

  .summary-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(var(--_space) * 1.5);
    margin: 0;
  }

  .count {
    font-weight: 600;
  }

  .shown {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .header-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .sx-button--quiet {
    border-color: transparent;
    background: transparent;
    padding-inline: var(--_space);
  }

  .sx-button--quiet[aria-pressed='true'] {
    background: var(--_accent-soft);
    border-color: var(--_accent);
    color: var(--_accent);
  }

  /* ---- groups and lists ---- */
  .group {
    display: grid;
    gap: var(--_space);
  }

  .group + .group {
    margin-top: var(--_space);
  }

  .group-heading {
    margin: 0;
    padding-bottom: calc(var(--_space) * 0.5);
    border-bottom: 2px solid var(--_accent);
    color: var(--_text);
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.4;
  }

  .list {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    margin: 0;
    padding: 0;
    min-width: 0;
    /* Rows below the fold skip style and layout until scrolled near (a long page stays cheap
       to filter); "auto" remembers each row's real height once it has been laid out. */
    content-visibility: auto;
    contain-intrinsic-size: auto 15em;
  }

  .card {
    display: grid;
    gap: var(--_space);
    min-width: 0;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .item--ongoing .card {
    border-inline-start: 4px solid var(--_highlight);
  }

  .item--ended .card {
    background: var(--_surface-alt);
  }

  .card-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }

  .status {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1.7;
    white-space: nowrap;
  }

  .status--upcoming {
    background: var(--_accent-soft);
    color: var(--_accent);
  }

  .status--ongoing {
    background: color-mix(in srgb, var(--_highlight) 14%, var(--_surface));
    color: var(--_highlight);
  }

  .status--ended {
    background: color-mix(in srgb, var(--_muted) 14%, var(--_surface));
    color: var(--_muted);
  }

  .title {
    margin: 0;
    color: var(--_text);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.45;
  }

  .title:focus-visible {
    outline-offset: 4px;
  }

  .meta {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    margin: 0;
    font-size: 0.9375em;
  }

  .meta-row {
    display: grid;
    grid-template-columns: 3.5em minmax(0, 1fr);
    gap: var(--_space);
  }

  .base:lang(en) .meta-row {
    grid-template-columns: 5.5em minmax(0, 1fr);
  }

  .meta dt {
    color: var(--_muted);
  }

  .meta dd {
    margin: 0;
    min-width: 0;
  }

  .zone {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .local-time {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .summary {
    margin: 0;
    color: var(--_text);
    font-size: 0.9375em;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .chip {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.6;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding-top: calc(var(--_space) * 0.5);
  }

  .action-wrap,
  .map-links:not([hidden]) {
    display: contents;
  }

  .feedback {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .star {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: 0.3em;
    min-height: 2.25em;
    padding: 0.2em 0.6em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    font-size: 0.875em;
    cursor: pointer;
  }

  .star:hover {
    border-color: var(--_border);
  }

  .star-icon {
    width: 1.15em;
    height: 1.15em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }

  .star[aria-pressed='true'] {
    color: var(--_highlight);
  }

  .star[aria-pressed='true'] .star-icon {
    fill: currentColor;
  }

  /* ---- paging ---- */
  .more {
    display: flex;
    justify-content: center;
  }

  .load-more {
    min-width: 12em;
  }

  @container sx-events (max-width: 480px) {
    .card {
      padding: calc(var(--_space) * 1.5);
    }
    .meta-row,
    .base:lang(en) .meta-row {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .meta dt {
      font-size: 0.8125em;
    }
    .load-more {
      width: 100%;
    }
  }

  @media (forced-colors: active) {
    .status,
    .chip {
      border: 1px solid CanvasText;
    }
    .star[aria-pressed='true'] .star-icon {
      fill: CanvasText;
    }
    .item--ongoing .card {
      border-inline-start-color: Highlight;
    }
  }
`;
