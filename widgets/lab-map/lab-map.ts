import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { SxClient } from '../../src/client/types.js';
import type { Edition, Lab } from '../../src/feed/types.js';
import { splitList } from '../../src/text/split-list.js';
import { isIsoDate } from '../../src/time/zoned.js';
import { Announcer } from '../shared/announcer.js';
import { MinuteClock } from '../shared/minute-clock.js';
import { bidiStyles } from '../shared/bidi.js';
import { defineElement } from '../shared/define.js';
import { FeedController } from '../shared/feed-controller.js';
import { type Lang } from '../shared/i18n.js';
import { renderError, renderLoading, renderNotices } from '../shared/states.js';
import { filterStyles } from '../shared/filters.styles.js';
import { mapLinksStyles } from '../shared/map-links.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { SxElement } from '../shared/sx-element.js';
import { shownLang } from '../shared/lazy-catalog.js';
import { choice, isoDate, wholeNumber, type AttributeRules } from '../shared/attribute-rules.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { basemapUrl, readCrs } from './basemap-source.js';
import { renderFilterBar } from './filter-bar.js';
import { FIRST_CARDS, FirstFrame } from './first-frame.js';
import type { GeoMap } from './geo/geo-map.js';
import { GeoBasemap } from './geo-basemap.js';
import { renderLabList } from './lab-list.js';
import { labMapMessages, type LabMapMessages } from './lab-map.messages.js';
import { labMapStyles } from './lab-map.styles.js';
import {
  DEFAULT_LIMIT,
  inGroup,
  matchingLabs,
  openingDays,
  pageSize,
  presetFilters,
} from './lab-query.js';
import { renderMapPane } from './map-pane.js';
import { LabChoice } from './lab-choice.js';

export type LabMapView = 'map+list' | 'list';

/** The attribute checks (`attribute-rules.ts`); choices list the default first. */
const RULES: AttributeRules = {
  view: choice(['map+list', 'list'] satisfies LabMapView[]),
  basemapCrs: {
    problem: (value) => (readCrs(value as string) ? undefined : 'is not wgs84 or gcj02'),
    instead: 'using wgs84',
  },
  date: isoDate(isIsoDate),
  limit: wholeNumber(1, Number.MAX_SAFE_INTEGER, DEFAULT_LIMIT),
  headingLevel: wholeNumber(2, 6, 3),
};

