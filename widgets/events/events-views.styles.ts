import { css } from 'lit';

/**
 * The agenda and compact layouts, adopted by a widget the first time it shows one of them (see
 * the lazy parts in `events.ts`): the default list never downloads them.
 */
export const styles = css`
  /* ---- agenda: the events continuing on a later day ---- */
  /* Two or more: one line, "3 项活动持续进行", that unfolds their lines in place. */
  /* Both buttons of the continuing events read as links in the accent colour. */
  .continues-toggle,
  .continues-link {
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: 0.9375em;
    font-weight: 500;
    text-align: start;
    cursor: pointer;
  }

  .continues-toggle {
    display: flex;
    align-items: center;
    width: 100%;
    min-height: 2.25em;
    padding: calc(var(--_space) * 0.375) var(--_space);
    border-inline-start: 3px solid var(--_accent-soft);
  }

  .continues-toggle[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }

  .continues-toggle .icon {
    margin: 0 0 0 0.3em;
    flex: none;
  }

  /* On a wide widget the folded line names its events too, muted, on the rest of its row (cut at
     the end: each has its own line, unfolded): "3 项活动持续进行" alone was a few words at the
     start of a 1,200 px row (#15). Not for screen readers: the button says how many, the lines
     say which. */
  .continues-names {
    display: none;
  }

  /* The count stays whole on its line; the names give way. */
  .continues-toggle > span:not(.continues-names) {
    flex: none;
  }

  @container sx-events (width > 480px) {
    .continues-names {
      display: block;
      min-width: 0;
      margin-inline-start: calc(var(--_space) * 1.5);
      overflow: hidden;
      color: var(--_muted);
      font-weight: 400;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
  }

  .continues-list {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* On paper every line is there: a folded day has no button to press. */
  @media print {
    .continues-list {
      content-visibility: visible;
    }
  }

  /* Each event's line: its title (wrapped, two lines at most: never cut to "Science and
     innovatio…") and "持续中 · range · hours"; on a narrow widget the short form of the words (its
     time that day). */
  .item--continues {
    padding: calc(var(--_space) * 0.375) var(--_space);
    border-inline-start: 3px solid var(--_accent-soft);
  }

  .continues-list .item--continues {
    padding-block: calc(var(--_space) * 0.125);
  }

  /* A day of one line only (a day's own events come first): its heading close on it, and the
     day close under the one before. */
  .group:has(:is(.item--continues, .item--continues-group):first-child) {
    gap: calc(var(--_space) * 0.375);
    margin-top: calc(var(--_space) * -0.5);
  }

  /* The time goes under a title that needs the whole width, rather than squeezing it. */
  .continues {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
    margin: 0;
    line-height: 1.35;
  }

  .continues-link {
    flex: 0 1 auto;
    min-width: 4em;
    min-height: 24px;
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    padding: 0;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    text-wrap: pretty;
  }

  .continues-when {
    flex: none;
    white-space: nowrap;
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .continues-short {
    display: none;
  }

  @container sx-events (max-width: 480px) {
    .continues-long {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .continues-short {
      display: inline;
    }
    /* At the line's end: a phone's lines read as a column of times. (A wide page keeps the
       words by the title, not a page's width away.) */
    .continues-when {
      margin-inline-start: auto;
    }
  }

  /* ---- agenda: the time of the day in place of the date block ---- */
  .rail {
    display: grid;
    justify-items: center;
    padding: 0.35em 0 0.4em;
    border-radius: var(--_radius);
    background: var(--_accent-soft);
    text-align: center;
    font-variant-numeric: tabular-nums;
    line-height: 1.3;
  }

  .rail-start {
    font-weight: 700;
    color: var(--_accent);
  }

  .rail-end {
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .rail-day {
    color: var(--_accent);
    font-size: 0.75em;
    font-weight: 600;
  }

  /* ---- compact: dense rows ---- */
  .list--compact {
    gap: 0;
    border-top: 1px solid var(--_border);
  }

  .list--compact .card {
    grid-template-columns: 3em minmax(0, 1fr);
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 0.5);
    border: 0;
    border-bottom: 1px solid var(--_border);
    border-radius: 0;
    background: transparent;
  }

  .list--compact .item--ongoing .card {
    border-inline-start: 0;
  }

  .list--compact .title {
    font-size: 1em;
  }

  /* The narrow date column (a wider one would push the meta line onto two) is narrower than
     示例数据 on one line (3.2em): the badge is two balanced lines, 示例 / 数据, as English's is
     "Sample / data"; never cut to 示例…. */
  .list--compact .badges .sx-sample {
    white-space: normal;
    word-break: normal;
    text-wrap: balance;
    text-align: center;
    line-height: 1.3;
  }

  /* A wide widget has room for the meta line: a column as wide as 示例数据 on one line. */
  @container sx-events (width > 480px) {
    .list--compact .card {
      grid-template-columns: 3.5em minmax(0, 1fr);
    }
  }

  /* The date block, status and badge close together: the column no taller than the row. */
  .list--compact :is(.lead, .badges) {
    gap: calc(var(--_space) * 0.25);
  }

  .list--compact .date-day {
    font-size: 1.25em;
  }

  .list--compact .summary--details {
    display: block;
  }

  .list--compact .actions .sx-button {
    min-height: 2em;
    font-size: 0.8125em;
  }

  /* A dense row on a phone is as tall as its date column: the column's boxes close-fitting (the
     same type sizes), and an English row's small buttons beside the date column, as Chinese's,
     not on a line of their own under it (where they fit on one line: a 336 px widget). */
  .list--compact .date {
    padding-block: 0.2em 0.25em;
  }

  .list--compact .status {
    padding-block: 0.15em;
  }

  .list--compact :is(.main, .head) {
    gap: calc(var(--_space) * 0.5);
  }

  @container sx-events (17.5em <= width <= 21.5em) {
    .list.list--compact .main {
      display: grid;
    }
  }

  /* A wide compact row: title | when · where · cost | actions, on one line. */
  @container sx-events (width > 720px) {
    .list--compact .main {
      grid-template-columns: minmax(0, 1fr) minmax(13em, 30%) auto;
      align-items: start;
    }
    .list--compact .head {
      display: contents;
    }
    .list--compact .meta {
      grid-area: 1 / 2;
    }
    .list--compact .actions {
      grid-area: 1 / 3;
    }
  }
`;
