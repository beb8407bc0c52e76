import { css } from 'lit';

/**
 * The card and the banner, adopted when a countdown uses one of them (a page whose countdowns are
 * all inline never downloads these). The boxes they reserve are in `countdown.styles.ts`.
 *
 * Flex boxes aligned by their centres, not their baselines (see `countdown.styles.ts`).
 */
export const countdownLayoutStyles = css`
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

  .countdown--card [part~='message'] {
    font-size: 1.25em;
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

  .countdown--banner [part~='time'] {
    font-size: 1.35em;
  }
`;