/**
 * Where the week's laboratories, innovation centres, pilot bases and science-popularisation bases
 * open to the public: a map of the region and, beside it (under it on a phone), the list of
 * facilities with their coming openings, booking, contact and links to AMap and Baidu Maps.
 *
 * **Basemaps.** By default a schematic of the region's cities (示意图): one tile per city, placed
 * as `edition.cities[].tile` says, showing how many facilities open there. No boundary data, no
 * map server, no key. A page that holds a reviewed map (with its 审图号) can pass it as GeoJSON or
 * TopoJSON: `basemap-src="…"` (or `basemap="<url>"`; `basemap="geo"` with `basemap-src` also
 * works, and `basemap="schematic"` forces the schematic), its coordinate system in `basemap-crs`
 * (`wgs84`, the default, or `gcj02`: the feed's WGS84 points are converted before drawing), and
 * its credit in `basemap-credit`. The geographic code is loaded only then. If the basemap cannot be
 * loaded, the schematic is shown with a note.
 *
 * **The list** is the primary view and keeps in step with the map: choosing a tile shows that
 * city's facilities; choosing a marker selects its facility in the list and moves focus there;
 * "show on map" in the list does the reverse. A marker standing for several facilities zooms in,
 * or, when they share one spot, narrows the list to them. A long list shows `limit` facilities
 * and a "show more" button that adds as many again (focus moves to the first new one); a facility
 * chosen on the map is always shown.
 *
 * **Keyboard.** The map is one Tab stop. Schematic: arrow keys move between city tiles, Enter or
 * Space chooses one (again to clear), Escape clears the choice. Geographic map: arrow keys move
 * between markers, Enter or Space chooses, Shift+arrows pan (plain arrows pan when no marker is
 * in view), `+`/`=` and `-` zoom around the focused marker, `0` resets, Escape clears the choice
 * (or resets the zoom when there is none), Home/End go to the first/last marker. The zoom buttons
 * follow the map in Tab order. In the list, Escape returns to the facility's place on the map.
 * Pointer: drag pans; two fingers pinch; the wheel zooms only with Ctrl or ⌘ held, so the page
 * still scrolls under a plain wheel and a single finger.
 *
 * @summary Map and list of the facilities open to the public during the week.
 *
 * @csspart base - The root of the widget.
 * @csspart filters - The filter form (city, kind, day, open now).
 * @csspart filter-city - The city select.
 * @csspart filter-kind - The kind select.
 * @csspart filter-day - The day select.
 * @csspart filter-open-now - The "open now" checkbox label.
 * @csspart sample-notice - The notice shown when the edition is sample data.
 * @csspart map - The map (schematic or geographic).
 * @csspart schematic - The schematic map.
 * @csspart tiles - The grid of city tiles.
 * @csspart tile - A city tile (also `tile-selected`).
 * @csspart tile-count - The number on a tile.
 * @csspart caption - The caption under the map (示意图 note, credit, keyboard help).
 * @csspart geo-map - The geographic map.
 * @csspart map-viewport - The zoomable area of the geographic map.
 * @csspart basemap - The SVG of the host's basemap.
 * @csspart area - A shape of the basemap.
 * @csspart markers - The layer of markers.
 * @csspart marker - A marker (also `marker-selected`; `cluster` for a group of facilities).
 * @csspart cluster - A marker standing for several facilities.
 * @csspart zoom-controls - The zoom buttons.
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart zoom-reset - The reset button.
 * @csspart credit - The basemap's credit (e.g. its approval number).
 * @csspart basemap-error - The note shown when the basemap could not be loaded.
 * @csspart summary - The "找到 N 个开放单位" line.
 * @csspart group-notice - The note shown while the list is narrowed to a marker's facilities.
 * @csspart show-all - Its "show all" button.
 * @csspart list - The list of facilities.
 * @csspart load-more - The "show more" button under a long list.
 * @csspart item - A facility (also `item-selected`).
 * @csspart item-title - A facility's name.
 * @csspart kind - A facility's kind badge.
 * @csspart item-meta - Host, city, address, topics, contact.
 * @csspart item-summary - What the facility shows.
 * @csspart openings - The facility's coming openings.
 * @csspart opening - One opening.
 * @csspart status-open - The "open now" badge.
 * @csspart book - A booking link.
 * @csspart contact-link - A phone or email link.
 * @csspart actions - A facility's buttons and links.
 * @csspart show-on-map - The "show on map" button.
 * @csspart navigate - A link to a map app (also `navigate-amap`, `navigate-baidu`).
 * @csspart details - The link to the facility's page.
 * @csspart sample - The "示例数据" marker.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error state.
 * @csspart official-link - The link to the official notice in the error state.
 * @csspart empty - The empty state.
 * @csspart clear-filters - The "clear filters" button of the empty state.
 * @csspart stale - The banner shown when the data is a saved copy.
 *
 * @cssprop --sx-color-accent - Links, buttons, focus ring, tile shading. Default #1d4e89.
 * @cssprop --sx-color-highlight - Chosen marker, "open now". Default #a23b24.
 * @cssprop --sx-color-text - Text. Default #1f2933.
 * @cssprop --sx-color-muted - Secondary text. Default #5b6673.
 * @cssprop --sx-color-surface - Background. Default #ffffff.
 * @cssprop --sx-color-border - Rules, outlines, basemap borders. Default #d5dbe3.
 * @cssprop --sx-font-family - Font stack (system UI with PingFang SC, Microsoft YaHei, Noto Sans CJK SC).
 * @cssprop --sx-font-size - Base font size. Default `medium` (the visitor's default, usually 16px).
 * @cssprop --sx-radius - Corner radius. Default 6px.
 * @cssprop --sx-space - Spacing unit. Default half the base font size.
 *
 * @fires sx-load - {SxLoadEvent} The facilities arrived (counts, issues, stale).
 * @fires sx-error - {SxErrorEvent} The facilities could not be loaded.
 * @fires sx-lab-select - {SxLabSelectEvent} The visitor chose a facility, a city or a marker's group (or cleared the choice).
 *
 * @example <sx-lab-map city="140400" date="2025-05-31"></sx-lab-map>
 * @example <sx-lab-map basemap-src="/maps/shanxi.topo.json" basemap-crs="gcj02" basemap-credit="审图号：GS(2024)0000号"></sx-lab-map>
 */
