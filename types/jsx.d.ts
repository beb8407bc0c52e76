import type { SxCountdown, SxLoadEvent, SxErrorEvent, SxCountdownEndEvent } from "../dist/widgets/countdown/countdown.js";
import type { SxEvents, SxFilterChangeEvent, SxEventStarEvent, SxCalendarDownloadEvent, SxRegisterEvent, SxMapOpenEvent, SxShareEvent } from "../dist/widgets/events/events.js";
import type { SxLabMap, SxLabSelectEvent } from "../dist/widgets/lab-map/lab-map.js";
import type { SxStoryCard, SxStoryChangeEvent } from "../dist/widgets/story-card/story-card.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type SxCountdownProps = {
  /** What to count to: `start` (the opening, then the close), `end`, `workers-day`,
`report-deadline`, another milestone id of the edition, or an ISO 8601 instant (without an
offset it is read in the edition's zone). Default: the opening before the week, the close
during it. */
  to?: SxCountdown["to"];
  /** Count to the start (then the end) of this event of the programme instead. */
  event?: SxCountdown["eventId"];
  /** `dhms` (days, hours, minutes, seconds), `dhm`, or `days`. */
  format?: SxCountdown["format"];
  /** `inline` (a phrase in a line of text), `card`, or `banner`. */
  variant?: SxCountdown["variant"];
  /** Corrects a wrong visitor clock with the `Date` header of the feed's response (needs `src`: the
embedded edition has no server clock; a feed on another origin must expose `Date` with
`Access-Control-Expose-Headers`). */
  "sync-clock"?: SxCountdown["syncClock"];
  /** Feed URL (a document or a manifest). Without it the widget shows the embedded default
edition and loads nothing from the network. */
  src?: SxCountdown["src"];
  /** Display language: `zh-CN` or `en` (any `zh*`/`en*` tag). Without it the nearest ancestor's
`lang` applies, else `zh-CN`. */
  lang?: SxCountdown["lang"];
  /** Freezes "now" at this ISO 8601 instant (previews, screenshots, tests). An invalid value logs
a warning and the real clock is used. */
  now?: SxCountdown["now"];
  /** `light`, `dark`, or `auto` (follows the visitor's system setting). */
  theme?: SxCountdown["theme"];
  /** A client to load from instead of the page's shared one (custom timeout, tests…). */
  client?: SxCountdown["client"];
  /** Settles when the data has loaded (or failed) and is rendered: for tests and scripts. */
  loaded?: SxCountdown["loaded"];
  /** The language the widget renders in, after the lookup through ancestors. Looked up once per
update (templates ask many times); a change of `<html lang>` triggers an update. */
  uiLang?: SxCountdown["uiLang"];
  /** True when `now` freezes the clock (no timers needed). */
  clockFrozen?: SxCountdown["clockFrozen"];
  /** The edition arrived. */
  "onsx-load"?: (e: SxLoadEvent) => void;
  /** The edition could not be loaded. */
  "onsx-error"?: (e: SxErrorEvent) => void;
  /** The target was reached while the page showed it; the widget moves to the next phase. */
  "onsx-countdown-end"?: (e: SxCountdownEndEvent) => void;
};

