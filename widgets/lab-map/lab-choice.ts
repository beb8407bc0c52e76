/**
 * What the visitor has chosen — the filters, a facility, a marker's group of facilities, how far
 * the list is shown — and how the widget answers each choice: the list narrowed, the map fitted,
 * an `sx-lab-select` event, a sentence for screen readers, focus where the visitor looks next.
 * The element owns the data; this controller asks it through `ChoiceSources`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Edition, Lab, RegionCity } from '../../src/feed/types.js';
import type { Announcer } from '../shared/announcer.js';
import type { Lang } from '../shared/i18n.js';
import { cityShortName, regionCity } from '../shared/region.js';
import { SxLabSelectEvent, type LabSelectSource } from './custom-events.js';
import type { GeoMap } from './geo/geo-map.js';
import type { LabMapMessages } from './lab-map.messages.js';
import { NO_FILTERS, type LabFilters } from './lab-query.js';
import { tileKeyTarget, tileLayout, type TileLayout } from './tile-grid.js';

export interface ChoiceSources {
  edition(): Edition | undefined;
  /** Every facility the list holds under the current choice. */
  listed(): Lab[];
  words(): { lang: Lang; t: LabMapMessages };
  geo(): GeoMap | undefined;
  pageSize(): number;
  announcer: Pick<Announcer, 'announce'>;
}

/** The selector of a facility's card in the list. */
const cardOf = (id: string) => `[data-lab="${CSS.escape(id)}"] article`;
/** The selector of a city's tile on the schematic. */
const tileOf = (code: string) => `.tile[data-code="${CSS.escape(code)}"]`;