export class SxLabMap extends SxElement {
  static override styles = [
    tokenStyles,
    bidiStyles,
    stateStyles,
    filterStyles,
    mapLinksStyles,
    labMapStyles,
  ];
  // Not decorators: each decorated field cost a call and the pages a helper (#17 bytes, 7 Dec 2026).
  static override properties = {
    city: {},
    kind: {},
    topic: {},
    date: {},
    openNow: { type: Boolean, attribute: 'open-now' },
    basemap: {},
    basemapSrc: { attribute: 'basemap-src' },
    basemapCrs: { attribute: 'basemap-crs' },
    basemapCredit: { attribute: 'basemap-credit' },
    view: {},
    limit: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    client: { attribute: false },
  };

  /** The city to show at first (GB/T 2260 code, e.g. `140400` for Changzhi). */
  city: string | undefined;
  /** Only facilities of this kind (`key-lab`, `innovation-centre`, `pilot-base`, `popsci-base`, `spirit-base`). */
  kind: string | undefined;
  /** Only facilities on these topics (comma-separated ids: `ai`, `health`…). */
  topic: string | undefined;
  /** Only facilities open on this day (`YYYY-MM-DD`, the edition's zone). */
  date: string | undefined;
  /** Only facilities open now (at `now` when set). */
  openNow = false;
  /** `schematic` (default), `geo` (with `basemap-src`), or the URL of a GeoJSON/TopoJSON basemap. */
  basemap: string | undefined;
  /** URL of the host's GeoJSON or TopoJSON basemap. */
  basemapSrc: string | undefined;
  /** Coordinate system of the basemap: `wgs84` (default) or `gcj02`. */
  basemapCrs: string | undefined;
  /** Credit shown on the geographic map, e.g. its approval number (审图号). */
  basemapCredit: string | undefined;
  /** `map+list` (default) or `list` (the list alone). */
  view: LabMapView = 'map+list';
  /** Facilities shown at first ("show more" adds as many again). @default 6 */
  limit: number = DEFAULT_LIMIT;
  /** Level of the facility names (2–6). @default 3 */
  headingLevel = 3;
  /** A client to load from instead of the page's shared one. */
  client: SxClient | undefined;

  /** "Open now" changes with the time: one render a minute, none when `now` is frozen. */
  protected readonly minuteClock = new MinuteClock(
    this,
    () => !this.clockFrozen && this.feed.status === 'ready',
  );

  private readonly feed = new FeedController(this, {
    // Both asked at once: the labs need the client module (imported on demand), the edition
    // does not, and the client shares the one request for the feed between them. The words of
    // the visitor's language come alongside, so the list never shows without them.
    load: async (client) => {
      const words = labMapMessages.load(this.uiLang).catch(() => undefined); // else Chinese
      const [edition, labs] = await Promise.allSettled([client.edition(), client.labs()]);
      await words;
      if (edition.status === 'rejected') throw edition.reason;
      if (labs.status === 'rejected') throw labs.reason;
      return { edition: edition.value, labs: labs.value };
    },
  });
  private readonly announcer = new Announcer(this);
  /** The first content frame draws the first screen, the rest after its paint (first-frame.ts). */
  private readonly firstFrame = new FirstFrame(this, !isServer && !this.serverMarkup);
  /** The host's geographic basemap, when the attributes name one. */
  private readonly basemapMap = new GeoBasemap(this);
  private readonly choice = new LabChoice(this, {
    edition: () => this.feed.value?.edition,
    listed: () => this.listLabs(),
    words: () => ({ lang: this.shownLang(), t: this.t }),
    geo: () => this.geo,
    pageSize: () => this.pageSize,
    announcer: this.announcer,
  });

