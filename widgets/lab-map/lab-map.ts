import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { SxClient } from '../../src/client/types.js';
import type { Edition, Lab } from '../../src/feed/types.js';
import { splitList } from '../../src/text/split-list.js';
import { isIsoDate } from '../../src/time/zoned.js';
import { Announcer } from '../shared/announcer.js';
import { MinuteClock } from '../shared/minute-clock.js';
import { bidiStyles } from '../shared/bidi.js';
import { defineElement } from '../shared/define.js';
import { FeedController } from '../shared/feed-controller.js';
import { LazyParts } from '../shared/lazy-part.js';
import { type Lang } from '../shared/i18n.js';
import { cityShortName, regionCity } from '../shared/region.js';
import { renderEmpty, renderError, renderLoading, renderEditionNotices } from '../shared/states.js';
import { filterStyles } from '../shared/filters.styles.js';
import { mapLinksStyles } from '../shared/map-links.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { SxElement } from '../shared/sx-element.js';
import { shownLang } from '../shared/lazy-catalog.js';
import { choice, isoDate, wholeNumber, type AttributeRules } from '../shared/attribute-rules.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { SxLabSelectEvent, type LabSelectSource } from './custom-events.js';
import { renderFilterBar } from './filter-bar.js';
import type { Crs, GeoMap } from './geo/geo-map.js';
import { renderLabEntry } from './lab-entry.js';
import { labMapMessages, type LabMapMessages } from './lab-map.messages.js';
import { labMapStyles } from './lab-map.styles.js';
import {
  NO_FILTERS,
  countByCity,
  listedOpenings,
  matchingLabs,
  openingDays,
  type LabFilters,
} from './lab-query.js';
import { renderSchematic } from './schematic.js';
import { arrowDirection, nearestInDirection } from './spatial-nav.js';
import { tileLayout, type TileLayout } from './tile-grid.js';

export type LabMapView = 'map+list' | 'list';

const DEFAULT_LIMIT = 6;
const BASEMAP_PROTOCOLS = ['http:', 'https:', 'blob:'];

