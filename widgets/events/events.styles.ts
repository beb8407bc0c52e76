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

  /* The frame is the shared filter bar's (filterStyles). */
  .filter-panel {
    display: grid;
    grid-template-columns: minmax(12em, 2fr) repeat(3, minmax(8em, 1fr));
    gap: var(--_space) calc(var(--_space) * 1.5);
    align-items: end;
    margin: 0;
    padding: calc(var(--_space) * 1.5);
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
  /* A section's heading sits on its list (the rule under it is the divider), and sections are
     the base's gap apart: a day of two agenda lines is not mostly heading. */
  /* The list's reset is the shared one (filterStyles). */
  .list {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .item {
    margin: 0;
    padding: 0;
    min-width: 0;
    /* No content-visibility here: a skipped row's heading is missing from the accessibility
       tree until scrolled near, and a page of 20 cards lays out in a few milliseconds anyway. */
  }

  .sx-nowrap {
    white-space: nowrap;
  }

  bdi {
    unicode-bidi: isolate;
  }

  /* ---- an event card: date block | title, one meta line, one primary action ---- */
  .card {
    display: grid;
    grid-template-columns: 3.75em minmax(0, 1fr);
    gap: var(--_space) calc(var(--_space) * 2);
    min-width: 0;
    padding: calc(var(--_space) * 1.75) calc(var(--_space) * 2);
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

  .lead {
    display: grid;
    align-content: start;
    justify-items: stretch;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }

  .date {
    display: grid;
    justify-items: center;
    padding: 0.35em 0 0.4em;
    border-radius: var(--_radius);
    background: var(--_accent-soft);
    color: var(--_accent);
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .date-month,
  .date-weekday {
    font-size: 0.75em;
    font-weight: 600;
  }

  .date-weekday {
    color: var(--_text);
    font-weight: 400;
  }

  /* Where an event of several days ends, in place of the weekday. */
  .date-until {
    font-size: 0.6875em;
    font-weight: 600;
  }

  .date-day {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.1;
  }

  .badges {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
  }

  .status {
    display: inline-block;
    max-width: 100%;
    padding: 0.3em 0.45em;
    border-radius: 999px;
    font-size: 0.6875em;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
  }

  /* English words are wider than the three characters of Chinese: a wider date column, so the
     status ("Upcoming", "On now") is never cut. */
  .base:lang(en) .card {
    grid-template-columns: 4.5em minmax(0, 1fr);
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

  /* A badge's words stay whole: the root's overflow-wrap: anywhere would cut "Upcomin/g" in the
     narrow date column of a phone; a badge of two words may still wrap between them. */
  .badges > * {
    overflow-wrap: normal;
    word-break: keep-all;
  }

  .base:lang(en) .badges .sx-sample {
    white-space: normal;
    text-align: center;
    line-height: 1.3;
  }

  .badges .sx-sample {
    max-width: 100%;
    padding: 0 0.25em;
    font-size: 0.6875em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .main,
  .head {
    display: grid;
    /* One column as wide as the card leaves, whatever a piece's min-content. */
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }

  /* The title, and the star right after it on its first line: the same place at every width,
     never a line of its own. (The star is first in the markup: see the narrow card below.) */
  .title-row {
    display: flex;
    align-items: flex-start;
    gap: 0.25em;
    min-width: 0;
  }

  .star {
    order: 1;
  }

  .title {
    flex: 0 1 auto;
    margin: 0;
    color: var(--_text);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.35;
    text-wrap: pretty;
  }

  .title:focus-visible {
    outline-offset: 4px;
  }

  /* The meta line's pieces (a time run, a city, "免费") are flex items, each with its dot before
     it in the gap; the dot of a piece that starts a line falls left of the box and is clipped, so
     no line starts or ends with a dot, whatever the language or width. */
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.9em;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.55;
    overflow-x: clip;
  }

  .meta-part,
  .meta time {
    display: contents;
  }

  :is(.meta-part, .meta time) > span:not(.zone, .sx-visually-hidden)::before {
    content: '·' / '';
    display: inline-block;
    width: 0.9em;
    margin-inline-start: -0.9em;
    text-align: center;
  }

  .icon {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.25em;
    vertical-align: -0.15em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.4;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .meta time {
    color: var(--_text);
  }

  /* A city, "免费", "需报名": each one word, never split. */
  .meta-part > span {
    white-space: nowrap;
  }

  .summary {
    margin: 0;
    color: var(--_text);
    font-size: 0.9375em;
    text-wrap: pretty;
  }

  .summary--card {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  .card .sx-button,
  .star,
  .status {
    /* CJK glyphs sit high in a line box sized for Latin ascenders: trim the box to cap height
       and the baseline so both scripts sit in the optical middle. */
    text-box: trim-both cap alphabetic;
  }

  .more .icon {
    margin: 0 0 0 0.2em;
    transition: transform 0.15s;
  }

  .more[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }

  .action-wrap {
    display: contents;
  }

  /* Centred on the title's first line (1.35 × 1.125em), whose height it about matches. */
  .star {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: 0.3em;
    min-height: 2.25em;
    margin: -0.2em 0;
    padding: 0.2em 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    font-size: 0.875em;
    cursor: pointer;
  }

  @media (hover: hover) {
    .star:hover {
      border-color: var(--_border);
    }
  }

  .star .star-icon {
    width: 1.15em;
    height: 1.15em;
    margin: 0;
    vertical-align: 0;
    stroke-width: 1.5;
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

  /* A phone or a sidebar: the compact card (no summary until expanded). */
  @container sx-events (max-width: 480px) {
    .card {
      grid-template-columns: 3.5em minmax(0, 1fr);
      gap: var(--_space) calc(var(--_space) * 1.25);
      padding: calc(var(--_space) * 1.5);
    }
    .base:lang(en) .card {
      grid-template-columns: 4.25em minmax(0, 1fr);
    }
    .actions {
      gap: calc(var(--_space) * 0.5);
    }
    .more {
      padding-inline: 0.4em;
    }
    /* A narrow card's star is its icon, floated into the end of the title's first line (no
       taller than that line, so only the first line makes room for it): the title's other
       lines keep the whole width, and a long word ("understanding") is never cut. The word
       names the star, unseen. */
    .title-row {
      display: flow-root;
    }
    /* (Physical sides: the widget's languages run left to right.) */
    .star {
      float: right;
      min-height: 1.75em;
      margin: -0.15em 0 0 0.25em;
    }
    /* Named by its aria-label (the word and the title): the word takes no box here. */
    .star-word {
      display: none;
    }
    .summary--card {
      display: none;
    }
    .load-more {
      width: 100%;
    }
  }

  /* No right-hand column for a wide card (#15, tried twice). A grid with a spanning column made a
     new list's first frame lay out in 11–13 ms instead of 5; two fixed tracks (the actions in a
     10em column) made each card shorter, so one or two more cards came on the screen and into
     the first frame: #14's worst keystroke went 13.0–14.2 → 15.6–19.3 ms of CPU (budget 16;
     bench/events-scale.mjs 20000, SCALE_KEYS=1, against the same build without the block). A
     wide card keeps the phone's order, in one column. */
  /* An English card on a phone (the widget's content 19.375–30em wide: a 360–480 px phone). Its
     words are about twice as long as Chinese ones: beside the date column the title took three
     lines and the card 189 px (Chinese 138; #15's budget 170). So the title has its column's whole
     width (the star leaves its first line for the foot of the date column), the actions sit at
     the foot of that column, level with the star, with a little less padding (not across the card
     under both), the date column is a little narrower and the sample badge one line, not two. */
  @container sx-events (19.375em <= width <= 480px) {
    :lang(en) .list:not(.list--compact) .card {
      grid-template-columns: 4em minmax(0, 1fr);
    }
    /* Room under the badges for the star: a button's height and a gap. */
    :lang(en) .list:not(.list--compact) .lead {
      gap: calc(var(--_space) * 0.5);
      padding-bottom: calc(2.025em + var(--_space) * 0.5);
    }
    /* One line as wide as the date block above it (at 11 px "Sample data" stood 6 px out of it
       on each side): a 10 px, slightly tightened badge. */
    :lang(en) .list:not(.list--compact) .badges .sx-sample {
      width: max-content;
      max-width: none;
      padding-inline: 0;
      font-size: 0.625em;
      letter-spacing: -0.02em;
      white-space: nowrap;
    }
    /* The actions at the foot of the row (the date column is often the taller); the star is
       placed from here, the main's start, into the date column on the actions' line. */
    :lang(en) .list:not(.list--compact) .main {
      position: relative;
      align-content: space-between;
    }
    :lang(en) .list:not(.list--compact) .star {
      float: none;
      position: absolute;
      bottom: 0;
      right: calc(100% + var(--_space) * 1.25);
      justify-content: center;
      /* The date column's width and a button's height, in the star's own (0.875em) size. */
      width: calc(4em / 0.875);
      min-height: calc(2.025em / 0.875);
      margin: 0;
    }
    :lang(en) .list:not(.list--compact) .actions .sx-button--primary {
      padding-inline: var(--_space);
    }
  }

  /* An English card on the narrowest phone (a 320 px one): "Add to calendar" and "More" are
     wider than the column beside the date block, so the actions are one row under both, across
     the card (Chinese words are narrower: they fit beside it down to a 296 px widget). */
  @container sx-events (width < 19.375em) {
    :lang(en) .main {
      display: contents;
    }
    :lang(en) .actions {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .status {
      border: 1px solid CanvasText;
    }
    .star[aria-pressed='true'] .star-icon {
      fill: CanvasText;
    }
    .date {
      border: 1px solid CanvasText;
    }
    .item--ongoing .card {
      border-inline-start-color: Highlight;
    }
  }
`;
