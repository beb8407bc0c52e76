import {
  adoptStyles,
  html,
  isServer,
  nothing,
  type CSSResultOrNative,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FeedResult, SxClient } from '../../src/client/types.js';
import type { Edition, IsoDate, SxEvent } from '../../src/feed/types.js';
import { eventMatcher, sortByStart, spanMatcher } from '../../src/query/event-match.js';
import { eventHaystack } from '../../src/query/event-search.js';
import { searchTerms } from '../../src/text/normalize.js';
import type { EventQuery } from '../../src/query/types.js';
import { addDaysToKey, isIsoDate, zonedDayKey } from '../../src/time/zoned.js';
import { safeUrl } from '../../src/feed/safe-url.js';
import type * as MapLinks from '../shared/map-links.js';
import { Announcer } from '../shared/announcer.js';
import { bidiStyles } from '../shared/bidi.js';
import { MinuteClock } from '../shared/minute-clock.js';
import { defineElement } from '../shared/define.js';
import { FeedController } from '../shared/feed-controller.js';
import { renderHeading } from '../shared/heading.js';
import { localized, termName, type Lang } from '../shared/i18n.js';
import { cityName } from '../shared/region.js';
import { renderEmpty, renderError, renderLoading, renderEditionNotices } from '../shared/states.js';
import { filterStyles } from '../shared/filters.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { LazyParts } from '../shared/lazy-part.js';
import { SxElement } from '../shared/sx-element.js';
import { shownLang } from '../shared/lazy-catalog.js';
import { choice, isoDate, wholeNumber, type AttributeRules } from '../shared/attribute-rules.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import {
  SxEventStarEvent,
  SxFilterChangeEvent,
  SxMapOpenEvent,
  SxRegisterEvent,
  SxShareEvent,
} from './custom-events.js';
import {
  ItemCache,
  renderEventItem,
  type EventsView,
  type ItemContext,
  type TimeZoneMode,
} from './event-item.js';
import { eventsMessages, loadEventsMessages, type EventsMessages } from './events.messages.js';
import { eventsStyles } from './events.styles.js';
import { renderFilterBar } from './filter-bar.js';
import {
  EMPTY_FILTERS,
  FILTER_CONTROLS,
  activeFilterCount,
  type FilterControl,
  type FilterState,
} from './filter-state.js';
import { splitList } from '../../src/text/split-list.js';
import type * as EventDetails from './event-details.js';
import type * as EventGroups from './event-groups.js';
import type { EventGroup } from './event-groups.js';
import type * as JsonLd from './json-ld.js';
import type * as LocalTime from './local-time.js';
import { MyPlan } from './my-plan.js';
import type * as UrlState from './url-state.js';

export type EventsGroupBy = 'day' | 'city' | 'none';

/**
 * Normalises every event's searchable text in small slices after the list has appeared, so the
 * visitor's first keystroke in the search box does not pay for 5,000 records at once.
 */
function warmSearchIndex(events: readonly SxEvent[]): void {
  let next = 0;
  const slice = () => {
    const end = Math.min(events.length, next + 250);
    for (; next < end; next += 1) eventHaystack(events[next]!);
    if (next < events.length) setTimeout(slice, 0);
  };
  // Not in the task that renders the list: nobody types in the first half second.
  setTimeout(slice, 500);
}

type EventIndex = typeof import('../../src/query/event-index.js');
let eventIndex: EventIndex | undefined;
let eventIndexLoad: Promise<EventIndex | undefined> | undefined;

/**
 * Lists from this size on are sorted and indexed in slices by the big-list index; smaller ones are
 * sorted in one go (a few milliseconds), so the index is never downloaded for them and a small
 * programme's first item waits for no extra request.
 */
const BIG_LIST = 2000;

/**
 * The big-list index (sorting and indexing in slices, scans by position), downloaded only for a
 * big list, once it has arrived. Without it (the chunk failed) lists are sorted and searched as
 * they are, in one go.
 */
function loadEventIndex(): Promise<EventIndex | undefined> {
  return (eventIndexLoad ??= import('../../src/query/event-index.js').then(
    (module) => (eventIndex = module),
    () => (eventIndexLoad = undefined),
  ));
}

const DEFAULT_LIMIT = 20;

const isControl = (name: string) => FILTER_CONTROLS.includes(name as FilterControl);

/** The attribute checks (`attribute-rules.ts`); choices list the default first. */
const RULES: AttributeRules = {
  view: choice(['list', 'agenda', 'compact'] satisfies EventsView[]),
  groupBy: choice(['none', 'day', 'city'] satisfies EventsGroupBy[]),
  timeZone: choice(['edition', 'local', 'both'] satisfies TimeZoneMode[]),
  limit: wholeNumber(1, Number.MAX_SAFE_INTEGER, DEFAULT_LIMIT),
  from: isoDate(isIsoDate),
  to: isoDate(isIsoDate),
  filters: {
    problem(value) {
      const unknown = (splitList(value as string) ?? []).filter(
        (n) => n !== 'none' && !isControl(n),
      );
      return unknown.length ? `names unknown controls (${unknown.join(', ')})` : undefined;
    },
    // The known controls stay; none known shows none, as the unknown names alone did.
    fallback: (value: string) => (splitList(value) ?? []).filter(isControl).join(',') || 'none',
  },
  // Item titles are one level below the group headings: 6 is the last level HTML has.
  headingLevel: wholeNumber(2, 5, 3),
};
const SHARE_FEEDBACK_MS = 4000;

