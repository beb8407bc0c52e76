import { css } from 'lit';

/**
 * Three layouts of one content. The card and the banner reserve their height (`min-height`) so
 * that nothing below them moves when the element upgrades or the edition arrives; pages give the
 * fallback content the same box with `sx-countdown:not(:defined)` (see the docs).
 */
export const countdownStyles = css`
  :host {
    display: inline;
  }

  :host([variant='card']),
  :host([variant='banner']) {
    display: block;
  }

  .countdown {
    --_digits: var(--sx-countdown-digits-size, 2em);
  }

  /* Inline: a phrase in the page's own line, in its size and leading. */
  .countdown--inline {
    display: inline;
    background: transparent;
    font-size: 1em;
    line-height: inherit;
  }

  .countdown--card {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: calc(var(--_space) * 0.75);
    min-height: var(--sx-countdown-card-height, 9.5rem);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .countdown--banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    column-gap: calc(var(--_space) * 2);
    row-gap: calc(var(--_space) * 0.5);
    min-height: var(--sx-countdown-banner-height, 4rem);
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_accent);
    color: var(--_on-accent);
    text-align: center;
  }

  .countdown--banner a {
    color: inherit;
  }

  p {
    margin: 0;
  }

  .countdown--inline p,
  .countdown--inline [part~='body'] {
    display: inline;
  }

  [part~='status'] {
    font-weight: 600;
    color: var(--_highlight);
  }

  .countdown--banner [part~='status'] {
    color: inherit;
  }

  .countdown--inline [part~='status']::after {
    content: ' ';
  }

  .countdown--card [part~='label'] {
    color: var(--_muted);
  }

  [part~='time'] {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    white-space: nowrap;
  }

  .countdown--inline [part~='time'],
  .countdown--banner [part~='time'] {
    margin-inline-start: 0.25em;
  }

  .countdown--banner [part~='time'] {
    font-size: 1.35em;
  }

  .countdown--card [part~='time'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .countdown--card [part~='segment'] {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    min-width: 3.5em;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .countdown--card [part~='value'] {
    font-size: var(--_digits);
    line-height: 1.15;
    color: var(--_accent);
  }

  .countdown--card [part~='unit'] {
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_muted);
  }

  .countdown--inline [part~='unit'],
  .countdown--banner [part~='unit'] {
    margin-inline: 0.15em 0.3em;
    font-weight: 400;
  }

  [part~='when'] {
    font-size: 0.875em;
    color: var(--_muted);
  }

  [part~='message'] {
    font-weight: 600;
  }

  .countdown--card [part~='message'] {
    font-size: 1.25em;
  }

  .countdown--inline [part~='next']::before {
    content: ' ';
  }

  .placeholder {
    display: inline-block;
    width: 12em;
    height: 1em;
    border-radius: var(--_radius);
    background: var(--_skeleton);
    vertical-align: middle;
  }

  .countdown--card .placeholder,
  .countdown--banner .placeholder {
    display: block;
    width: 60%;
    height: 2em;
    margin: auto;
  }
`;
