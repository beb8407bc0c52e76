import { css } from 'lit';

/**
 * The agenda and compact layouts, adopted by a widget the first time it shows one of them (see
 * `loadViewStyles` in `events.ts`): the default list never downloads them.
 */
export const viewStyles = css`
  .list--compact .item {
    contain-intrinsic-size: auto 5em;
  }

  /* ---- agenda: a time rail beside each card ---- */
  .list--agenda .item {
    display: grid;
    grid-template-columns: 4.5em minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
  }

  .rail {
    display: grid;
    align-content: start;
    padding-top: calc(var(--_space) * 2);
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .rail-start {
    font-weight: 700;
    color: var(--_accent);
  }

  .rail-end {
    color: var(--_muted);
    font-size: 0.875em;
  }

  @container sx-events (max-width: 480px) {
    .list--agenda .item {
      grid-template-columns: 1fr;
    }
    .rail {
      display: none;
    }
  }

  /* ---- compact: dense rows ---- */
  .list--compact {
    gap: 0;
    border-top: 1px solid var(--_border);
  }

  .list--compact .card {
    grid-template-columns: minmax(0, 1fr) auto;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 0.5);
    border: 0;
    border-bottom: 1px solid var(--_border);
    border-radius: 0;
    background: transparent;
  }

  .list--compact .item--ongoing .card {
    border-inline-start: 0;
  }

  .list--compact .card-head {
    grid-column: 2;
    grid-row: 1 / span 3;
    flex-direction: column;
    align-items: end;
    justify-content: start;
  }

  .list--compact .title {
    grid-column: 1;
    grid-row: 1;
    font-size: 1em;
  }

  .list--compact .meta {
    grid-column: 1;
    font-size: 0.875em;
  }

  .list--compact .meta dt {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }

  .list--compact .meta-row {
    grid-template-columns: minmax(0, 1fr);
  }

  .list--compact .actions {
    grid-column: 1;
    padding-top: 0;
  }

  .list--compact .actions .sx-button {
    min-height: 1.9em;
    padding-block: 0.15em;
    font-size: 0.8125em;
  }

  /* A sidebar: the badges and the star go above the title instead of beside it. */
  @container sx-events (max-width: 420px) {
    .list--compact .card {
      grid-template-columns: minmax(0, 1fr);
    }
    .list--compact .card-head {
      grid-column: 1;
      grid-row: auto;
      flex-direction: row;
      align-items: center;
      justify-content: space-between;
    }
    .list--compact .title {
      grid-row: auto;
    }
  }
`;