/**
 * The programme of a Science and Technology Week: what is on, where and when, with filters, a
 * personal plan, calendar files, map links and sharing.
 *
 * What only some visitors need is imported on first use, so a page pays for the list alone: the
 * calendar writer on the first "加入日历", the map links when a venue's "地图" button unfolds them,
 * the English strings for an English page, local times for a visitor outside the edition's zone,
 * the URL state with `sync-url`, the day or city sections with `view="agenda"` or `group-by`,
 * the agenda and compact layouts' styles, and the JSON-LD after the list has shown.
 *
 * @summary The week's programme, filterable, for any page.
 *
 * @csspart base - The root of the widget.
 * @csspart header - Count, plan download and time-zone switch above the list.
 * @csspart summary - The "找到 N 场活动" line.
 * @csspart sample-notice - The notice shown when the edition is sample data.
 * @csspart filters - The filter bar.
 * @csspart filters-toggle - The button that opens the filters on a narrow widget.
 * @csspart search - The search box.
 * @csspart filter-city - The city select.
 * @csspart filter-topic - The topic select.
 * @csspart filter-day - The day select.
 * @csspart filter-free - The "free" checkbox label.
 * @csspart filter-youth - The "for young people" checkbox label.
 * @csspart filter-plan - The "my plan" checkbox label.
 * @csspart group - A day's (or city's) section.
 * @csspart group-heading - The heading of a group.
 * @csspart list - A list of events.
 * @csspart item - One event (also `item-upcoming`, `item-ongoing`, `item-ended`).
 * @csspart item-title - An event's title.
 * @csspart item-meta - When, where, organiser, audience of an event.
 * @csspart item-summary - An event's summary.
 * @csspart status - The status badge (also `status-upcoming`, `status-ongoing`, `status-ended`).
 * @csspart sample - The "示例数据" marker.
 * @csspart chips - The list of category and topic chips.
 * @csspart chip - A category or topic chip.
 * @csspart actions - An event's action buttons and links.
 * @csspart action - An action (register, details, calendar, map and its AMap/Baidu links, share;
 *   an ended event keeps only details, map and share).
 * @csspart star - The star ("my plan") button.
 * @csspart plan-download - The "download my plan" button.
 * @csspart local-time-toggle - The "show my local time" button.
 * @csspart load-more - The "show more" button.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error state.
 * @csspart official-link - The link to the official notice in the error state.
 * @csspart empty - The empty state.
 * @csspart clear-filters - The "clear filters" button of the empty state.
 * @csspart stale - The banner shown when the data is a saved copy.
 *
 * @cssprop --sx-color-accent - Links, buttons, focus ring. Default #1d4e89.
 * @cssprop --sx-color-highlight - Stars and "on now". Default #a23b24.
 * @cssprop --sx-color-text - Text. Default #1f2933.
 * @cssprop --sx-color-muted - Secondary text. Default #5b6673.
 * @cssprop --sx-color-surface - Background. Default #ffffff.
 * @cssprop --sx-color-border - Rules and outlines. Default #d5dbe3.
 * @cssprop --sx-font-family - Font stack (system UI with PingFang SC, Microsoft YaHei, Noto Sans CJK SC).
 * @cssprop --sx-font-size - Base font size. Default `medium` (the visitor's default, usually 16px).
 * @cssprop --sx-radius - Corner radius. Default 6px.
 * @cssprop --sx-space - Spacing unit. Default half the base font size.
 *
 * @fires sx-load - {SxLoadEvent} The programme arrived (counts, issues, stale).
 * @fires sx-error - {SxErrorEvent} The programme could not be loaded.
 * @fires sx-filter-change - {SxFilterChangeEvent} The visitor changed a filter.
 * @fires sx-event-star - {SxEventStarEvent} The visitor starred or unstarred an event.
 * @fires sx-calendar-download - {SxCalendarDownloadEvent} The visitor asked for a calendar file (cancelable).
 * @fires sx-register - {SxRegisterEvent} The visitor followed a registration link.
 * @fires sx-map-open - {SxMapOpenEvent} The visitor opened a venue in a map app.
 * @fires sx-share - {SxShareEvent} The visitor shared an event (cancelable).
 *
 * @example <sx-events city="140100" topic="ai" limit="6"></sx-events>
 */
export class SxEvents extends SxElement {
  static override styles = [tokenStyles, bidiStyles, stateStyles, filterStyles, eventsStyles];

