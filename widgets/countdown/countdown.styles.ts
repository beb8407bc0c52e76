import { css } from 'lit';

/**
 * What every countdown needs from its first frame: the inline layout, the parts' typography, and
 * the box the card and the banner reserve (`min-height`), so that nothing below them moves when the
 * element upgrades, their frames (`countdown-layouts.styles.ts`, loaded with the data, so a page
 * whose countdowns are all inline never downloads them) arrive or the edition does; pages give the fallback content the same box with
 * `sx-countdown:not(:defined)` (see the element's docs). Everything is laid out inline or with flex
 * boxes, so the white space between template nodes never shows as a stray space in a line of text.
 */
export const countdownStyles = css`
  :host {
    display: inline;
    font-size: inherit;
  }

  :host([variant='card']),
  :host([variant='banner']) {
    display: block;
    font-size: var(--sx-font-size, medium);
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

  /*
   * Inline: a phrase that flows in the page's own line (and wraps with it), in its size and
   * leading. Spaces come from margins, not from the markup.
   */
  .countdown--inline {
    display: inline;
    background: transparent;
    font-size: 1em;
    line-height: inherit;
    /* Not the root's overflow-wrap: anywhere: with it the page's "，" after the time (which
       never starts a line) was put at the start of the next line in a narrow column. */
    overflow-wrap: normal;
  }

  .countdown--inline :is(div, p) {
    display: inline;
  }

  /*
   * A real space (a line may break there), in the page's flow of text; none after a closing
   * message, which the page's own punctuation follows.
   */
  .countdown--inline [part~='status']::after,
  .countdown--inline [part~='label']::after,
  .countdown--inline [part~='message']:not(:last-child)::after {
    content: ' ';
  }

  .countdown--inline [part~='unit'] {
    margin-inline: 0.15em 0.3em;
  }

  .countdown--inline [part~='segment']:last-child [part~='unit'] {
    margin-inline-end: 0;
  }

  /*
   * The boxes the card and the banner reserve, already right while their frames
   * (countdown-layouts.styles.ts) and the data load: nothing below moves when either arrives.
   */
  .countdown--card {
    min-height: var(--sx-countdown-card-height, 11em);
  }

  .countdown--banner {
    min-height: var(--sx-countdown-banner-height, 4em);
  }

  @media (max-width: 36rem) {
    .countdown--banner {
      min-height: var(--sx-countdown-banner-height, 5.75em);
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
`;