export type SxEventsProps = {
  /** City code(s) to show at first (comma-separated GB/T 2260 codes, e.g. `140100`). */
  city?: SxEvents["city"];
  /** Topic id(s) to show at first (`ai`, `health`…, comma-separated). */
  topic?: SxEvents["topic"];
  /** Only events for these audiences (`youth`, `public`…, comma-separated). */
  audience?: SxEvents["audience"];
  /** Only events of these categories (`lecture`, `open-day`…, comma-separated). */
  category?: SxEvents["category"];
  /** First day to show (`YYYY-MM-DD`, edition zone). */
  from?: SxEvents["from"];
  /** Last day to show (`YYYY-MM-DD`, edition zone). */
  to?: SxEvents["to"];
  /** Initial search text. */
  q?: SxEvents["q"];
  /** Events per page ("show more" adds as many again). */
  limit?: SxEvents["limit"];
  /** `list` (cards), `agenda` (by day with a time rail) or `compact` (dense rows). */
  view?: SxEvents["view"];
  /** Filter controls to show, comma-separated, of `city`, `topic`, `day`, `free`, `youth`, `search`,
`plan`; `none` for no filter bar. */
  filters?: SxEvents["filters"];
  /** Group the list by `day`, `city` or `none` (the agenda view always groups by day). */
  "group-by"?: SxEvents["groupBy"];
  /** Also list events that have ended (after the week, ended events are always listed). */
  "show-past"?: SxEvents["showPast"];
  /** Times in the `edition`'s zone, the visitor's `local` zone, or `both`. */
  "time-zone"?: SxEvents["timeZone"];
  /** Keep the filters in the page URL (`?sx-city=…`), so a filtered view can be shared. */
  "sync-url"?: SxEvents["syncUrl"];
  /** Do not write schema.org JSON-LD into the page. */
  "no-json-ld"?: SxEvents["noJsonLd"];
  /** Level of the group headings (2–5; item titles one below when grouped). */
  "heading-level"?: SxEvents["headingLevel"];
  /** Feed URL (a document or a manifest). Without it the widget shows the embedded default
edition and loads nothing from the network. */
  src?: SxEvents["src"];
  /** Display language: `zh-CN` or `en` (any `zh*`/`en*` tag). Without it the nearest ancestor's
`lang` applies, else `zh-CN`. */
  lang?: SxEvents["lang"];
  /** Freezes "now" at this ISO 8601 instant (previews, screenshots, tests). An invalid value logs
a warning and the real clock is used. */
  now?: SxEvents["now"];
  /** `light`, `dark`, or `auto` (follows the visitor's system setting). */
  theme?: SxEvents["theme"];
  /** A client to load from instead of the page's shared one (custom timeout, storage…). */
  client?: SxEvents["client"];
  /** Milliseconds the search box waits after the last keystroke. Tests set 0. */
  debounce?: SxEvents["debounce"];
  /** Settles when the programme has loaded (or failed): for tests and scripts. */
  loaded?: SxEvents["loaded"];
  /** The events matching the current filters, in start order (all pages). */
  matchingEvents?: SxEvents["matchingEvents"];
  /** The language the widget renders in, after the lookup through ancestors. Looked up once per
update (templates ask many times); a change of `<html lang>` triggers an update. */
  uiLang?: SxEvents["uiLang"];
  /** True when `now` freezes the clock (no timers needed). */
  clockFrozen?: SxEvents["clockFrozen"];
  /** The programme arrived (counts, issues, stale). */
  "onsx-load"?: (e: SxLoadEvent) => void;
  /** The programme could not be loaded. */
  "onsx-error"?: (e: SxErrorEvent) => void;
  /** The visitor changed a filter. */
  "onsx-filter-change"?: (e: SxFilterChangeEvent) => void;
  /** The visitor starred or unstarred an event. */
  "onsx-event-star"?: (e: SxEventStarEvent) => void;
  /** The visitor asked for a calendar file (cancelable). */
  "onsx-calendar-download"?: (e: SxCalendarDownloadEvent) => void;
  /** The visitor followed a registration link. */
  "onsx-register"?: (e: SxRegisterEvent) => void;
  /** The visitor opened a venue in a map app. */
  "onsx-map-open"?: (e: SxMapOpenEvent) => void;
  /** The visitor shared an event (cancelable). */
  "onsx-share"?: (e: SxShareEvent) => void;
};

