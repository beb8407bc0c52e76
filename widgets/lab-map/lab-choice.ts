/**
 * What the visitor has chosen — the filters, a facility, a marker's group of facilities, how far
 * the list is shown — and how the widget answers each choice: the list narrowed, the map fitted,
 * an `sx-lab-select` event, a sentence for screen readers, focus where the visitor looks next.
 * The element owns the data; this controller asks it through `ChoiceSources`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Edition, Lab } from '../../src/feed/types.js';
import type { Lang } from '../shared/i18n.js';
import { cityShortName, regionCity } from '../shared/region.js';
import { SxLabSelectEvent, type LabSelectSource } from './custom-events.js';
import type { GeoMap } from './geo/geo-map.js';
import type { LabMapMessages } from './lab-map.messages.js';
import { NO_FILTERS, type LabFilters } from './lab-query.js';
import type { TileFocus } from './tile-focus.js';

export interface ChoiceSources {
  edition(): Edition | undefined;
  /** Every facility the list holds under the current choice. */
  listed(): Lab[];
  words(): { lang: Lang; t: LabMapMessages };
  geo(): GeoMap | undefined;
  tiles: TileFocus;
  pageSize(): number;
  announce(message: string): void;
}

/** The selector of a facility's card in the list. */
const cardOf = (id: string) => `[data-lab="${CSS.escape(id)}"] article`;

export class LabChoice implements ReactiveController {
  filters: LabFilters = { ...NO_FILTERS };
  selectedId: string | undefined;
  /** Ids of a marker's facilities the list is narrowed to. */
  group: string[] | undefined;
  /** How many times `limit` facilities the list shows. */
  pages = 1;
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

  /** A tile: chooses its city, or clears it when it is the chosen one. */
  selectCity(code: string): void {
    this.from.tiles.active = code;
    this.changeFilters({ city: this.filters.city === code ? '' : code }, 'map');
  }

  changeFilters(change: Partial<LabFilters>, source: LabSelectSource): void {
    const cityChanged = change.city !== undefined && change.city !== this.filters.city;
    this.preset({ ...this.filters, ...change });
    this.selectedId = undefined;
    this.changed();
    const edition = this.from.edition();
    const listed = this.from.listed();
    const { t, lang } = this.from.words();
    const city = edition && this.filters.city ? regionCity(edition, this.filters.city) : undefined;
    this.from.announce(
      city ? t.foundIn(cityShortName(city, lang), listed.length) : t.found(listed.length),
    );
    if (cityChanged) {
      if (this.filters.city) this.from.tiles.active = this.filters.city;
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
    this.from.announce(this.from.words().t.found(this.from.listed().length));
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
    const edition = this.from.edition();
    this.selectedId = lab.id;
    // A facility behind "show more" is brought into the list.
    const index = this.from.listed().findIndex((listed) => listed.id === lab.id);
    this.pages = Math.max(this.pages, Math.ceil((index + 1) / this.from.pageSize()));
    this.changed();
    const city = edition ? regionCity(edition, lab.city) : undefined;
    this.select({ lab, city, labs: [lab], source });
    // The details are in the list: take the visitor there.
    if (source === 'map') this.focusAfterRender = cardOf(lab.id);
  }

  /** A marker standing for several facilities at one spot: the list narrowed to them. */
  selectGroup(labs: Lab[]): void {
    const edition = this.from.edition();
    this.group = labs.map((lab) => lab.id);
    this.selectedId = undefined;
    this.pages = 1;
    this.changed();
    const city = edition ? regionCity(edition, labs[0]!.city) : undefined;
    this.from.announce(this.from.words().t.focusSet(labs.length));
    this.select({ city, labs, source: 'map' });
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
    const edition = this.from.edition();
    const code = edition ? regionCity(edition, lab.city)?.code : undefined;
    if (code) this.from.tiles.focusCity(code);
  }

  /** Escape on the map: clears the choice (facility, group, then city). True when it did. */
  clearChoice(): boolean {
    if (this.selectedId || this.group) {
      this.selectedId = undefined;
      this.group = undefined;
      this.changed();
      this.select({ labs: [], source: 'map' });
      this.from.announce(this.from.words().t.found(this.from.listed().length));
      return true;
    }
    if (this.filters.city) {
      this.changeFilters({ city: '' }, 'map');
      return true;
    }
    return false;
  }
}
