import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedResult, SxClient } from '../../src/client/types.js';
import type { Edition, ProgrammeEvent } from '../../src/feed/types.js';
import { Announcer } from '../shared/announcer.js';
import { bidiStyles } from '../shared/bidi.js';
import { MinuteClock } from '../shared/minute-clock.js';
import { defineElement } from '../shared/define.js';
import { FeedController } from '../shared/feed-controller.js';
import { type Lang } from '../shared/i18n.js';
import { renderError, renderNotices } from '../shared/states.js';
import { filterStyles } from '../shared/filters.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { SxElement } from '../shared/sx-element.js';
import { shownLang } from '../shared/lazy-catalog.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { SxFilterChangeEvent, SxMapOpenEvent, SxRegisterEvent } from './custom-events.js';
import { EventActions } from './event-actions.js';
import { ItemCache, type EventsView, type ItemContext, type TimeZoneMode } from './event-item.js';
import { eventsMessages, loadEventsMessages, type EventsMessages } from './events.messages.js';
import { eventsStyles } from './events.styles.js';
import { splitList } from '../../src/text/split-list.js';
import type { EventGroup } from './event-groups.js';
import * as query from './events-query.js';
import { EventsFilters } from './events-filters.js';
import * as list from './events-list.js';
import { EventsLazyParts } from './events-parts.js';
import { EventsPanels } from './events-panels.js';
import { FirstRows } from './first-rows.js';
import { DEFAULT_LIMIT, RULES, type EventsGroupBy } from './events-attributes.js';

export type { EventsGroupBy };