export type SxLabMapProps = {
  /** The city to show at first (GB/T 2260 code, e.g. `140400` for Changzhi). */
  city?: SxLabMap["city"];
  /** Only facilities of this kind (`key-lab`, `innovation-centre`, `pilot-base`, `popsci-base`, `spirit-base`). */
  kind?: SxLabMap["kind"];
  /** Only facilities on these topics (comma-separated ids: `ai`, `health`…). */
  topic?: SxLabMap["topic"];
  /** Only facilities open on this day (`YYYY-MM-DD`, the edition's zone). */
  date?: SxLabMap["date"];
  /** Only facilities open now (at `now` when set). */
  "open-now"?: SxLabMap["openNow"];
  /** `schematic` (default), `geo` (with `basemap-src`), or the URL of a GeoJSON/TopoJSON basemap. */
  basemap?: SxLabMap["basemap"];
  /** URL of the host's GeoJSON or TopoJSON basemap. */
  "basemap-src"?: SxLabMap["basemapSrc"];
  /** Coordinate system of the basemap: `wgs84` (default) or `gcj02`. */
  "basemap-crs"?: SxLabMap["basemapCrs"];
  /** Credit shown on the geographic map, e.g. its approval number (审图号). */
  "basemap-credit"?: SxLabMap["basemapCredit"];
  /** `map+list` (default) or `list` (the list alone). */
  view?: SxLabMap["view"];
  /** Facilities shown at first ("show more" adds as many again). */
  limit?: SxLabMap["limit"];
  /** Level of the facility names (2–6). */
  "heading-level"?: SxLabMap["headingLevel"];
  /** Feed URL (a document or a manifest). Without it the widget shows the embedded default
edition and loads nothing from the network. */
  src?: SxLabMap["src"];
  /** Display language: `zh-CN` or `en` (any `zh*`/`en*` tag). Without it the nearest ancestor's
`lang` applies, else `zh-CN`. */
  lang?: SxLabMap["lang"];
  /** Freezes "now" at this ISO 8601 instant (previews, screenshots, tests). An invalid value logs
a warning and the real clock is used. */
  now?: SxLabMap["now"];
  /** `light`, `dark`, or `auto` (follows the visitor's system setting). */
  theme?: SxLabMap["theme"];
  /** A client to load from instead of the page's shared one. */
  client?: SxLabMap["client"];
  /** Settles when the facilities (and a geographic basemap, if any) have loaded or failed. */
  loaded?: SxLabMap["loaded"];
  /** The facilities the list holds now (also those behind "show more"). */
  listedLabs?: SxLabMap["listedLabs"];
  /** The language the widget renders in, after the lookup through ancestors. Looked up once per
update (templates ask many times); a change of `<html lang>` triggers an update. */
  uiLang?: SxLabMap["uiLang"];
  /** True when `now` freezes the clock (no timers needed). */
  clockFrozen?: SxLabMap["clockFrozen"];
  /** The facilities arrived (counts, issues, stale). */
  "onsx-load"?: (e: SxLoadEvent) => void;
  /** The facilities could not be loaded. */
  "onsx-error"?: (e: SxErrorEvent) => void;
  /** The visitor chose a facility, a city or a marker's group (or cleared the choice). */
  "onsx-lab-select"?: (e: SxLabSelectEvent) => void;
};

export type SxStoryCardProps = {
  /** Id of the story to show (first, when rotating). Wins over `pick`. */
  story?: SxStoryCard["story"];
  /** How to choose a story: `latest` (newest published), `daily` (the same story for every visitor
on a given day, in the edition's zone) or `random` (on each page view). */
  pick?: SxStoryCard["pick"];
  /** Only stories on these topics (`ai`, `health`…; comma-separated, any of). */
  topic?: SxStoryCard["topic"];
  /** Only stories with these honours (`national-sci-tech`, `most-beautiful`…; any of). */
  honour?: SxStoryCard["honour"];
  /** Only stories showing these spirit facets (`patriotism`, `dedication`…; any of). */
  spirit?: SxStoryCard["spirit"];
  /** Seconds each story stays before the next matching one (at least 5); 0 or absent: no rotation.
Rotation pauses on hover, on focus and while the tab is hidden, and does not start on its own
with `prefers-reduced-motion: reduce`. */
  rotate?: SxStoryCard["rotate"];
  /** `card`, `compact` (one line and a thumbnail, for side bars) or `feature` (wide). */
  variant?: SxStoryCard["variant"];
  /** Level of the heading holding the person's name (2–6). */
  "heading-level"?: SxStoryCard["headingLevel"];
  /** Feed URL (a document or a manifest). Without it the widget shows the embedded default
edition and loads nothing from the network. */
  src?: SxStoryCard["src"];
  /** Display language: `zh-CN` or `en` (any `zh*`/`en*` tag). Without it the nearest ancestor's
`lang` applies, else `zh-CN`. */
  lang?: SxStoryCard["lang"];
  /** Freezes "now" at this ISO 8601 instant (previews, screenshots, tests). An invalid value logs
a warning and the real clock is used. */
  now?: SxStoryCard["now"];
  /** `light`, `dark`, or `auto` (follows the visitor's system setting). */
  theme?: SxStoryCard["theme"];
  /** A client to load from instead of the page's shared one (custom timeout, storage…). */
  client?: SxStoryCard["client"];
  /** The story shown now (undefined while loading or when none matches). */
  currentStory?: SxStoryCard["currentStory"];
  /** The id of the story on show (for the page's other story cards). */
  shownStoryId?: SxStoryCard["shownStoryId"];
  /** The stories this card shows (rotates through), in order. */
  stories?: SxStoryCard["stories"];
  /** Settles when the data has loaded (or failed) and the card is ready to show it. */
  loaded?: SxStoryCard["loaded"];
  /** The language the widget renders in, after the lookup through ancestors. Looked up once per
update (templates ask many times); a change of `<html lang>` triggers an update. */
  uiLang?: SxStoryCard["uiLang"];
  /** True when `now` freezes the clock (no timers needed). */
  clockFrozen?: SxStoryCard["clockFrozen"];
  /** The stories arrived (counts, issues, stale). */
  "onsx-load"?: (e: SxLoadEvent) => void;
  /** The stories could not be loaded. */
  "onsx-error"?: (e: SxErrorEvent) => void;
  /** The visitor moved to another story. */
  "onsx-story-change"?: (e: SxStoryChangeEvent) => void;
};

