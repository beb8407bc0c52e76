import { css } from 'lit';

/**
 * The card and the banner, adopted when a countdown uses one of them (a page whose countdowns are
 * all inline never downloads these). The boxes they reserve are in `countdown.styles.ts`, so
 * nothing moves when these arrive.
 *
 * Flex boxes aligned by their centres, not their baselines: a baseline needs the items laid out
 * first, and every tick lays the numbers out again.
 */
export const countdownLayoutStyles = css`
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
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .countdown--banner {
    flex-wrap: wrap;
    align-items: center;
    column-gap: calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_accent-fill);
    color: var(--_on-accent-fill);
    text-align: center;
  }

  .countdown--banner [part~='unit'] {
    margin-inline: 0.15em 0.3em;
  }

  .countdown--banner [part~='segment']:last-child [part~='unit'] {
    margin-inline-end: 0;
  }

  .countdown--card .placeholder,
  .countdown--banner .placeholder {
    display: block;
    width: 60%;
    height: 2em;
    margin: auto;
  }

  [part~='when'] {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .countdown--card [part~='body'],
  .countdown--card [part~='time'],
  .countdown--card [part~='segment'],
  .countdown--banner [part~='body'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }

  .countdown--card [part~='body'] {
    flex-direction: column;
    flex-wrap: nowrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }

  .countdown--card .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: baseline;
    column-gap: 0.5em;
    font-size: 0.9em;
    line-height: 1.4;
  }

  .countdown--card [part~='label'] {
    color: var(--_muted);
  }

  .countdown--card [part~='time'] {
    justify-content: center;
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

  /*
   * Once there is nothing left to count, the card and the banner fit their words: the sentence
   * and a quiet line under it (the week's dates, the official notice, the next edition), not the
   * box the numbers needed with one line in its middle. (A page that reserves 11em for the
   * card's fallback sees it shrink once on upgrade after the week: a one-off, at a time a page
   * rarely still shows a countdown, against a tall empty box every time it is seen.)
   */
  .countdown--card:has(> [part~='message']),
  .countdown--banner:has(> [part~='message']) {
    min-height: 0;
    row-gap: calc(var(--_space) * 0.25);
  }

  .countdown--card:has(> [part~='message']) {
    padding-block: calc(var(--_space) * 1.5);
  }

  .countdown--card [part~='message'] {
    font-size: 1.125em;
    line-height: 1.4;
    text-wrap: balance;
  }

  :is([part~='ended'], [part~='next']) {
    font-size: 0.875em;
  }

  .countdown--card :is([part~='ended'], [part~='next']) {
    color: var(--_muted);
  }

  /* Banner: one strip across the page on the accent fill (a deep tint of it in dark). */
  .countdown--banner .head {
    display: contents;
  }

  .countdown--banner [part~='body'] {
    justify-content: center;
    column-gap: calc(var(--_space) * 1.5);
  }

  .countdown--banner [part~='status'],
  .countdown--banner a {
    color: inherit;
  }

  /* The banner's closing sentence and its line share one row when they fit. */
  .countdown--banner:has(> [part~='message']) {
    column-gap: 1em;
    padding-block: calc(var(--_space) * 1.25);
  }

  .countdown--banner [part~='time'] {
    font-size: 1.35em;
  }
`;