  /** City code(s) to show at first (comma-separated GB/T 2260 codes, e.g. `140100`). */
  @property() city: string | undefined;
  /** Topic id(s) to show at first (`ai`, `health`…, comma-separated). */
  @property() topic: string | undefined;
  /** Only events for these audiences (`youth`, `public`…, comma-separated). */
  @property() audience: string | undefined;
  /** Only events of these categories (`lecture`, `open-day`…, comma-separated). */
  @property() category: string | undefined;
  /** First day to show (`YYYY-MM-DD`, edition zone). */
  @property() from: string | undefined;
  /** Last day to show (`YYYY-MM-DD`, edition zone). */
  @property() to: string | undefined;
  /** Initial search text. */
  @property() q: string | undefined;
  /** Events per page ("show more" adds as many again). @default 20 */
  @property({ type: Number }) limit = DEFAULT_LIMIT;
  /** `list` (cards), `agenda` (by day with a time rail) or `compact` (dense rows). @default 'list' */
  @property() view: EventsView = 'list';
  /**
   * Filter controls to show, comma-separated, of `city`, `topic`, `day`, `free`, `youth`, `search`,
   * `plan`; `none` for no filter bar. @default all of them
   */
  @property() filters: string | undefined;
  /** Group the list by `day`, `city` or `none` (the agenda view always groups by day). @default 'none' */
  @property({ attribute: 'group-by' }) groupBy: EventsGroupBy = 'none';
  /** Also list events that have ended (after the week, ended events are always listed). */
  @property({ type: Boolean, attribute: 'show-past' }) showPast = false;
  /** Times in the `edition`'s zone, the visitor's `local` zone, or `both`. @default 'edition' */
  @property({ attribute: 'time-zone' }) timeZone: TimeZoneMode = 'edition';
  /** Keep the filters in the page URL (`?sx-city=…`), so a filtered view can be shared. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Do not write schema.org JSON-LD into the page. */
  @property({ type: Boolean, attribute: 'no-json-ld' }) noJsonLd = false;
  /** Level of the group headings (2–5; item titles one below when grouped). @default 3 */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** A client to load from instead of the page's shared one (custom timeout, storage…). */
  @property({ attribute: false }) client: SxClient | undefined;

  /** Milliseconds the search box waits after the last keystroke. Tests set 0. */
  debounce = 250;

  @state() private filterState: FilterState = { ...EMPTY_FILTERS };
  @state() private searchText = '';
  @state() private pages = 1;
  @state() private filtersOpen = false;
  @state() private showLocal = false;
  /** Status labels change with the time: one render a minute, none when `now` is frozen. */
  private readonly clock = new MinuteClock(
    this,
    () => !this.clockFrozen && this.feed.status === 'ready',
  );
  @state() private feedback: { id: string; text: string } | undefined;
  /** The card (`itemKey`) whose expanded view is shown. */
  @state() private openItem: string | undefined;

  private readonly feed = new FeedController(this, {
    load: async (client) => {
      const edition = await client.edition();
      // Fetched alongside the programme, so the list never shows without them.
      const helpers = Promise.all([
        this.urlState,
        this.loadLocalTime(edition.data),
        this.loadGrouping(),
        this.loadViewStyles(),
        loadEventsMessages(this.uiLang).catch(() => undefined), // else Chinese
      ]);
      try {
        const events = await this.loadEvents(client);
        await helpers;
        return { edition, events };
      } catch (error) {
        this.errorEdition = edition.data;
        throw error;
      }
    },
    key: () => this.cityScope(),
  });
  /** The cities whose files the shown events came from (`''`: all), once loaded. */
  private loadedScope: string | undefined;
  private readonly announcer = new Announcer(this);
  private readonly itemCache = new ItemCache();
  private dayOptions: { key: string; days: IsoDate[] } | undefined;
  private errorEdition: Edition | undefined;
  private plan: MyPlan | undefined;
  private sorted: { source: SxEvent[]; events: SxEvent[] } | undefined;
  private results:
    | {
        key: string;
        source: SxEvent[];
        events: SxEvent[];
        /** The key without the search text, its terms, and the matches' positions in `source`. */
        rest: string;
        terms: string[];
        positions: Uint32Array;
      }
    | undefined;
  // Modules a page needs only with some attributes, for some visitors or after a click.
  private urlState: Promise<typeof UrlState | undefined> | undefined;
  private grouping: typeof EventGroups | undefined;
  private viewStylesLoad: Promise<void> | undefined;
  private groupingLoad: Promise<void> | undefined;
  private localTime: typeof LocalTime | undefined;
  private localTimeLoad: Promise<void> | undefined;
  private details: typeof EventDetails | undefined;
  private detailsLoad: Promise<void> | undefined;
  /** Parts imported on demand through the one shared loader (the rest move to it in turn, #17). */
  private readonly lazy = new LazyParts<{ mapLinks: typeof MapLinks }>(this, {
    mapLinks: () => import('../shared/map-links.js'),
  });
  private jsonLd: typeof JsonLd | undefined;
  private jsonLdLoad: Promise<void> | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private feedbackTimer: ReturnType<typeof setTimeout> | undefined;

  /** Settles when the programme has loaded (or failed): for tests and scripts. */
  get loaded(): Promise<void> {
    return this.updateComplete
      .then(() => this.feed.settled)
      .then(() => this.updateComplete)
      .then(() => this.jsonLdLoad)
      .then(() => undefined);
  }