export type CustomElements = {
  /**
   * A countdown to the week, a milestone, an event or an instant.
   * ---
   *
   *
   * ### **Events:**
   *  - **sx-load** - The edition arrived.
   * - **sx-error** - The edition could not be loaded.
   * - **sx-countdown-end** - The target was reached while the page showed it; the widget moves to the next phase.
   *
   * ### **Methods:**
   *  - **currentTime(): _Date_** - The instant to treat as now: the `now` attribute when valid, else the real clock.
   * - **visitorTimeZone(): _string_** - The visitor's own time zone (the browser's). Read once per connection: building an
   * `Intl.DateTimeFormat` to ask costs more than rendering a list item.
   *
   * ### **Slots:**
   *  - _default_ - Fallback shown until the element has its data (and, by the browser, before the script runs), e.g. `<time datetime="2025-05-24">5月24日开幕</time>`.
   *
   * ### **CSS Properties:**
   *  - **--sx-color-accent** - Digits (card), banner background, links. Default #1d4e89. _(default: undefined)_
   * - **--sx-color-highlight** - "活动进行中". Default #a23b24. _(default: undefined)_
   * - **--sx-color-text** - Text. Default #1f2933. _(default: undefined)_
   * - **--sx-color-muted** - Labels and units. Default #5b6673. _(default: undefined)_
   * - **--sx-color-surface** - Background (card). Default #ffffff. _(default: undefined)_
   * - **--sx-color-border** - Card outline. Default #d5dbe3. _(default: undefined)_
   * - **--sx-font-family** - Font stack. _(default: undefined)_
   * - **--sx-font-size** - Base font size (card and banner; inline follows the text around it). _(default: undefined)_
   * - **--sx-radius** - Corner radius. Default 6px. _(default: undefined)_
   * - **--sx-space** - Spacing unit. Default half the base font size. _(default: undefined)_
   * - **--sx-countdown-digits-size** - Size of the card's digits. Default 2em. _(default: undefined)_
   * - **--sx-countdown-card-height** - Height the card reserves. Default 11em. _(default: undefined)_
   * - **--sx-countdown-banner-height** - Height the banner reserves. Default 4em (5.75em below 36rem). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The root of the widget.
   * - **body** - The visible countdown (label, numbers, date); hidden from screen readers, which read `sentence` instead.
   * - **status** - "活动进行中 · 第 3 天" while the week (or the event) is under way.
   * - **label** - "距…还有" above or before the numbers.
   * - **time** - The numbers.
   * - **segment** - One number with its unit (also `segment-days`, `segment-hours`, `segment-minutes`, `segment-seconds`).
   * - **value** - The digits of a segment.
   * - **unit** - The unit of a segment ("天", "days").
   * - **clock** - `08:14:05` in the inline and banner layouts.
   * - **when** - The date counted to (card layout).
   * - **sentence** - The visually hidden sentence read by screen readers.
   * - **message** - "…已结束" once there is nothing left to count.
   * - **ended** - Under that message (card, banner): the week's dates and the link to its official notice (`official-link`) when the edition names one.
   * - **next** - The line naming the next edition.
   * - **next-link** - The link to the next edition.
   * - **loading** - The placeholder shown while loading without fallback content.
   * - **error** - The error state.
   * - **retry** - The retry button of the error state.
   * - **official-link** - The link to the official notice (error state, and once ended).
   * - **stale** - The notice shown when the data is a saved copy.
   */
  "sx-countdown": Partial<SxCountdownProps & BaseProps & BaseEvents>;

  /**
   * The week's programme, filterable, for any page.
   * ---
   *
   *
   * ### **Events:**
   *  - **sx-load** - The programme arrived (counts, issues, stale).
   * - **sx-error** - The programme could not be loaded.
   * - **sx-filter-change** - The visitor changed a filter.
   * - **sx-event-star** - The visitor starred or unstarred an event.
   * - **sx-calendar-download** - The visitor asked for a calendar file (cancelable).
   * - **sx-register** - The visitor followed a registration link.
   * - **sx-map-open** - The visitor opened a venue in a map app.
   * - **sx-share** - The visitor shared an event (cancelable).
   *
   * ### **Methods:**
   *  - **currentTime(): _Date_** - The instant to treat as now: the `now` attribute when valid, else the real clock.
   * - **visitorTimeZone(): _string_** - The visitor's own time zone (the browser's). Read once per connection: building an
   * `Intl.DateTimeFormat` to ask costs more than rendering a list item.
   *
   * ### **CSS Properties:**
   *  - **--sx-color-accent** - Links, buttons, focus ring. Default #1d4e89. _(default: undefined)_
   * - **--sx-color-highlight** - Stars and "on now". Default #a23b24. _(default: undefined)_
   * - **--sx-color-text** - Text. Default #1f2933. _(default: undefined)_
   * - **--sx-color-muted** - Secondary text. Default #5b6673. _(default: undefined)_
   * - **--sx-color-surface** - Background. Default #ffffff. _(default: undefined)_
   * - **--sx-color-border** - Rules and outlines. Default #d5dbe3. _(default: undefined)_
   * - **--sx-font-family** - Font stack (system UI with PingFang SC, Microsoft YaHei, Noto Sans CJK SC). _(default: undefined)_
   * - **--sx-font-size** - Base font size. Default `medium` (the visitor's default, usually 16px). _(default: undefined)_
   * - **--sx-radius** - Corner radius. Default 6px. _(default: undefined)_
   * - **--sx-space** - Spacing unit. Default half the base font size. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The root of the widget.
   * - **header** - Count, plan download and time-zone switch above the list.
   * - **summary** - The "找到 N 场活动" line.
   * - **sample-notice** - The notice shown when the edition is sample data.
   * - **filters** - The filter bar.
   * - **filters-toggle** - The button that opens the filters on a narrow widget.
   * - **search** - The search box.
   * - **filter-city** - The city select.
   * - **filter-topic** - The topic select.
   * - **filter-day** - The day select.
   * - **filter-free** - The "free" checkbox label.
   * - **filter-youth** - The "for young people" checkbox label.
   * - **filter-plan** - The "my plan" checkbox label.
   * - **group** - A day's (or city's) section.
   * - **group-heading** - The heading of a group.
   * - **list** - A list of events.
   * - **item** - One event (also `item-upcoming`, `item-ongoing`, `item-ended`).
   * - **continues-item** - In the agenda, a later day of a multi-day event: one line.
   * - **continues** - The title on that line, a button unfolding the event's card in place.
   * - **item-title** - An event's title.
   * - **item-meta** - When, where, organiser, audience of an event.
   * - **item-summary** - An event's summary.
   * - **status** - The status badge (also `status-upcoming`, `status-ongoing`, `status-ended`).
   * - **sample** - The "示例数据" marker.
   * - **chips** - The list of category and topic chips.
   * - **chip** - A category or topic chip.
   * - **actions** - An event's action buttons and links.
   * - **action** - An action (register, details, calendar, map and its AMap/Baidu links, share; an ended event keeps only details, map and share).
   * - **star** - The star ("my plan") button, beside the title.
   * - **plan-download** - The "download my plan" button.
   * - **local-time-toggle** - The "show my local time" button.
   * - **load-more** - The "show more" button.
   * - **loading** - The loading skeleton.
   * - **error** - The error state.
   * - **retry** - The retry button of the error state.
   * - **official-link** - The link to the official notice in the error state.
   * - **empty** - The empty state.
   * - **clear-filters** - The "clear filters" button of the empty state.
   * - **stale** - The banner shown when the data is a saved copy.
   */
  "sx-events": Partial<SxEventsProps & BaseProps & BaseEvents>;

  /**
   * Map and list of the facilities open to the public during the week.
   * ---
   *
   *
   * ### **Events:**
   *  - **sx-load** - The facilities arrived (counts, issues, stale).
   * - **sx-error** - The facilities could not be loaded.
   * - **sx-lab-select** - The visitor chose a facility, a city or a marker's group (or cleared the choice).
   *
   * ### **Methods:**
   *  - **currentTime(): _Date_** - The instant to treat as now: the `now` attribute when valid, else the real clock.
   * - **visitorTimeZone(): _string_** - The visitor's own time zone (the browser's). Read once per connection: building an
   * `Intl.DateTimeFormat` to ask costs more than rendering a list item.
   *
   * ### **CSS Properties:**
   *  - **--sx-color-accent** - Links, buttons, focus ring, tile shading. Default #1d4e89. _(default: undefined)_
   * - **--sx-color-highlight** - Chosen marker, "open now". Default #a23b24. _(default: undefined)_
   * - **--sx-color-text** - Text. Default #1f2933. _(default: undefined)_
   * - **--sx-color-muted** - Secondary text. Default #5b6673. _(default: undefined)_
   * - **--sx-color-surface** - Background. Default #ffffff. _(default: undefined)_
   * - **--sx-color-border** - Rules, outlines, basemap borders. Default #d5dbe3. _(default: undefined)_
   * - **--sx-font-family** - Font stack (system UI with PingFang SC, Microsoft YaHei, Noto Sans CJK SC). _(default: undefined)_
   * - **--sx-font-size** - Base font size. Default `medium` (the visitor's default, usually 16px). _(default: undefined)_
   * - **--sx-radius** - Corner radius. Default 6px. _(default: undefined)_
   * - **--sx-space** - Spacing unit. Default half the base font size. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The root of the widget.
   * - **filters** - The filter form (city, kind, day, open now).
   * - **filter-city** - The city select.
   * - **filter-kind** - The kind select.
   * - **filter-day** - The day select.
   * - **filter-open-now** - The "open now" checkbox label.
   * - **sample-notice** - The notice shown when the edition is sample data.
   * - **map** - The map (schematic or geographic).
   * - **schematic** - The schematic map.
   * - **tiles** - The grid of city tiles.
   * - **tile** - A city tile (also `tile-selected`).
   * - **tile-count** - The number on a tile.
   * - **caption** - The caption under the map (示意图 note, credit, keyboard help).
   * - **geo-map** - The geographic map.
   * - **map-viewport** - The zoomable area of the geographic map.
   * - **basemap** - The SVG of the host's basemap.
   * - **area** - A shape of the basemap.
   * - **markers** - The layer of markers.
   * - **marker** - A marker (also `marker-selected`; `cluster` for a group of facilities).
   * - **cluster** - A marker standing for several facilities.
   * - **zoom-controls** - The zoom buttons.
   * - **zoom-in** - The zoom-in button.
   * - **zoom-out** - The zoom-out button.
   * - **zoom-reset** - The reset button.
   * - **credit** - The basemap's credit (e.g. its approval number).
   * - **basemap-error** - The note shown when the basemap could not be loaded.
   * - **summary** - The "找到 N 个开放单位" line.
   * - **group-notice** - The note shown while the list is narrowed to a marker's facilities.
   * - **show-all** - Its "show all" button.
   * - **list** - The list of facilities.
   * - **load-more** - The "show more" button under a long list.
   * - **item** - A facility (also `item-selected`).
   * - **item-title** - A facility's name.
   * - **kind** - A facility's kind badge.
   * - **item-meta** - Host, city, address, topics, contact.
   * - **item-summary** - What the facility shows.
   * - **openings** - The facility's coming openings.
   * - **opening** - One opening.
   * - **status-open** - The "open now" badge.
   * - **book** - A booking link.
   * - **contact-link** - A phone or email link.
   * - **actions** - A facility's buttons and links.
   * - **show-on-map** - The "show on map" button.
   * - **navigate** - A link to a map app (also `navigate-amap`, `navigate-baidu`).
   * - **details** - The link to the facility's page.
   * - **sample** - The "示例数据" marker.
   * - **loading** - The loading skeleton.
   * - **error** - The error state.
   * - **retry** - The retry button of the error state.
   * - **official-link** - The link to the official notice in the error state.
   * - **empty** - The empty state.
   * - **clear-filters** - The "clear filters" button of the empty state.
   * - **stale** - The banner shown when the data is a saved copy.
   */
  "sx-lab-map": Partial<SxLabMapProps & BaseProps & BaseEvents>;

  /**
   * A scientist's or engineer's story, chosen, daily or rotating.
   * ---
   *
   *
   * ### **Events:**
   *  - **sx-load** - The stories arrived (counts, issues, stale).
   * - **sx-error** - The stories could not be loaded.
   * - **sx-story-change** - The visitor moved to another story.
   *
   * ### **Methods:**
   *  - **giveWay(): _void_** - An earlier card on the page now shows this card's story: show the next free one.
   * - **currentTime(): _Date_** - The instant to treat as now: the `now` attribute when valid, else the real clock.
   * - **visitorTimeZone(): _string_** - The visitor's own time zone (the browser's). Read once per connection: building an
   * `Intl.DateTimeFormat` to ask costs more than rendering a list item.
   *
   * ### **CSS Properties:**
   *  - **--sx-color-accent** - Links, buttons, focus ring. Default #1d4e89. _(default: undefined)_
   * - **--sx-color-highlight** - Honour badges. Default #a23b24. _(default: undefined)_
   * - **--sx-color-text** - Text. Default #1f2933. _(default: undefined)_
   * - **--sx-color-muted** - Secondary text. Default #5b6673. _(default: undefined)_
   * - **--sx-color-surface** - Background. Default #ffffff. _(default: undefined)_
   * - **--sx-color-border** - Rules and outlines. Default #d5dbe3. _(default: undefined)_
   * - **--sx-font-family** - Font stack (system UI with PingFang SC, Microsoft YaHei, Noto Sans CJK SC). _(default: undefined)_
   * - **--sx-font-size** - Base font size. Default `medium` (the visitor's default, usually 16px). _(default: undefined)_
   * - **--sx-radius** - Corner radius. Default 6px. _(default: undefined)_
   * - **--sx-space** - Spacing unit. Default half the base font size. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The root of the widget.
   * - **carousel** - The region holding a rotating card and its controls.
   * - **card** - The story (`article`).
   * - **portrait** - The picture area.
   * - **image** - The portrait image.
   * - **monogram** - The placeholder letter shown without a (working) portrait.
   * - **content** - Everything beside the picture.
   * - **name** - The heading: the person's name.
   * - **sample** - The "示例数据" marker of a sample story.
   * - **affiliation** - Where the person works.
   * - **honours** - The list of honours.
   * - **honour** - One honour badge (award and year).
   * - **headline** - The story's headline.
   * - **spirit** - The spirit facets with their label.
   * - **spirit-facet** - One facet (爱国, 创新…).
   * - **quote** - A quote with its source (only when the feed has one).
   * - **summary** - The summary.
   * - **body** - The full text (paragraphs), shown by "read more".
   * - **source** - The story's source line.
   * - **actions** - Read more, share and QR buttons.
   * - **read-more** - The "read more" button (or link to the source).
   * - **expand** - The compact variant's "read more" toggle.
   * - **details** - The compact variant's expandable part.
   * - **share** - The share button.
   * - **qr-toggle** - The button that shows the QR code.
   * - **feedback** - "Link copied" and similar messages.
   * - **qr-panel** - The panel with the QR code, a hint and the link.
   * - **qr-code** - The QR code (SVG).
   * - **qr-hint** - The "scan with WeChat" hint.
   * - **qr-url** - The link as text.
   * - **topics** - The list of topics.
   * - **topic** - One topic.
   * - **controls** - The rotation controls.
   * - **previous** - The "previous story" button.
   * - **toggle** - The pause / play button.
   * - **next** - The "next story" button.
   * - **position** - "2 / 7".
   * - **loading** - The loading skeleton.
   * - **error** - The error state.
   * - **retry** - The retry button of the error state.
   * - **official-link** - The link to the official notice in the error state.
   * - **empty** - The empty state.
   * - **stale** - The banner shown when the data is a saved copy.
   */
  "sx-story-card": Partial<SxStoryCardProps & BaseProps & BaseEvents>;
};
