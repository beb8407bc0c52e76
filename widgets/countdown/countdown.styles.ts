import { css } from 'lit';

/**
 * Three layouts of one content. Everything is laid out with flex boxes, so the white space between
 * template nodes never shows as a stray space in a line of text. The card and the banner reserve
 * their height (`min-height`) so that nothing below them moves when the element upgrades or the
 * edition arrives; pages give the fallback content the same box with `sx-countdown:not(:defined)`
 * (see the element's docs).
 */
export const countdownStyles = css`
  :host {
    display: inline;
  }

  :host([variant='card']),
  :host([variant='banner']) {
    display: block;
  }

  p {
    margin: 0;
  }

  [part~='time'] {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    white-space: nowrap;
  }

  [part~='unit'] {
    font-weight: 400;
  }

  [part~='status'] {
    font-weight: 600;
    color: var(--_highlight);
  }

  [part~='message'] {
    font-weight: 600;
  }

  [part~='when'] {
    font-size: 0.875em;
    color: var(--_muted);
  }

  /*
   * Inline: a phrase that flows in the page's own line (and wraps with it), in its size and
   * leading. Spaces come from margins, not from the markup.
   */
  .countdown--inline {
    display: inline;
    background: transparent;
    font-size: 1em;
    line-height: inherit;
  }

  .countdown--inline :is(div, p) {
    display: inline;
  }

  /* A real space (a line may break there), in the page's flow of text. */
  .countdown--inline [part~='status']::after,
  .countdown--inline [part~='label']::after,
  .countdown--inline [part~='message']::after {
    content: ' ';
  }

  .countdown--inline [part~='unit'],
  .countdown--banner [part~='unit'] {
    margin-inline: 0.15em 0.3em;
  }

  .countdown--inline [part~='segment']:last-child [part~='unit'],
  .countdown--banner [part~='segment']:last-child [part~='unit'] {
    margin-inline-end: 0;
  }

  /* Card: a box of its own; the digits large, one box per unit. */
  /*
   * Flex boxes aligned by their centres, not their baselines: a baseline needs the items laid out
   * first, and every tick lays the numbers out again.
   */
  .countdown--card,
  .countdown--card [part~='body'],
  .countdown--card [part~='time'],
  .countdown--card [part~='segment'],
  .countdown--banner,
  .countdown--banner [part~='body'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }

  .countdown--card {
    flex-direction: column;
    flex-wrap: nowrap;
    align-items: stretch;
    justify-content: center;
    gap: calc(var(--_space) * 0.75);
    min-height: var(--sx-countdown-card-height, 11rem);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .countdown--card [part~='body'] {
    flex-direction: column;
    flex-wrap: nowrap;
    align-items: stretch;
    gap: calc(var(--_space) * 0.75);
  }

  .countdown--card .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
    font-size: 0.9em;
    line-height: 1.4;
  }

  .countdown--card [part~='label'] {
    color: var(--_muted);
  }

  .countdown--card [part~='time'] {
    gap: var(--_space);
  }

  .countdown--card [part~='segment'] {
    flex-direction: column;
    align-items: center;
    min-width: 3.5em;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .countdown--card [part~='value'] {
    font-size: var(--sx-countdown-digits-size, 2em);
    line-height: 1.15;
    color: var(--_accent);
  }

  .countdown--card [part~='unit'] {
    font-size: 0.8em;
    color: var(--_muted);
  }

  .countdown--card [part~='message'] {
    font-size: 1.25em;
  }

  /* Banner: one strip across the page on the accent colour. */
  .countdown--banner .head {
    display: contents;
  }

  .countdown--banner,
  .countdown--banner [part~='body'] {
    justify-content: center;
    column-gap: calc(var(--_space) * 1.5);
    text-align: center;
  }

  .countdown--banner {
    align-items: center;
    min-height: var(--sx-countdown-banner-height, 4rem);
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .countdown--banner [part~='status'],
  .countdown--banner a {
    color: inherit;
  }

  .countdown--banner [part~='time'] {
    font-size: 1.35em;
  }

  @media (max-width: 36rem) {
    .countdown--banner {
      min-height: var(--sx-countdown-banner-height, 5.75rem);
    }
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
