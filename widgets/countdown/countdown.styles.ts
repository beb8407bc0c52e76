import { css } from 'lit';

/**
 * What every countdown needs from its first frame: the inline layout, the parts' typography, and
 * the box the card and the banner reserve (`min-height`), so that nothing below them moves when the
 * element upgrades, its layout styles (`countdown-layouts.styles.ts`, loaded with the data) arrive
 * or the edition does; pages give the fallback content the same box with
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

  /*
   * The frames of the card and the banner, and the boxes they reserve: already right while their
   * inner styles and the data load. Flex boxes aligned by their centres, not their baselines: a
   * baseline needs the items laid out first, and every tick lays the numbers out again.
   */
  .countdown--card,
  .countdown--banner {
    display: flex;
    justify-content: center;
  }

  /*
   * On a wide page the card does not stretch its frame around content that fills a quarter of
   * it: it keeps a readable width and centres, as does its content.
   */
  .countdown--card {
    max-inline-size: var(--sx-countdown-card-max-width, 36em);
    margin-inline: auto;
    text-align: center;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-height: var(--sx-countdown-card-height, 11em);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .countdown--banner {
    flex-wrap: wrap;
    align-items: center;
    column-gap: calc(var(--_space) * 1.5);
    min-height: var(--sx-countdown-banner-height, 4em);
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_accent-fill);
    color: var(--_on-accent-fill);
    text-align: center;
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

  .countdown--card .placeholder,
  .countdown--banner .placeholder {
    display: block;
    width: 60%;
    height: 2em;
    margin: auto;
  }
`;