export class LabChoice implements ReactiveController {
  filters: LabFilters = { ...NO_FILTERS };
  selectedId: string | undefined;
  /** Ids of a marker's facilities the list is narrowed to. */
  group: string[] | undefined;
  /** How many times `limit` facilities the list shows. */
  pages = 1;
  /** The schematic's tile that last had focus ('' before any). */
  activeTile = '';
  /** Where focus goes once the next render is on screen. */
  private focusAfterRender: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget & { renderRoot: ParentNode },
    private readonly from: ChoiceSources,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const selector = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (selector) this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Filters preset by the attributes: a fresh list, no event (not the visitor's doing). */
  preset(filters: LabFilters): void {
    this.filters = filters;
    this.group = undefined;
    this.pages = 1;
  }

  private select(init: ConstructorParameters<typeof SxLabSelectEvent>[0]): void {
    this.host.dispatchEvent(new SxLabSelectEvent(init));
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  /** The edition's city of `code` (a county's code finds its city). */
  private cityOf(code: string): RegionCity | undefined {
    const edition = this.from.edition();
    return edition && code ? regionCity(edition, code) : undefined;
  }

  private announceFound(): void {
    this.from.announcer.announce(this.from.words().t.found(this.from.listed().length));
  }

  /** A tile: chooses its city, or clears it when it is the chosen one. */
  selectCity(code: string): void {
    this.activeTile = code;
    this.changeFilters({ city: this.filters.city === code ? '' : code }, 'map');
  }

  changeFilters(change: Partial<LabFilters>, source: LabSelectSource): void {
    const cityChanged = change.city !== undefined && change.city !== this.filters.city;
    this.preset({ ...this.filters, ...change });
    this.selectedId = undefined;
    this.changed();
    const listed = this.from.listed();
    const { t, lang } = this.from.words();
    const city = this.cityOf(this.filters.city);
    this.from.announcer.announce(
      city ? t.foundIn(cityShortName(city, lang), listed.length) : t.found(listed.length),
    );
    if (cityChanged) {
      if (this.filters.city) this.activeTile = this.filters.city;
      this.from.geo()?.fitLabs(this.filters.city ? listed : []);
      this.select({ city, labs: city ? listed : [], source });
    }
  }

  /** The empty state's "clear filters": every filter off, focus back on the first filter. */
  clearFilters(): void {
    this.changeFilters({ ...NO_FILTERS }, 'filter');
    this.focusAfterRender = '[part~=filter-city]';
  }

  /** The group notice's "show all". */
  showAll(): void {
    const first = this.group?.[0];
    this.group = undefined;
    this.pages = 1;
    this.changed();
    this.announceFound();
    this.select({ labs: [], source: 'list' });
    // The button goes away with the notice: back to the marker the group came from.
    if (first) this.from.geo()?.focusLab(first);
  }

  /** "Show more": the next `limit` facilities, focus on the first of them. */
  showMore(firstNew: number): void {
    this.pages += 1;
    this.changed();
    const lab = this.from.listed()[firstNew];
    if (lab) this.focusAfterRender = cardOf(lab.id);
  }

  /** A facility chosen on the map (its marker) or in the list ("show on map"). */
  selectLab(lab: Lab, source: LabSelectSource): void {
    this.selectedId = lab.id;
    // A facility behind "show more" is brought into the list.
    const index = this.from.listed().findIndex((listed) => listed.id === lab.id);
    this.pages = Math.max(this.pages, Math.ceil((index + 1) / this.from.pageSize()));
    this.changed();
    this.select({ lab, city: this.cityOf(lab.city), labs: [lab], source });
    // The details are in the list: take the visitor there.
    if (source === 'map') this.focusAfterRender = cardOf(lab.id);
  }

  /** A marker standing for several facilities at one spot: the list narrowed to them. */
  selectGroup(labs: Lab[]): void {
    this.group = labs.map((lab) => lab.id);
    this.selectedId = undefined;
    this.pages = 1;
    this.changed();
    this.from.announcer.announce(this.from.words().t.focusSet(labs.length));
    this.select({ city: this.cityOf(labs[0]!.city), labs, source: 'map' });
  }

  /** "Show on map" in the list. */
  showOnMap(lab: Lab): void {
    this.selectLab(lab, 'list');
    this.focusOnMap(lab, true);
  }

  /**
   * Moves focus to the map's item for `lab`: its marker (centred and zoomed in when `reveal`, or
   * when out of view), or its city's tile.
   */
  focusOnMap(lab: Lab, reveal = false): void {
    const geo = this.from.geo();
    if (geo) {
      if (reveal) geo.showLab(lab);
      else geo.focusLab(lab.id);
      return;
    }
    const code = this.cityOf(lab.city)?.code;
    if (!code) return;
    this.activeTile = code;
    this.focusAfterRender = tileOf(code);
    this.changed();
  }

  /** Escape on the map: clears the choice (facility, group, then city). True when it did. */
  clearChoice(): boolean {
    if (this.selectedId || this.group) {
      this.selectedId = undefined;
      this.group = undefined;
      this.changed();
      this.select({ labs: [], source: 'map' });
      this.announceFound();
      return true;
    }
    if (this.filters.city) {
      this.changeFilters({ city: '' }, 'map');
      return true;
    }
    return false;
  }

  // ---- the schematic's keyboard: one Tab stop (a roving tabindex), arrows between tiles ----

  /** The tile holding the Tab stop: the last focused, else the chosen city's, else the first. */
  tabStop(layout: TileLayout): string {
    return layout.tiles.some((tile) => tile.city.code === this.activeTile)
      ? this.activeTile
      : this.filters.city || layout.tiles[0]?.city.code || '';
  }

  readonly onTileKeydown = (event: KeyboardEvent): void => {
    const edition = this.from.edition();
    if (event.altKey || event.ctrlKey || event.metaKey || !edition) return;
    const code = (event.target as HTMLElement).dataset['code'];
    const target = tileKeyTarget(tileLayout(edition.cities), code, event.key);
    if (!target) return;
    event.preventDefault();
    if (target === 'escape') {
      this.clearChoice();
    } else if (target.city.code !== code) {
      this.activeTile = target.city.code;
      this.changed();
      this.host.renderRoot.querySelector<HTMLElement>(tileOf(this.activeTile))?.focus();
    }
  };
}