  /** The events matching the current filters, in start order (all pages). */
  get matchingEvents(): readonly SxEvent[] {
    return this.currentResults() ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
    clearTimeout(this.searchTimer);
    clearTimeout(this.feedbackTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('city') || changed.has('topic') || changed.has('q')) {
      const presets = this.presetFilters();
      this.filterState = {
        ...this.filterState,
        city: presets.city,
        topic: presets.topic,
        q: presets.q,
      };
      this.searchText = presets.q;
      this.pages = 1;
    }
    if (this.syncUrl) this.urlState ??= this.restoreUrlState();
    const edition = this.feed.value?.edition;
    if (edition && this.plan?.editionId !== edition.id) this.plan = new MyPlan(edition.id);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    void this.loadViewStyles();
    this.syncJsonLd();
  }

  protected override render(): TemplateResult {
    const { status, value } = this.feed;
    const ready = status !== 'error' && value !== undefined;
    // The loading and error states speak the shared catalog, which has every language.
    const lang = ready ? this.shownLang() : this.uiLang;
    return html`<div part="base" class="sx-root base" lang=${lang} @keydown=${this.onKeydown}>
      ${this.renderBody(lang)} ${this.announcer.render()}
    </div>`;
  }

  /**
   * The language the list is shown in: the visitor's (`uiLang`) once its catalog is here. The
   * English one is imported before the list first shows (see `load`); a page that switches to
   * English later shows Chinese for the moment the import takes.
   */
  private shownLang(): Lang {
    return shownLang(this, eventsMessages);
  }

  /** The UI strings of the shown language. */
  private get t(): EventsMessages {
    return eventsMessages.get(this.shownLang())!;
  }