/**
 * The programme of a Science and Technology Week: what is on, where and when, with filters, a
 * personal plan, calendar files, map links and sharing. What only some visitors need is imported
 * on first use (`events-parts.ts`), so a page pays for the list alone.
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
 * @csspart continues-item - In the agenda, a later day of a multi-day event: one line.
 * @csspart continues - The title on that line, a button unfolding the event's card in place.
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
 * @csspart star - The star ("my plan") button, beside the title.
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
  // Not decorators: each decorated field cost a call and the pages a helper (#17 bytes, 7 Dec 2026).
  static override properties = {
    city: {},
    topic: {},
    audience: {},
    category: {},
    from: {},
    to: {},
    q: {},
    limit: { type: Number },
    view: {},
    filters: {},
    groupBy: { attribute: 'group-by' },
    showPast: { type: Boolean, attribute: 'show-past' },
    timeZone: { attribute: 'time-zone' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    noJsonLd: { type: Boolean, attribute: 'no-json-ld' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    client: { attribute: false },
    pages: { state: true, attribute: false },
    showLocal: { state: true, attribute: false },
  };

  /** City code(s) to show at first (comma-separated GB/T 2260 codes, e.g. `140100`). */
  city: string | undefined;
  /** Topic id(s) to show at first (`ai`, `health`…, comma-separated). */
  topic: string | undefined;
  /** Only events for these audiences (`youth`, `public`…, comma-separated). */
  audience: string | undefined;
  /** Only events of these categories (`lecture`, `open-day`…, comma-separated). */
  category: string | undefined;
  /** First day to show (`YYYY-MM-DD`, edition zone). */
  from: string | undefined;
  /** Last day to show (`YYYY-MM-DD`, edition zone). */
  to: string | undefined;
  /** Initial search text. */
  q: string | undefined;
  /** Events per page ("show more" adds as many again). @default 20 */
  limit = DEFAULT_LIMIT;
  /** `list` (cards), `agenda` (by day with a time rail) or `compact` (dense rows). @default 'list' */
  view: EventsView = 'list';
  /**
   * Filter controls to show, comma-separated, of `city`, `topic`, `day`, `free`, `youth`, `search`,
   * `plan`; `none` for no filter bar. @default all of them
   */
  filters: string | undefined;
  /** Group the list by `day`, `city` or `none` (the agenda view always groups by day). @default 'none' */
  groupBy: EventsGroupBy = 'none';
  /** Also list events that have ended (after the week, ended events are always listed). */
  showPast = false;
  /** Times in the `edition`'s zone, the visitor's `local` zone, or `both`. @default 'edition' */
  timeZone: TimeZoneMode = 'edition';
  /** Keep the filters in the page URL (`?sx-city=…`), so a filtered view can be shared. */
  syncUrl = false;
  /** Do not write schema.org JSON-LD into the page. */
  noJsonLd = false;
  /** Level of the group headings (2–5; item titles one below when grouped). @default 3 */
  headingLevel = 3;
  /** A client to load from instead of the page's shared one (custom timeout, storage…). */
  client: SxClient | undefined;

  /** Milliseconds the search box waits after the last keystroke. Tests set 0. */
  debounce = 250;

  private pages = 1;
  /** A new list draws its first rows now, the rest after (`first-rows.ts`). */
  private readonly rows = new FirstRows<ProgrammeEvent>(this);
  private showLocal = false;
  /** The filter bar has been drawn with its option lists (see `renderBody`). */
  private barWhole?: boolean;
  /** Status labels change with the time: one render a minute, none when `now` is frozen. */
  private readonly clock = new MinuteClock(
    this,
    () => !this.clockFrozen && this.feed.status === 'ready',
  );

  private readonly feed = new FeedController(this, {
    load: async (client) => {
      // The programme asked with the edition, not after it (as the lab map does): the embedded
      // files are two imports, and with `src` the client shares the one manifest request between
      // them. After the URL's filters are restored: they choose the cities whose files to load.
      const eventsLoad = Promise.resolve(this.filtering.restored).then(() =>
        this.loadEvents(client),
      );
      // An edition that fails is the error shown; the programme's own failure is then moot.
      eventsLoad.catch(() => undefined);
      const edition = await client.edition();
      // Fetched alongside the programme, so the list never shows without them.
      const helpers = Promise.all([
        this.filtering.restored,
        this.lazy.wantLocalTime(edition.data),
        this.loadGrouping(),
        this.loadViewStyles(),
        loadEventsMessages(this.uiLang).catch(() => undefined), // else Chinese
      ]);
      const events = await eventsLoad;
      await helpers;
      // A search from the URL or the `q` attribute is answered by the first render: texts first.
      if (this.filtering.state.q) await this.query.searchPending(events.data);
      return { edition, events };
    },
    key: () => this.cityScope(),
  });
  private readonly announcer = new Announcer(this);
  private readonly itemCache = new ItemCache();
  private readonly query = new query.EventsQuery();
  private readonly lazy = new EventsLazyParts(this);
  private readonly panels = new EventsPanels(this, this.lazy);
  private readonly filtering = new EventsFilters(this, {
    presets: () => this,
    debounce: () => this.debounce,
    syncUrl: () => this.syncUrl,
    loadUrlState: () => this.lazy.load('urlState'),
    warn: (message) => this.warnOnce('syncUrl', message),
    applied: () => this.filtersApplied(),
    searchPending: () => this.query.searchPending(),
  });
  private readonly actions = new EventActions(this, {
    edition: () => this.feed.value?.edition,
    sortedEvents: () => this.query.sortedEvents(this.feed.value?.events ?? []),
    lang: () => this.shownLang(),
    t: () => this.t,
    now: () => this.currentTime(),
    load: (name) => this.lazy.load(name),
    announce: (text) => this.announcer.announce(text),
    emit: (event) => this.emit(event),
    planChanged: () => this.query.forget(),
  });

  /** Settles when the programme has loaded (or failed): for tests and scripts. */
  get loaded(): Promise<void> {
    return (
      this.updateComplete
        .then(() => this.feed.settled)
        .then(() => this.updateComplete)
        // A big list's search texts too: a search typed before they are ready waits for them.
        .then(() => this.query.searchPending())
        .then(() => this.lazy.settled('jsonLd'))
        .then(() => this.updateComplete)
        .then(() => undefined)
    );
  }

  /** The events matching the current filters, in start order (all pages). */
  get matchingEvents(): readonly ProgrammeEvent[] {
    return this.currentResults() ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('city') || changed.has('topic') || changed.has('q')) {
      this.filtering.presetsChanged();
      this.pages = 1;
      this.rows.firstFrame = true;
    }
    void this.filtering.restored;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    void this.loadViewStyles();
    this.syncJsonLd();
  }

  /** Also waits for the rows a new list draws after its first frame (`first-rows.ts`). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.rows.complete(() => super.getUpdateComplete());
  }

  protected override render(): TemplateResult {
    const { status, value } = this.feed;
    const ready = status !== 'error' && value !== undefined;
    // The loading and error states speak the shared catalog, which has every language.
    const lang = ready ? this.shownLang() : this.uiLang;
    return html`<div
      part="base"
      class="sx-root base"
      lang=${lang}
      @keydown=${this.panels.onKeydown}
    >
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
    const rescoping = status === 'loading' && this.cityScope() !== this.query.loadedScope;
    if (status === 'error') return renderError(this.feed, lang);
    if (status === 'loading' && (!value || rescoping)) {
      return list.renderSkeleton(lang, this.view, this.pageSize);
    }
    const { edition } = value!;
    const t = this.t;
    const results = this.currentResults()!;
    const shown = results.slice(0, this.pages * this.pageSize);
    const firstFrame = this.rows.firstFrame;
    // A big list's first data draws no row yet: the skeleton stays under the count (first-rows).
    const rows = results.length ? this.drawRows(shown, results.length) : shown;
    // The first content frame's selects hold their chosen option only; the option lists come
    // with the rows drawn after its paint, before a visitor can open a select (filter-bar.ts).
    const brief = firstFrame && !!this.rows.cut && !this.barWhole;
    this.barWhole ||= !brief;
    return html`
      ${renderNotices(this.feed, lang, edition)} ${this.renderFilters(edition, brief)}
      ${list.renderHeader({
        t,
        total: results.length,
        shown: shown.length,
        showToggle:
          this.timeZone === 'edition' &&
          this.lazy.clockDiffers(() => this.visitorTimeZone(), edition),
        showLocal: this.showLocal,
        planSize: this.actions.plan?.size ?? 0,
        onToggleLocal: () => (this.showLocal = !this.showLocal),
        onDownloadPlan: () => this.actions.downloadPlan(),
      })}
      ${
        results.length === 0
          ? list.renderEmptyState(this.shownLang(), this.t, this.filtering, (all) => {
              this.filtering.clear(all);
              this.panels.focusFirstControl();
            })
          : rows.length
            ? list.renderList({
                ctx: this.itemContext(edition),
                groups: this.groups(edition, rows, shown.length < results.length),
                view: this.view,
                headingLevel: this.headingLevel,
                byDay: this.groupingBy() === 'day',
                cache: this.itemCache,
                continues: this.lazy.parts.grouping?.renderContinues,
              })
            : list.renderSkeleton(lang, this.view, this.pageSize)
      }
      ${list.renderMore(t, this.rows.cut ? 0 : results.length - shown.length, () => void this.loadMore())}
    `;
  }

  private renderFilters(edition: Edition, brief: boolean): TemplateResult | typeof nothing {
    return list.renderFilters({
      brief,
      lang: this.shownLang(),
      t: this.t,
      edition,
      filtering: this.filtering,
      controls: query.filterControls(this.filters),
      days: this.query.days(edition, this.from, this.to),
      open: this.panels.filtersOpen,
      planSize: this.actions.plan?.size ?? 0,
      onToggleOpen: () => this.panels.toggleFilters(),
    });
  }

  private drawRows(shown: ProgrammeEvent[], total: number): ProgrammeEvent[] {
    // Server markup holds the whole page, and hydrating it must draw the same rows.
    if (isServer || (this.serverMarkup && !this.hasUpdated)) this.rows.firstFrame = false;
    return this.rows.draw(shown, total);
  }

  private get pageSize(): number {
    return Number.isInteger(this.limit) && this.limit > 0 ? this.limit : DEFAULT_LIMIT;
  }

  /** The cities whose files to load (`''`: all); the embedded edition is one file: always `''`. */
  private cityScope(): string {
    return this.query.scope(this.src ? (splitList(this.filtering.state.city) ?? []) : []);
  }

  /** The events of `cityScope()` (a failing city keeps the list, with a notice). */
  private loadEvents(client: SxClient): Promise<FeedResult<ProgrammeEvent[]>> {
    const previous = this.feed.results?.events as FeedResult<ProgrammeEvent[]> | undefined;
    return this.query.load(client, this.cityScope(), previous);
  }

  /** What the list is filtered by now (see `ListInput`: everything the answer depends on). */
  private listInput(edition: Edition): query.ListInput {
    const { state } = this.filtering;
    return {
      filters: state,
      audience: this.audience,
      category: this.category,
      from: this.from,
      to: this.to,
      hidePast: query.hidesPast(edition, this.currentTime(), this.showPast),
      planIds: state.plan ? (this.actions.plan?.all ?? []) : [],
      now: this.currentTime(),
      clock: `${this.clock.minute}|${this.now}`,
    };
  }

  private currentResults(): ProgrammeEvent[] | undefined {
    const value = this.feed.value;
    if (!value) return undefined;
    return this.query.matching(value.events, value.edition, this.listInput(value.edition));
  }

  /** Flat until the grouping module is here (it loads with the programme, or when asked for). */
  private groups(edition: Edition, shown: ProgrammeEvent[], more: boolean): EventGroup[] {
    const by = this.groupingBy();
    if (by === 'none') return list.groupItems(shown, undefined);
    const module = this.lazy.parts.grouping;
    if (!module) void this.loadGrouping();
    const bounds = query.dayBounds(edition, this.listInput(edition));
    // With events still behind "show more", days after the last one a shown event begins would
    // hold only lines of events already carded, ahead of those days' own events: they wait.
    if (more && by === 'day')
      bounds.ceilingDay = query.lastShownDay(shown, edition.timeZone, bounds);
    const lang = this.shownLang();
    return list.groupItems(shown, module && { module, by, edition, lang, ...bounds });
  }

  /** How the list is sectioned: the agenda view always by day. */
  private groupingBy(): EventsGroupBy {
    return this.view === 'agenda' ? 'day' : this.groupBy;
  }

  /** The agenda and compact layouts' styles, added to the widget's own the first time it needs them. */
  private loadViewStyles(): Promise<void> {
    return this.view === 'list' ? Promise.resolve() : this.lazy.want('viewStyles');
  }

  /** The grouping module, for a widget that sections its list. */
  private loadGrouping(): Promise<void> {
    return this.groupingBy() === 'none' ? Promise.resolve() : this.lazy.want('grouping');
  }

  private itemContext(edition: Edition): ItemContext {
    const lang = this.shownLang();
    const { grouping, localTime, details, mapLinks } = this.lazy.parts;
    return {
      lang,
      t: this.t,
      edition,
      now: this.currentTime(),
      view: this.view,
      timeZoneMode: this.timeZone,
      showLocal: this.showLocal,
      // Read only with the local-time part, loaded only for a visitor whose clock differs.
      visitorZone: localTime ? this.visitorTimeZone() : edition.timeZone,
      localTime,
      details,
      mapLinks,
      headingLevel: this.headingLevel,
      rail: grouping && ((event, day) => grouping.renderRail(event, day, lang, edition.timeZone)),
      ...this.actions.itemHandlers,
      ...this.panels.itemHandlers,
      onRegister: (event, url) => this.emit(new SxRegisterEvent(event, url)),
      onMap: (event, provider, url) => this.emit(new SxMapOpenEvent(event, provider, url)),
    };
  }

  /** After a visitor's change: first page, URL, event, announcement. */
  private filtersApplied(): void {
    this.pages = 1;
    this.rows.firstFrame = true;
    const report = () => {
      const count = this.currentResults()?.length ?? 0;
      this.emit(new SxFilterChangeEvent(this.filtering.state, count));
      this.announcer.announce(this.t.found(count));
    };
    // A newly picked city's file loads first: the count is said once its events are here.
    if (this.cityScope() === this.query.loadedScope) report();
    else void this.updateComplete.then(() => this.feed.settled).then(report);
  }

  private async loadMore(): Promise<void> {
    const firstNew = this.pages * this.pageSize;
    this.pages += 1;
    this.panels.focusLater(`[data-index="${firstNew}"] [part~=item-title]`);
  }

  /**
   * Fires one of the widget's events (the typed events are documented with @fires; going through
   * here keeps the manifest analyzer from listing each dispatch a second time, nameless).
   */
  private emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  /** The JSON-LD of the shown events (see `EventsLazyParts.syncJsonLd`). */
  private syncJsonLd(): void {
    const edition =
      this.noJsonLd || this.feed.status === 'error' ? undefined : this.feed.value?.edition;
    const shown = (this.currentResults() ?? []).slice(0, this.pages * this.pageSize);
    this.lazy.syncJsonLd(this, edition, shown);
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