/** `wgs84`, `WGS-84`, `GCJ-02`, `gcj02`… as one of the two systems, else undefined. */
function readCrs(value: string | undefined): Crs | undefined {
  const key = (value ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return key === 'wgs84' || key === '' ? 'wgs84' : key === 'gcj02' ? 'gcj02' : undefined;
}

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

  /** The city to show at first (GB/T 2260 code, e.g. `140400` for Changzhi). */
  @property() city: string | undefined;
  /** Only facilities of this kind (`key-lab`, `innovation-centre`, `pilot-base`, `popsci-base`, `spirit-base`). */
  @property() kind: string | undefined;
  /** Only facilities on these topics (comma-separated ids: `ai`, `health`…). */
  @property() topic: string | undefined;
  /** Only facilities open on this day (`YYYY-MM-DD`, the edition's zone). */
  @property() date: string | undefined;
  /** Only facilities open now (at `now` when set). */
  @property({ type: Boolean, attribute: 'open-now' }) openNow = false;
  /** `schematic` (default), `geo` (with `basemap-src`), or the URL of a GeoJSON/TopoJSON basemap. */
  @property() basemap: string | undefined;
  /** URL of the host's GeoJSON or TopoJSON basemap. */
  @property({ attribute: 'basemap-src' }) basemapSrc: string | undefined;
  /** Coordinate system of the basemap: `wgs84` (default) or `gcj02`. */
  @property({ attribute: 'basemap-crs' }) basemapCrs: string | undefined;
  /** Credit shown on the geographic map, e.g. its approval number (审图号). */
  @property({ attribute: 'basemap-credit' }) basemapCredit: string | undefined;
  /** `map+list` (default) or `list` (the list alone). */
  @property() view: LabMapView = 'map+list';
  /** Facilities shown at first ("show more" adds as many again). @default 6 */
  @property({ type: Number }) limit = DEFAULT_LIMIT;
  /** Level of the facility names (2–6). @default 3 */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** A client to load from instead of the page's shared one. */
  @property({ attribute: false }) client: SxClient | undefined;

  @state() private filters: LabFilters = { ...NO_FILTERS };
  @state() private selectedId: string | undefined;
  /** Ids of a marker's facilities the list is narrowed to. */
  @state() private group: string[] | undefined;
  @state() private activeTile = '';
  @state() private geo: GeoMap | undefined;
  @state() private geoStatus: 'none' | 'loading' | 'ready' | 'error' = 'none';
  /** "Open now" changes with the time: one render a minute, none when `now` is frozen. */
  protected readonly minuteClock = new MinuteClock(
    this,
    () => !this.clockFrozen && this.feed.status === 'ready',
  );
  /** How many times `limit` facilities the list shows. */
  @state() private pages = 1;

  private readonly feed = new FeedController(this, {
    // Both asked at once: the labs need the client module (imported on demand), the edition
    // does not, and the client shares the one request for the feed between them. The words of
    // the visitor's language come alongside, so the list never shows without them.
    load: async (client) => {
      const words = labMapMessages.load(this.uiLang).catch(() => undefined); // else Chinese
      const [edition, labs] = await Promise.allSettled([client.edition(), client.labs()]);
      await words;
      if (edition.status === 'rejected') throw edition.reason;
      if (labs.status === 'rejected') {
        this.errorEdition = edition.value.data;
        throw labs.reason;
      }
      return { edition: edition.value, labs: labs.value };
    },
  });
  private readonly announcer = new Announcer(this);
  private errorEdition: Edition | undefined;
  private geoKey: string | undefined;
  private geoAbort: AbortController | undefined;
  private geoLoad: Promise<void> = Promise.resolve();
  private readonly lazy = new LazyParts(this, { geo: () => import('./geo/geo-map.js') });
  private layoutCache: { cities: Edition['cities']; layout: TileLayout } | undefined;
  private afterRender: (() => void) | undefined;
  private fittedGeo: GeoMap | undefined;

  /** Settles when the facilities (and a geographic basemap, if any) have loaded or failed. */
  get loaded(): Promise<void> {
    return this.feed.settled
      .then(() => this.geoLoad)
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  /** The facilities the list holds now (also those behind "show more"). */
  get listedLabs(): readonly Lab[] {
    return this.listLabs();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has('city') ||
      changed.has('kind') ||
      changed.has('date') ||
      changed.has('openNow')
    ) {
      this.filters = this.presetFilters();
      this.group = undefined;
      this.pages = 1;
    }
    const key = `${this.basemapUrl() ?? ''}|${readCrs(this.basemapCrs) ?? 'wgs84'}|${this.view}`;
    if (key !== this.geoKey) {
      this.geoKey = key;
      this.startGeo(this.view === 'list' ? undefined : this.basemapUrl());
    }
    // A map that arrives with a city already chosen (the `city` attribute) opens on that city.
    if (this.geo && this.geo !== this.fittedGeo && this.feed.value) {
      this.fittedGeo = this.geo;
      if (this.filters.city) this.geo.fitLabs(this.listLabs());
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const after = this.afterRender;
    this.afterRender = undefined;
    after?.();
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
    if (status === 'error') {
      return renderError({
        lang,
        error: this.feed.error,
        onRetry: () => this.feed.retry(),
        officialUrl: this.errorEdition?.officialUrl,
      });
    }
    if (!value) {
      return html`<div class="layout ${this.view === 'list' ? 'layout--list' : ''}">
        ${this.view === 'list' ? nothing : renderLoading({ lang, rows: 1, rowHeight: '22em' })}
        ${renderLoading({ lang, rows: 3, rowHeight: '9em' })}
      </div>`;
    }
    const { edition } = value;
    const t = this.t;
    const listed = this.listLabs();
    const days = openingDays(value.labs, edition.timeZone);
    if (this.filters.day && !days.includes(this.filters.day)) days.push(this.filters.day);
    return html`
      ${renderEditionNotices({ lang, feed: this.feed, edition })}
      ${renderFilterBar({
        lang,
        t,
        edition,
        filters: this.filters,
        days: days.sort(),
        onChange: (change) => this.changeFilters(change, 'filter'),
      })}
      <div class="layout ${this.view === 'list' ? 'layout--list' : ''}">
        ${
          this.view === 'list'
            ? nothing
            : html`<div class="map-pane">${this.renderMap(edition, value.labs)}</div>`
        }
        <div class="list-pane">${this.renderList(edition, listed)}</div>
      </div>
    `;
  }

  private renderMap(edition: Edition, labs: readonly Lab[]): TemplateResult {
    const lang = this.shownLang();
    const t = this.t;
    const region = (lang === 'en' ? edition.regionNameEn : edition.regionName) ?? edition.region;
    const label = t.mapLabel(region);
    if (this.geoStatus === 'ready' && this.geo) {
      return this.geo.render({
        lang,
        t,
        edition,
        label,
        credit: this.basemapCredit,
        labs: this.matching(edition, labs, true),
        city: this.filters.city,
        selectedId: this.selectedId,
        onSelectLab: (lab) => this.selectLab(lab, 'map'),
        onSelectGroup: (group) => this.selectGroup(group),
        onEscape: () => this.clearChoice(),
      });
    }
    if (this.geoStatus === 'loading') {
      return html`<div class="map-loading" role="status" aria-busy="true">
        <span class="sx-visually-hidden">${t.loadingMap}</span>
      </div>`;
    }
    const layout = this.layout(edition);
    return html`${
      this.geoStatus === 'error'
        ? html`<p part="basemap-error" class="basemap-error" role="note">${t.basemapFailed}</p>`
        : nothing
    }
    ${renderSchematic({
      lang,
      t,
      label,
      layout,
      counts: countByCity(this.matching(edition, labs, false), edition),
      selected: this.filters.city,
      active: layout.tiles.some((tile) => tile.city.code === this.activeTile)
        ? this.activeTile
        : this.filters.city || layout.tiles[0]?.city.code || '',
      onSelect: (code) => this.selectCity(code),
      onKeydown: (event) => this.onTileKeydown(event, layout),
    })}`;
  }

  private renderList(edition: Edition, listed: Lab[]): TemplateResult {
    const lang = this.shownLang();
    const t = this.t;
    const now = this.currentTime();
    const withMap = this.view !== 'list';
    const shown = listed.slice(0, this.pages * this.pageSize);
    return html`<p part="summary" class="count">${t.found(listed.length)}</p>
      ${
        this.group
          ? html`<p part="group-notice" class="group-notice">
              <span>${t.focusSet(listed.length)}</span>
              <button
                part="show-all"
                class="sx-button"
                type="button"
                @click=${() => this.showAll()}
              >
                ${t.showAll}
              </button>
            </p>`
          : nothing
      }
      ${
        listed.length === 0
          ? renderEmpty({
              lang,
              message: t.emptyTitle,
              hint: t.emptyHint,
              onClear: () => this.clearFilters(),
            })
          : html`<ul part="list" class="list" role="list" @keydown=${this.onListKeydown}>
              ${repeat(
                shown,
                (lab) => lab.id,
                (lab) =>
                  renderLabEntry(
                    lab,
                    listedOpenings(lab, now, this.filters.day, edition.timeZone),
                    {
                      lang,
                      t,
                      edition,
                      now,
                      day: this.filters.day,
                      headingLevel: this.headingLevel,
                      withMap,
                      selectedId: this.selectedId,
                      onShowOnMap: (chosen) => this.showOnMap(chosen),
                    },
                  ),
              )}
            </ul>`
      }
      ${
        shown.length < listed.length
          ? html`<p class="more">
              <button
                part="load-more"
                class="sx-button load-more"
                type="button"
                @click=${() => this.showMore(shown.length)}
              >
                ${t.showMore(listed.length - shown.length)}
              </button>
            </p>`
          : nothing
      }`;
  }

  private get pageSize(): number {
    return Number.isInteger(this.limit) && this.limit > 0 ? this.limit : DEFAULT_LIMIT;
  }

  // ---- data ----

  private presetFilters(): LabFilters {
    return {
      city: this.city?.trim() ?? '',
      kind: this.kind?.trim() ?? '',
      day: this.date && isIsoDate(this.date) ? this.date : '',
      openNow: this.openNow,
    };
  }

  private layout(edition: Edition): TileLayout {
    if (this.layoutCache?.cities !== edition.cities) {
      this.layoutCache = { cities: edition.cities, layout: tileLayout(edition.cities) };
    }
    return this.layoutCache.layout;
  }

  /** The facilities matching the filters; `withCity: false` ignores the city (tile counts). */
  private matching(edition: Edition, labs: readonly Lab[], withCity: boolean): Lab[] {
    const filters = withCity ? this.filters : { ...this.filters, city: '' };
    return matchingLabs(labs, filters, splitList(this.topic), edition, this.currentTime());
  }

  private listLabs(): Lab[] {
    const value = this.feed.value;
    if (!value) return [];
    const labs = this.matching(value.edition, value.labs, true);
    if (!this.group) return labs;
    const ids = new Set(this.group);
    return labs.filter((lab) => ids.has(lab.id));
  }

  private basemapUrl(): string | undefined {
    const basemap = this.basemap?.trim();
    if (basemap === 'schematic') return undefined;
    const url = basemap && basemap !== 'geo' ? basemap : this.basemapSrc?.trim();
    if (!url) return undefined;
    try {
      const resolved = new URL(url, document.baseURI);
      if (BASEMAP_PROTOCOLS.includes(resolved.protocol)) return resolved.href;
    } catch {
      // Reported below.
    }
    this.warnOnce('basemapSrc', `the basemap URL "${url}" is not http(s); showing the schematic.`);
    return undefined;
  }

  private startGeo(url: string | undefined): void {
    this.geoAbort?.abort();
    this.geo?.detach();
    this.geo = undefined;
    this.geoStatus = url ? 'loading' : 'none';
    if (!url) {
      this.geoLoad = Promise.resolve();
      return;
    }
    const abort = new AbortController();
    this.geoAbort = abort;
    const crs = readCrs(this.basemapCrs) ?? 'wgs84';
    this.geoLoad = (async () => {
      try {
        // The geographic map's styles come with its module (the lazy-part loader adds them).
        const { loadGeoMap } = await this.lazy.load('geo');
        const map = await loadGeoMap(url, crs, abort.signal);
        if (abort.signal.aborted) return;
        map.attach(this);
        this.geo = map;
        this.geoStatus = 'ready';
      } catch (error) {
        if (abort.signal.aborted) return;
        this.geoStatus = 'error';
        console.warn(
          `<${this.localName}> could not load the basemap; showing the schematic.`,
          error,
        );
      }
    })();
  }

  // ---- visitor actions ----

  private selectCity(code: string): void {
    const city = this.filters.city === code ? '' : code;
    this.activeTile = code;
    this.changeFilters({ city }, 'map');
  }

  private changeFilters(change: Partial<LabFilters>, source: LabSelectSource): void {
    const cityChanged = change.city !== undefined && change.city !== this.filters.city;
    this.filters = { ...this.filters, ...change };
    this.group = undefined;
    this.selectedId = undefined;
    this.pages = 1;
    const edition = this.feed.value?.edition;
    const listed = this.listLabs();
    const t = this.t;
    const city = edition && this.filters.city ? regionCity(edition, this.filters.city) : undefined;
    this.announcer.announce(
      city
        ? t.foundIn(cityShortName(city, this.shownLang()), listed.length)
        : t.found(listed.length),
    );
    if (cityChanged) {
      if (this.filters.city) this.activeTile = this.filters.city;
      this.geo?.fitLabs(this.filters.city ? listed : []);
      this.dispatchEvent(new SxLabSelectEvent({ city, labs: city ? listed : [], source }));
    }
  }

  private clearFilters(): void {
    this.changeFilters({ ...NO_FILTERS }, 'filter');
    this.afterRender = () =>
      this.renderRoot.querySelector<HTMLElement>('[part~=filter-city]')?.focus();
  }

  private showAll(): void {
    const first = this.group?.[0];
    this.group = undefined;
    this.pages = 1;
    this.announcer.announce(this.t.found(this.listLabs().length));
    this.dispatchEvent(new SxLabSelectEvent({ labs: [], source: 'list' }));
    // The button goes away with the notice: back to the marker the group came from.
    if (first) this.geo?.focusLab(first);
  }

  /** "Show more": the next `limit` facilities, focus on the first of them. */
  private showMore(firstNew: number): void {
    this.pages += 1;
    const lab = this.listLabs()[firstNew];
    if (!lab) return;
    this.afterRender = () =>
      this.renderRoot
        .querySelector<HTMLElement>(`[data-lab="${CSS.escape(lab.id)}"] article`)
        ?.focus();
  }

  /** A facility chosen on the map (its marker) or in the list ("show on map"). */
  private selectLab(lab: Lab, source: LabSelectSource): void {
    const edition = this.feed.value?.edition;
    this.selectedId = lab.id;
    // A facility behind "show more" is brought into the list.
    const index = this.listLabs().findIndex((listed) => listed.id === lab.id);
    this.pages = Math.max(this.pages, Math.ceil((index + 1) / this.pageSize));
    const city = edition ? regionCity(edition, lab.city) : undefined;
    this.dispatchEvent(new SxLabSelectEvent({ lab, city, labs: [lab], source }));
    if (source === 'map') {
      // The details are in the list: take the visitor there.
      this.afterRender = () => {
        const card = this.renderRoot.querySelector<HTMLElement>(
          `[data-lab="${CSS.escape(lab.id)}"] article`,
        );
        card?.focus();
      };
    }
  }

  private selectGroup(labs: Lab[]): void {
    const edition = this.feed.value?.edition;
    this.group = labs.map((lab) => lab.id);
    this.selectedId = undefined;
    this.pages = 1;
    const city = edition ? regionCity(edition, labs[0]!.city) : undefined;
    this.announcer.announce(this.t.focusSet(labs.length));
    this.dispatchEvent(new SxLabSelectEvent({ city, labs, source: 'map' }));
  }

  private showOnMap(lab: Lab): void {
    this.selectLab(lab, 'list');
    this.focusOnMap(lab, true);
  }

  /**
   * Moves focus to the map's item for `lab`: its marker (centred and zoomed in when `reveal`, or
   * when out of view), or its city's tile.
   */
  private focusOnMap(lab: Lab, reveal = false): void {
    if (this.geo) {
      if (reveal) this.geo.showLab(lab);
      else this.geo.focusLab(lab.id);
      return;
    }
    const edition = this.feed.value?.edition;
    const code = edition ? regionCity(edition, lab.city)?.code : undefined;
    if (!code) return;
    this.activeTile = code;
    this.afterRender = () =>
      this.renderRoot.querySelector<HTMLElement>(`.tile[data-code="${CSS.escape(code)}"]`)?.focus();
    this.requestUpdate();
  }

  /** Escape on the map: clears the choice (facility, group, then city). True when it did. */
  private clearChoice(): boolean {
    if (this.selectedId || this.group) {
      this.selectedId = undefined;
      this.group = undefined;
      this.dispatchEvent(new SxLabSelectEvent({ labs: [], source: 'map' }));
      this.announcer.announce(this.t.found(this.listLabs().length));
      return true;
    }
    if (this.filters.city) {
      this.changeFilters({ city: '' }, 'map');
      return true;
    }
    return false;
  }

  private onTileKeydown(event: KeyboardEvent, layout: TileLayout): void {
    const code = (event.target as HTMLElement).dataset['code'];
    const current = layout.tiles.find((tile) => tile.city.code === code);
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = arrowDirection(event.key);
    let next = current;
    if (direction) {
      next =
        nearestInDirection(layout.tiles, current, direction, (tile) => [tile.col, tile.row]) ??
        current;
    } else if (event.key === 'Home') {
      next = layout.tiles[0]!;
    } else if (event.key === 'End') {
      next = layout.tiles[layout.tiles.length - 1]!;
    } else if (event.key === 'Escape') {
      this.clearChoice();
    } else {
      return;
    }
    event.preventDefault();
    if (next !== current) {
      this.activeTile = next.city.code;
      this.renderRoot
        .querySelector<HTMLElement>(`.tile[data-code="${CSS.escape(next.city.code)}"]`)
        ?.focus();
    }
  }

  private readonly onListKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.view === 'list') return;
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-lab]')?.dataset['lab'];
    const lab = this.feed.value?.labs.find((candidate) => candidate.id === id);
    if (!lab) return;
    event.preventDefault();
    this.focusOnMap(lab);
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