  private renderBody(lang: Lang): TemplateResult | typeof nothing {
    const { status, value } = this.feed;
    // Loading the files of a newly picked city shows the skeleton, not an empty list.
    const rescoping = status === 'loading' && this.cityScope() !== this.loadedScope;
    if (status === 'error' || (status === 'loading' && (!value || rescoping))) {
      if (status === 'error') {
        return renderError({
          lang,
          error: this.feed.error,
          onRetry: () => this.feed.retry(),
          officialUrl: this.errorEdition?.officialUrl,
        });
      }
      const compact = this.view === 'compact';
      return renderLoading({
        lang,
        rows: Math.min(this.pageSize, compact ? 6 : 3),
        rowHeight: compact ? '3.5em' : '11em',
      });
    }
    const { edition } = value!;
    const t = this.t;
    const results = this.currentResults()!;
    const shown = results.slice(0, this.pages * this.pageSize);
    return html`
      ${renderEditionNotices({ lang, feed: this.feed, edition })} ${this.renderFilters(edition)}
      ${this.renderHeader(edition, results.length, shown.length)}
      ${results.length === 0 ? this.renderEmptyState() : this.renderList(edition, shown)}
      ${
        shown.length < results.length
          ? html`<div class="more">
              <button
                part="load-more"
                class="sx-button load-more"
                type="button"
                @click=${this.loadMore}
              >
                ${t.loadMore(results.length - shown.length)}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  private renderHeader(edition: Edition, total: number, shown: number): TemplateResult {
    const t = this.t;
    const planSize = this.plan?.size ?? 0;
    const showToggle = this.timeZone === 'edition' && this.visitorClockDiffers(edition);
    return html`<div part="header" class="header">
      <p part="summary" class="summary-line">
        <span class="count">${t.found(total)}</span>
        ${shown < total ? html`<span class="shown">${t.showing(shown, total)}</span>` : nothing}
      </p>
      <div class="header-actions">
        ${
          showToggle
            ? html`<button
                part="local-time-toggle"
                class="sx-button sx-button--quiet"
                type="button"
                aria-pressed=${this.showLocal ? 'true' : 'false'}
                @click=${() => (this.showLocal = !this.showLocal)}
              >
                ${t.showLocalTime}
              </button>`
            : nothing
        }
        ${
          planSize
            ? html`<button
                part="plan-download"
                class="sx-button"
                type="button"
                @click=${this.downloadPlan}
              >
                ${t.downloadPlan(planSize)}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderFilters(edition: Edition): TemplateResult | typeof nothing {
    const lang = this.shownLang();
    const controls = this.filterControls();
    return renderFilterBar({
      lang,
      t: this.t,
      edition,
      state: this.filterState,
      searchText: this.searchText,
      controls,
      days: this.selectableDays(edition),
      cities: edition.cities.map((city) => ({ code: city.code, name: cityName(city, lang) })),
      topics: edition.topics.map((topic) => ({
        id: topic.id,
        name: termName(edition.topics, topic.id, lang),
      })),
      open: this.filtersOpen,
      activeCount: activeFilterCount(this.filterState, this.presetFilters()),
      planSize: this.plan?.size ?? 0,
      onChange: (change) => this.changeFilters(change),
      onSearchInput: (text) => this.onSearchInput(text),
      onSearchCommit: () => this.commitSearch(),
      onToggleOpen: () => (this.filtersOpen = !this.filtersOpen),
    });
  }

  private renderEmptyState(): TemplateResult {
    const lang = this.shownLang();
    const t = this.t;
    const changed = activeFilterCount(this.filterState, this.presetFilters()) > 0;
    // Nothing the visitor changed, but the page's own preset (city, topic, search) matches
    // nothing: clearing goes past the preset to every event.
    const preset = !changed && activeFilterCount(this.filterState, EMPTY_FILTERS) > 0;
    const planOnly = this.filterState.plan;
    return renderEmpty({
      lang,
      message: planOnly ? t.emptyPlan : t.emptyTitle,
      hint: planOnly ? t.emptyPlanHint : changed || preset ? t.emptyHint : t.emptyHintPreset,
      onClear: changed || preset ? () => this.clearFilters(preset) : undefined,
    });
  }

  private renderList(edition: Edition, shown: SxEvent[]): TemplateResult {
    const ctx = this.itemContext(edition);
    const groups = this.groups(edition, shown);
    const byDay = this.groupingBy() === 'day';
    const list = (items: EventGroup['items'], grouped: boolean, day?: string) =>
      html`<ul part="list" class="list list--${this.view}" role="list">
        ${repeat(
          items,
          (item) => item.event.id,
          (item) => renderEventItem(item.event, item.index, ctx, grouped, this.itemCache, day),
        )}
      </ul>`;
    if (groups.length === 1 && groups[0]!.label === undefined) return list(groups[0]!.items, false);
    return html`${repeat(
      groups,
      (group) => group.key,
      (group) =>
        html`<section part="group" class="group">
          ${renderHeading(
            { level: this.headingLevel, part: 'group-heading', className: 'group-heading' },
            group.label,
          )}
          ${list(group.items, true, byDay ? group.key : undefined)}
        </section>`,
    )}`;
  }

  // ---- data ----

  private get pageSize(): number {
    return Number.isInteger(this.limit) && this.limit > 0 ? this.limit : DEFAULT_LIMIT;
  }

  /** The filter values the attributes set: what "clear filters" goes back to. */
  private presetFilters(): FilterState {
    return {
      ...EMPTY_FILTERS,
      city: (splitList(this.city) ?? []).join(','),
      topic: (splitList(this.topic) ?? []).join(','),
      q: this.q ?? '',
    };
  }

  private filterControls(): ReadonlySet<FilterControl> {
    const value = this.filters?.trim();
    if (value === undefined || value === '') return new Set(FILTER_CONTROLS);
    if (value === 'none') return new Set();
    return new Set(
      (splitList(value) ?? []).filter((name): name is FilterControl =>
        FILTER_CONTROLS.includes(name as FilterControl),
      ),
    );
  }

  private sortedEvents(): SxEvent[] {
    const source = this.feed.value?.events ?? [];
    if (this.sorted?.source !== source) {
      // Loaded lists come prepared (sorted, spans and search text cached, in slices).
      const ready = eventIndex?.isPrepared(source) ?? false;
      this.sorted = { source, events: ready ? source : sortByStart(source) };
      if (!ready) warmSearchIndex(this.sorted.events);
    }
    return this.sorted.events;
  }

  /**
   * The cities whose files a feed split by city must load (the README promises only the needed
   * ones): those of the city filter, or `''` for all. Cities already loaded are not asked again.
   * The embedded edition is one file: always `''`.
   */
  private cityScope(): string {
    const wanted = this.src ? (splitList(this.filterState.city) ?? []) : [];
    if (wanted.length === 0) return '';
    const loaded = this.loadedScope;
    if (loaded === '' || (loaded && wanted.every((city) => loaded.split(',').includes(city)))) {
      return loaded;
    }
    return [...wanted].sort().join(',');
  }

  /**
   * The events of `cityScope()`. When a visitor picks a city whose file fails, the list stays
   * (filtered to nothing) with the partial-data notice naming that city and a retry, instead of
   * the whole widget turning into an error.
   */
  private async loadEvents(client: SxClient): Promise<FeedResult<SxEvent[]>> {
    const scope = this.cityScope();
    try {
      const events = await client.events(scope ? { city: scope.split(',') } : undefined);
      // Sorted and indexed here, in slices, so that neither the first render nor the first
      // keystroke does it for thousands of records in one long task.
      const index = events.data.length >= BIG_LIST ? await loadEventIndex() : undefined;
      const data = index ? await index.prepareEvents(events.data) : events.data;
      this.loadedScope = scope;
      return { ...events, data };
    } catch (error) {
      const previous = this.feed.results?.events as FeedResult<SxEvent[]> | undefined;
      if (!previous || !scope) throw error;
      const missing = scope
        .split(',')
        .map((city) => ({ resource: 'events' as const, city, error }));
      return { ...previous, missing };
    }
  }

  /** Days a visitor can pick: the edition's, within `from`/`to`. */
  private selectableDays(edition: Edition): IsoDate[] {
    const key = `${edition.id}|${edition.start}|${edition.end}|${this.from}|${this.to}`;
    if (this.dayOptions?.key === key) return this.dayOptions.days;
    const first =
      this.validDate(this.from) && this.from! > edition.start ? this.from! : edition.start;
    const last = this.validDate(this.to) && this.to! < edition.end ? this.to! : edition.end;
    const days: IsoDate[] = [];
    for (let day = first; day <= last && days.length < 62; day = addDaysToKey(day, 1))
      days.push(day);
    this.dayOptions = { key, days };
    return days;
  }

  private hidesPast(edition: Edition, now: Date): boolean {
    // After the week every event has ended: an archive is more use than an empty list. (The week
    // is over once the edition's zone is past its last day: `editionPhase` says 'after'.)
    return !this.showPast && zonedDayKey(now, edition.timeZone) <= edition.end;
  }

  private currentResults(): SxEvent[] | undefined {
    const value = this.feed.value;
    if (!value) return undefined;
    const { edition } = value;
    const source = this.sortedEvents();
    const state = this.filterState;
    const now = this.currentTime();
    const hidePast = this.hidesPast(edition, now);
    const planIds = state.plan ? (this.plan?.all ?? []) : [];
    const rest = JSON.stringify([
      { ...state, q: '' },
      this.audience,
      this.category,
      this.from,
      this.to,
      hidePast,
      hidePast ? this.clock.minute : 0,
      hidePast ? this.now : '',
      planIds,
    ]);
    const key = `${rest}|${state.q}`;
    const last = this.results?.source === source ? this.results : undefined;
    if (last?.key === key) return last.events;
    const terms = searchTerms(state.q);
    // One more character typed: the answer is within the last one, so only that is scanned.
    const within =
      last?.rest === rest && eventIndex?.narrows(last.terms, terms) ? last.positions : undefined;
    const query: EventQuery = {
      city: splitList(state.city),
      topic: splitList(state.topic),
      audience: splitList(this.audience),
      category: splitList(this.category),
      from: state.day || (this.validDate(this.from) ? this.from : undefined),
      to: state.day || (this.validDate(this.to) ? this.to : undefined),
      free: state.free ? true : undefined,
      text: state.q,
      hidePast,
      now,
    };
    const plan = new Set(planIds);
    const extra =
      state.youth || state.plan
        ? (event: SxEvent) =>
            (!state.youth || event.audience.includes('youth')) &&
            (!state.plan || plan.has(event.id))
        : undefined;
    // A prepared list is scanned by position (spans and search text in arrays).
    const matches = eventMatcher(query, edition);
    const { events, positions } = eventIndex
      ? eventIndex.matchPrepared(source, spanMatcher(query, edition), extra, within)
      : {
          events: source.filter((event) => matches(event) && (!extra || extra(event))),
          positions: new Uint32Array(0),
        };
    this.results = { key, source, events, rest, terms, positions };
    return events;
  }

  private groups(edition: Edition, shown: SxEvent[]): EventGroup[] {
    const by = this.groupingBy();
    const items = shown.map((event, index) => ({ event, index }));
    // Flat until the grouping module is here (it loads with the programme; later only when the
    // attributes change, for the moment the import takes, or never when it cannot load).
    if (by === 'none' || !this.grouping) {
      if (by !== 'none') void this.loadGrouping().then(() => this.grouping && this.requestUpdate());
      return [{ key: 'all', label: undefined, items }];
    }
    const now = this.currentTime();
    const floorDay = [
      this.filterState.day,
      this.validDate(this.from) ? this.from! : '',
      this.hidesPast(edition, now) ? zonedDayKey(now, edition.timeZone) : '',
    ].reduce((a, b) => (a > b ? a : b), '');
    const ceilingDay = this.filterState.day || (this.validDate(this.to) ? this.to! : '');
    return this.grouping.groupEvents(items, {
      by,
      edition,
      lang: this.shownLang(),
      floorDay,
      ceilingDay,
    });
  }

  /** How the list is sectioned: the agenda view always by day. */
  private groupingBy(): EventsGroupBy {
    return this.view === 'agenda' ? 'day' : this.groupBy;
  }

  /** The agenda and compact layouts' styles, added to the widget's own the first time it needs them. */
  private loadViewStyles(): Promise<void> {
    if (this.view === 'list') return Promise.resolve();
    return (this.viewStylesLoad ??= import('./events-views.styles.js').then(
      ({ viewStyles }) => {
        this.extraStyles.push(viewStyles);
        this.adoptExtraStyles();
      },
      // Without the chunk (offline, say) the events still show, in the list's layout.
      () => undefined,
    ));
  }

  /** Styles of parts loaded on demand (agenda and compact layouts, the expanded view). */
  private readonly extraStyles: CSSResultOrNative[] = [];

  private adoptExtraStyles(): void {
    const root = this.renderRoot;
    const { elementStyles } = this.constructor as typeof SxEvents;
    // A server render has no shadow root object (nor `ShadowRoot`): its styles are the static ones.
    if (!isServer && root instanceof ShadowRoot)
      adoptStyles(root, [...elementStyles, ...this.extraStyles]);
  }

  /** The grouping module, for a widget that sections its list. */
  private loadGrouping(): Promise<void> {
    if (this.groupingBy() === 'none') return Promise.resolve();
    return (this.groupingLoad ??= import('./event-groups.js').then(
      (module) => void (this.grouping = module),
      // Without the chunk (offline, say) the list still shows, in one section.
      () => undefined,
    ));
  }

  private visitorClockDiffers(edition: Edition): boolean {
    if (this.visitorTimeZone() === edition.timeZone) return false;
    if (!this.localTime) {
      // The visitor's zone changed after the load (rare): show local times once loaded.
      void this.loadLocalTime(edition).then(() => this.localTime && this.requestUpdate());
      return false;
    }
    return this.localTime.clockDiffers(edition.timeZone, this.visitorTimeZone(), edition.start);
  }

  /** The local-time helpers, for a visitor whose zone is not the edition's. */
  private loadLocalTime(edition: Edition): Promise<void> {
    if (this.visitorTimeZone() === edition.timeZone) return Promise.resolve();
    return (this.localTimeLoad ??= import('./local-time.js').then(
      (module) => void (this.localTime = module),
      // Without the chunk (offline, say) the edition's times still show.
      () => undefined,
    ));
  }

  /** With `sync-url`: the filters from the page URL, before the list first shows. */
  private restoreUrlState(): Promise<typeof UrlState | undefined> {
    return import('./url-state.js').then(
      (module) => {
        const ignored: string[] = [];
        const fromUrl = module.readUrlState(location.search, (problem) => ignored.push(problem));
        if (ignored.length) {
          this.warnOnce('syncUrl', `ignores ${ignored.join('; ')} in the page URL.`);
        }
        this.filterState = { ...this.filterState, ...fromUrl };
        this.searchText = this.filterState.q;
        return module;
      },
      () => undefined,
    );
  }

  private itemContext(edition: Edition): ItemContext {
    const lang = this.shownLang();
    const grouping = this.grouping;
    return {
      lang,
      t: this.t,
      edition,
      now: this.currentTime(),
      view: this.view,
      timeZoneMode: this.timeZone,
      showLocal: this.showLocal,
      visitorZone: this.visitorTimeZone(),
      localTime: this.localTime,
      details: this.details,
      mapLinks: this.lazy.parts.mapLinks,
      headingLevel: this.headingLevel,
      rail: grouping && ((event, day) => grouping.renderRail(event, day, lang, edition.timeZone)),
      isStarred: (id) => this.plan?.has(id) ?? false,
      shareFeedback: (id) => (this.feedback?.id === id ? this.feedback.text : undefined),
      isOpen: (key) => this.openItem === key,
      onStar: (event) => this.toggleStar(event),
      onCalendar: (event) => this.downloadCalendar([event]),
      onShare: (event) => void this.share(event),
      onToggle: (event, key) => this.toggleItem(event, key),
      onRegister: (event, url) => this.emit(new SxRegisterEvent(event, url)),
      onMap: (event, provider, url) => this.emit(new SxMapOpenEvent(event, provider, url)),
    };
  }

  // ---- visitor actions ----

  private changeFilters(change: Partial<FilterState>): void {
    this.filterState = { ...this.filterState, ...change };
    this.filtersApplied();
  }

  private onSearchInput(text: string): void {
    this.searchText = text;
    clearTimeout(this.searchTimer);
    if (this.debounce <= 0) this.commitSearch();
    else this.searchTimer = setTimeout(() => this.commitSearch(), this.debounce);
  }

  private commitSearch(): void {
    clearTimeout(this.searchTimer);
    if (this.filterState.q === this.searchText) return;
    this.changeFilters({ q: this.searchText });
  }

  /** Back to the page's preset filters, or past them to every event (`all`). */
  private clearFilters(all = false): void {
    this.filterState = all ? { ...EMPTY_FILTERS } : this.presetFilters();
    this.searchText = this.filterState.q;
    this.filtersApplied();
    // The button that was pressed is gone: keep focus in the widget, on the first control.
    void this.updateComplete.then(() => {
      const first = this.renderRoot.querySelector<HTMLElement>(
        '[part~=search], [part~=filter-city], [part~=item-title]',
      );
      first?.focus();
    });
  }

  /** After a visitor's change: first page, URL, event, announcement. */
  private filtersApplied(): void {
    this.pages = 1;
    if (this.syncUrl) {
      const state = this.filterState;
      void this.urlState?.then((module) => module?.writeUrlState(state, this.presetFilters()));
    }
    const report = () => {
      const count = this.currentResults()?.length ?? 0;
      this.emit(new SxFilterChangeEvent(this.filterState, count));
      this.announcer.announce(this.t.found(count));
    };
    // A newly picked city's file loads first: the count is said once its events are here.
    if (this.cityScope() === this.loadedScope) report();
    else void this.updateComplete.then(() => this.feed.settled).then(report);
  }

  private async loadMore(): Promise<void> {
    const firstNew = this.pages * this.pageSize;
    this.pages += 1;
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`[data-index="${firstNew}"] [part~=item-title]`)
      ?.focus();
  }

  private toggleStar(event: SxEvent): void {
    if (!this.plan) return;
    const starred = this.plan.toggle(event.id);
    const t = this.t;
    const title = localized(this.shownLang(), event.title, event.titleEn);
    this.announcer.announce(
      starred ? t.starredAnnouncement(title) : t.unstarredAnnouncement(title),
    );
    this.results = undefined;
    this.requestUpdate();
    this.emit(new SxEventStarEvent(event, starred, this.plan.all));
  }

  private downloadPlan(): void {
    const ids = new Set(this.plan?.all ?? []);
    const events = this.sortedEvents().filter((event) => ids.has(event.id));
    if (events.length) this.downloadCalendar(events, true);
  }

  /** The calendar file, through the page (`sx-calendar-download`) or downloaded. */
  private downloadCalendar(events: SxEvent[], wholePlan = false): void {
    const edition = this.feed.value?.edition;
    if (!edition) return;
    const now = this.currentTime();
    const lang = this.shownLang();
    import('./calendar-download.js').then(
      ({ downloadCalendar }) =>
        downloadCalendar({ events, edition, now, lang, wholePlan, emit: (e) => this.emit(e) }),
      (error: unknown) => console.error('<sx-events> could not load the calendar export.', error),
    );
  }

  /** Opens a card's expanded view (closing any other), or closes it. */
  private toggleItem(event: SxEvent, key: string): void {
    if (this.openItem === key) {
      this.openItem = undefined;
      return;
    }
    this.openItem = key;
    // The expanded view's code comes with the first "更多"; the map links' (coordinate
    // conversion) with the first venue that has a point.
    this.detailsLoad ??= import('./event-details.js').then(
      (module) => {
        this.details = module;
        this.extraStyles.push(...module.detailStyles);
        this.adoptExtraStyles();
        this.requestUpdate();
      },
      (error: unknown) => {
        this.detailsLoad = undefined;
        console.error('<sx-events> could not load the event details.', error);
      },
    );
    if (event.venue?.lat !== undefined) {
      this.lazy.load('mapLinks').catch((error: unknown) => {
        console.error('<sx-events> could not load the map links.', error);
      });
    }
  }

  /**
   * Escape closes what the visitor opened, innermost first (the expanded card the focus is in,
   * else the filter panel, else the open card), and gives focus back to the button that opened it.
   */
  private readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const path = e.composedPath();
    const inside = (selector: string) =>
      path.some((node) => node instanceof Element && node.matches(selector));
    const focusLater = (selector: string) =>
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
      );
    const item = this.openItem;
    const toggle = this.renderRoot.querySelector<HTMLElement>('[part~=filters-toggle]');
    const panelFolds = !!toggle && toggle.getClientRects().length > 0;
    if (item !== undefined && (inside('.card[data-open]') || !(this.filtersOpen && panelFolds))) {
      this.openItem = undefined;
      focusLater(`[part~=more][data-key="${CSS.escape(item)}"]`);
    } else if (this.filtersOpen && panelFolds) {
      this.filtersOpen = false;
      focusLater('[part~=filters-toggle]');
    } else {
      return;
    }
    e.preventDefault();
  };

  private async share(event: SxEvent): Promise<void> {
    const lang = this.shownLang();
    const t = this.t;
    // The page's own address otherwise, without the preview parameters (?now=…&theme=…).
    const url =
      (event.url && safeUrl(event.url)) ||
      (await import('../shared/share-url.js')).shareUrl(location.href);
    if (!this.emit(new SxShareEvent(event, url))) return;
    const title = localized(lang, event.title, event.titleEn);
    const outcome = await (await import('../shared/share-url.js')).shareLink({ title, url });
    if (outcome === 'shared' || outcome === 'cancelled') return;
    const text = outcome === 'copied' ? t.linkCopied : t.shareFailed;
    this.feedback = { id: event.id, text };
    this.announcer.announce(text);
    clearTimeout(this.feedbackTimer);
    this.feedbackTimer = setTimeout(() => (this.feedback = undefined), SHARE_FEEDBACK_MS);
  }

  private readonly onStorage = (event: StorageEvent): void => {
    // Another tab changed the plan.
    if (this.plan && event.key?.endsWith(`:plan:${this.plan.editionId}`)) {
      this.plan.reload();
      this.results = undefined;
      this.requestUpdate();
    }
  };

  /**
   * Fires one of the widget's events (the typed events are documented with @fires; going through
   * here keeps the manifest analyzer from listing each dispatch a second time, nameless).
   */
  private emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  // ---- upkeep ----

  /** The JSON-LD of the shown events; its module loads after the list has first shown real ones. */
  private syncJsonLd(): void {
    const edition =
      this.noJsonLd || this.feed.status === 'error' ? undefined : this.feed.value?.edition;
    const module = this.jsonLd;
    const shown = (this.currentResults() ?? []).slice(0, this.pages * this.pageSize);
    if (module) {
      module.writeJsonLd(this, edition && module.eventsJsonLdText(shown, edition));
    } else if (edition && shown.some((event) => !event.sample)) {
      // Samples get no JSON-LD (json-ld.ts), so a page of samples never downloads the module.
      this.jsonLdLoad ??= import('./json-ld.js').then(
        (loaded) => {
          this.jsonLd = loaded;
          this.syncJsonLd();
        },
        () => undefined,
      );
    }
  }

  private validDate(value: string | undefined): boolean {
    return value !== undefined && isIsoDate(value);
  }

  static override attributeRules = RULES;
}

// The events this element fires, exported for `instanceof` and so that this module's types carry
// their event-map entries: importing the element is enough for typed `addEventListener`.
export * from './custom-events.js';
export { SxErrorEvent, SxLoadEvent, type SxLoadDetail } from '../shared/events.js';

defineElement('sx-events', SxEvents);

declare global {
  interface HTMLElementTagNameMap {
    'sx-events': SxEvents;
  }
}