  /** Settles when the facilities (and a geographic basemap, if any) have loaded or failed. */
  get loaded(): Promise<void> {
    return this.feed.settled
      .then(() => this.basemapMap.loaded)
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  /** The facilities the list holds now (also those behind "show more"). */
  get listedLabs(): readonly Lab[] {
    return this.listLabs();
  }

  private get geo(): GeoMap | undefined {
    return this.basemapMap.map;
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.firstFrame.complete(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has('city') ||
      changed.has('kind') ||
      changed.has('date') ||
      changed.has('openNow')
    ) {
      this.choice.preset(presetFilters(this));
    }
    const url = this.basemapUrl();
    this.basemapMap.show(
      this.view === 'list' ? undefined : url,
      readCrs(this.basemapCrs) ?? 'wgs84',
    );
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    const { status, value } = this.feed;
    // The loading and error states speak the shared catalog, which has every language.
    const lang = status !== 'error' && value ? this.shownLang() : this.uiLang;
    return html`<div part="base" class="sx-root base" lang=${lang}>
      ${this.renderBody(lang)} ${this.announcer.render()}
    </div>`;
  }

  /**
   * The language the facilities are shown in: the visitor's (`uiLang`) once its words are here.
   * English is imported with the facilities (see `feed`); a page that switches to English later
   * shows Chinese for the moment the import takes.
   */
  private shownLang(): Lang {
    return shownLang(this, labMapMessages);
  }

  /** The words of the shown language. */
  private get t(): LabMapMessages {
    return labMapMessages.get(this.shownLang())!;
  }

  private renderBody(lang: Lang): TemplateResult {
    const { status, value } = this.feed;
    if (status === 'error') return renderError(this.feed, lang);
    const layout = `layout ${this.view === 'list' ? 'layout--list' : ''}`;
    if (!value) {
      return html`<div class=${layout}>
        ${this.view === 'list' ? nothing : renderLoading({ lang, rows: 1, rowHeight: '22em' })}
        ${renderLoading({ lang, rows: 3, rowHeight: '9em' })}
      </div>`;
    }
    const { edition } = value;
    const brief = this.firstFrame.brief();
    const { filters } = this.choice;
    // A brief bar's day select holds the chosen day alone: no need to find every opening day yet.
    const days = brief ? [] : openingDays(value.labs, edition.timeZone);
    if (filters.day && !days.includes(filters.day)) days.push(filters.day);
    return html`
      ${renderNotices(this.feed, lang, edition)}
      ${renderFilterBar({
        lang,
        t: this.t,
        edition,
        filters,
        brief,
        days: days.sort(),
        onChange: (change) => this.choice.changeFilters(change, 'filter'),
      })}
      <div class=${layout}>
        ${
          this.view === 'list'
            ? nothing
            : html`<div class="map-pane">${this.renderMap(edition, value.labs)}</div>`
        }
        <div class="list-pane">${this.renderList(edition, brief)}</div>
      </div>
    `;
  }

  private renderMap(edition: Edition, labs: readonly Lab[]): ReturnType<typeof renderMapPane> {
    return renderMapPane({
      lang: this.shownLang(),
      t: this.t,
      edition,
      geo: this.basemapMap,
      credit: this.basemapCredit,
      labs: (withCity) => this.matching(edition, labs, withCity),
      choice: this.choice,
    });
  }

  private renderList(edition: Edition, brief: boolean): TemplateResult {
    return renderLabList({
      cut: brief ? FIRST_CARDS : undefined,
      lang: this.shownLang(),
      t: this.t,
      edition,
      now: this.currentTime(),
      headingLevel: this.headingLevel,
      withMap: this.view !== 'list',
      listed: this.listLabs(),
      pageSize: this.pageSize,
      choice: this.choice,
      onKeydown: this.onListKeydown,
    });
  }

  private get pageSize(): number {
    return pageSize(this.limit);
  }

  // ---- data ----

  /** The facilities matching the filters; `withCity: false` ignores the city (tile counts). */
  private matching(edition: Edition, labs: readonly Lab[], withCity: boolean): Lab[] {
    const filters = withCity ? this.choice.filters : { ...this.choice.filters, city: '' };
    return matchingLabs(labs, filters, splitList(this.topic), edition, this.currentTime());
  }

  private listLabs(): Lab[] {
    const value = this.feed.value;
    return value ? inGroup(this.matching(value.edition, value.labs, true), this.choice.group) : [];
  }

  private basemapUrl(): string | undefined {
    // A server renders the schematic: the geographic basemap is fetched by the browser.
    if (isServer) return undefined;
    const { url, rejected } = basemapUrl(this.basemap, this.basemapSrc, document.baseURI);
    if (rejected) {
      this.warnOnce(
        'basemapSrc',
        `the basemap URL "${rejected}" is not http(s); showing the schematic.`,
      );
    }
    return url;
  }

  private readonly onListKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.view === 'list') return;
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-lab]')?.dataset['lab'];
    const lab = this.feed.value?.labs.find((candidate) => candidate.id === id);
    if (!lab) return;
    event.preventDefault();
    this.choice.focusOnMap(lab);
  };

  // ---- upkeep ----

  static override attributeRules = RULES;
}
// The events this element fires, exported for `instanceof` and so that this module's types carry
// their event-map entries: importing the element is enough for typed `addEventListener`.
export * from './custom-events.js';
export { SxErrorEvent, SxLoadEvent, type SxLoadDetail } from '../shared/events.js';

defineElement('sx-lab-map', SxLabMap);

declare global {
  interface HTMLElementTagNameMap {
    'sx-lab-map': SxLabMap;
  }
}
