/**
 * The geographic basemap of `<sx-lab-map>`: the host's GeoJSON/TopoJSON drawn as SVG, facilities
 * at their coordinates (clustered where dense), zoom and pan. Loaded with `import()` only when a
 * page names a basemap, so the schematic default never downloads it.
 *
 * Coordinates: the feed's points are WGS84. A basemap declared GCJ-02 (most Chinese map data) gets
 * every point converted to GCJ-02 before projecting, so markers sit where its shapes put them.
 */
import { html, svg, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../shared/css-props.js';
import type { Edition, Lab } from '../../../src/feed/types.js';
import { wgs84ToGcj02 } from '../../../src/map-links.js';
import { localized, messagesFor, type Lang } from '../../shared/i18n.js';
import { termName } from '../../shared/term-name.js';
import { cityShortName, regionCity } from '../../shared/region.js';
import type { LabChoice } from '../lab-choice.js';
import type { LabMapMessages } from '../lab-map.messages.js';
import { arrowDirection, nearestInDirection } from '../spatial-nav.js';
import { geoMapMessages } from './geo-map.messages.js';
import { readBasemap, BasemapError, type Basemap } from './basemap.js';
import { clusterPoints, type Cluster } from './cluster.js';
import { attachGestures } from './gestures.js';
import { fitProjection } from './projection.js';
import { estimateLabelSize, placeLabels, type LabelPlace } from './label-placement.js';
import {
  MAX_ZOOM,
  clampView,
  fitBox,
  homeView,
  viewBox,
  zoomAround,
  type Box,
  type View,
} from './viewport.js';

export { BasemapError };
// Attached by the element's lazy-part loader when this module arrives.
export { geoMapStyles as styles } from './geo-map.styles.js';

/** The coordinate system of a basemap's positions. */
export type Crs = 'wgs84' | 'gcj02';

/** What the element hands the map on each render. */
export interface GeoContext {
  lang: Lang;
  t: LabMapMessages;
  edition: Edition;
  /** Accessible name of the marker group. */
  label: string;
  credit: string | undefined;
  /** The facilities to mark (the list's). */
  labs: readonly Lab[];
  /**
   * The visitor's choice: the chosen city's area is highlighted, the chosen facility's marker
   * pressed; a marker chooses its facility, or its group when they share one spot (nothing to zoom
   * into); Escape clears the choice (true when there was one).
   */
  choice: Pick<LabChoice, 'filters' | 'selectedId' | 'selectLab' | 'selectGroup' | 'clearChoice'>;
}

/** The host element, as the map needs it. */
export interface GeoHost extends HTMLElement {
  requestUpdate(): void;
  addController(controller: ReactiveController): void;
  removeController(controller: ReactiveController): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The CSS that puts an element at a point of the map (map units). */
type Placer = (x: number, y: number) => ReturnType<typeof cssProps>;
/** The view of one render: its box, which points are in it, where a point goes. */
interface Frame {
  box: Box;
  inView: (x: number, y: number) => boolean;
  at: Placer;
}

/** Markers closer than this on screen merge into one. */
const CLUSTER_RADIUS_PX = 34;
/** City names are 0.75em of a 16 px host font: an estimate for placing them. */
const LABEL_FONT_PX = 12;
/** Zoom a single facility is shown at from the list. */
const FOCUS_ZOOM = 6;
/** The map's narrowest shape (width / height): a tall province is padded sideways. */
const MIN_ASPECT = 0.8;

/** Fetches and reads the basemap at `url`. Throws on HTTP errors and unreadable data. */
export async function loadGeoMap(url: string, crs: Crs, signal?: AbortSignal): Promise<GeoMap> {
  const response = await fetch(url, { signal: signal ?? null, credentials: 'omit' });
  if (!response.ok) throw new BasemapError(`The basemap answered HTTP ${response.status}: ${url}`);
  return new GeoMap(readBasemap(await response.json()), crs);
}

export class GeoMap implements ReactiveController {
  readonly crs: Crs;
  /** Map units of the whole canvas. */
  readonly width: number;
  readonly height: number;
  view: View;
  /** The marker holding the map's single Tab stop. */
  activeKey: string | undefined;

  private readonly project: (lng: number, lat: number) => [number, number];
  private readonly areas: { code: string | undefined; d: string }[];
  private host: GeoHost | undefined;
  private viewport: HTMLElement | undefined;
  private pixelWidth = 480;
  private detachGestures: (() => void) | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private visible: Cluster<Lab>[] = [];
  private ctx: GeoContext | undefined;
  /** After a re-render, focus the marker nearest this point (when focus was on the map). */
  private refocus: { x: number; y: number; key?: string } | undefined;

  constructor(basemap: Basemap, crs: Crs) {
    this.crs = crs;
    const projection = fitProjection(basemap.bounds);
    this.width = Math.max(projection.width, projection.height * MIN_ASPECT);
    this.height = projection.height;
    const offsetX = (this.width - projection.width) / 2;
    this.project = (lng, lat) => {
      const [x, y] = projection.project(lng, lat);
      return [x + offsetX, y];
    };
    this.areas = basemap.areas.map((area) => ({
      code: area.code,
      d: area.polygons
        .flatMap((polygon) =>
          polygon.map(
            (ring) =>
              'M' +
              ring
                .map((position) =>
                  this.project(position[0], position[1])
                    .map((n) => n.toFixed(1))
                    .join(' '),
                )
                .join('L') +
              'Z',
          ),
        )
        .join(''),
    }));
    this.view = homeView(this.width, this.height);
  }

  // ---- wiring ----

  /** Joins `host`'s update cycle (focus is restored after each render). */
  attach(host: GeoHost): void {
    this.host = host;
    host.addController(this);
  }

  detach(): void {
    this.host?.removeController(this);
    this.detachGestures?.();
    this.resizeObserver?.disconnect();
    this.detachGestures = undefined;
    this.resizeObserver = undefined;
    this.viewport = undefined;
    this.host = undefined;
  }

  hostDisconnected(): void {
    this.detachGestures?.();
    this.resizeObserver?.disconnect();
    this.detachGestures = undefined;
    this.resizeObserver = undefined;
    this.viewport = undefined;
  }

  hostUpdated(): void {
    // The marker to focus was chosen while rendering (see `render`); focus it now it exists.
    if (!this.refocus || !this.viewport) return;
    this.refocus = undefined;
    this.focusActive();
  }

  /** After a view change: the marker at `target` (by key), else the one nearest to it. */
  private nearest(target: { x: number; y: number; key?: string }): Cluster<Lab> | undefined {
    return (
      this.visible.find((cluster) => cluster.key === target.key) ??
      this.visible.reduce<Cluster<Lab> | undefined>(
        (best, cluster) =>
          !best ||
          Math.hypot(cluster.x - target.x, cluster.y - target.y) <
            Math.hypot(best.x - target.x, best.y - target.y)
            ? cluster
            : best,
        undefined,
      )
    );
  }

  private readonly onViewport = (element: Element | undefined): void => {
    if (!element || element === this.viewport) return;
    this.detachGestures?.();
    this.resizeObserver?.disconnect();
    this.viewport = element as HTMLElement;
    this.pixelWidth = this.viewport.clientWidth || this.pixelWidth;
    this.detachGestures = attachGestures(this.viewport, {
      unitsPerPixel: () => this.box().w / this.pixelWidth,
      toMap: (clientX, clientY) => this.toMap(clientX, clientY),
      pan: (dx, dy) => this.setView({ ...this.view, cx: this.view.cx + dx, cy: this.view.cy + dy }),
      zoomAt: (factor, x, y) =>
        this.setView(zoomAround(this.view, factor, x, y, this.width, this.height)),
    });
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => {
        const width = this.viewport?.clientWidth;
        if (width && Math.abs(width - this.pixelWidth) > 1) {
          this.pixelWidth = width;
          this.host?.requestUpdate();
        }
      });
      this.resizeObserver.observe(this.viewport);
    }
  };

  // ---- geometry ----

  /** Map units of a WGS84 point (converted to the basemap's system first). */
  point(lat: number, lng: number): [number, number] {
    const p = this.crs === 'gcj02' ? wgs84ToGcj02(lat, lng) : { lat, lng };
    return this.project(p.lng, p.lat);
  }

  /** The rectangle of map units in view. */
  box(): Box {
    return viewBox(this.view, this.width, this.height);
  }

  private toMap(clientX: number, clientY: number): [number, number] {
    const rect = this.viewport?.getBoundingClientRect();
    const box = this.box();
    if (!rect || rect.width === 0) return [this.view.cx, this.view.cy];
    return [
      box.x + ((clientX - rect.left) / rect.width) * box.w,
      box.y + ((clientY - rect.top) / rect.height) * box.h,
    ];
  }

  /** The markers at the current zoom: facilities merged where they would overlap. */
  clusters(labs: readonly Lab[]): Cluster<Lab>[] {
    const radius = CLUSTER_RADIUS_PX * (this.box().w / this.pixelWidth);
    const placed = labs.map((lab) => {
      const [x, y] = this.point(lab.location.lat, lab.location.lng);
      return { x, y, item: lab };
    });
    return clusterPoints(placed, radius, (lab) => lab.id);
  }

  // ---- view changes ----

  private setView(view: View, anchor?: { x: number; y: number; key?: string }): void {
    this.view = clampView(view, this.width, this.height);
    const root = this.host?.renderRoot as ShadowRoot | undefined;
    const focused = root?.activeElement;
    if (focused && this.viewport?.contains(focused) && !focused.closest('.zoom')) {
      const active = this.visible.find((cluster) => cluster.key === this.activeKey);
      this.refocus =
        anchor ?? (active ? { x: active.x, y: active.y } : { x: this.view.cx, y: this.view.cy });
    }
    this.host?.requestUpdate();
  }

  zoomBy(factor: number, around?: [number, number]): void {
    const [x, y] = around ?? [this.view.cx, this.view.cy];
    this.setView(zoomAround(this.view, factor, x, y, this.width, this.height));
  }

  /** Moves the view by a fraction of its size. */
  panBy(fx: number, fy: number): void {
    const box = this.box();
    this.setView({ ...this.view, cx: this.view.cx + fx * box.w, cy: this.view.cy + fy * box.h });
  }

  reset(): void {
    this.setView(homeView(this.width, this.height));
  }

  /** The smallest box (map units) around the facilities. */
  private boundsOf(labs: readonly Lab[]): Box {
    const points = labs.map((lab) => this.point(lab.location.lat, lab.location.lng));
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x, y] = [Math.min(...xs), Math.min(...ys)];
    return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
  }

  /** The view that shows these facilities, zoomed in at most to `maxZoom`. */
  private viewOf(labs: readonly Lab[], maxZoom: number): View {
    return fitBox(this.boundsOf(labs), this.width, this.height, maxZoom);
  }

  /** Shows these facilities (a chosen city's, a group's); the whole map when none. */
  fitLabs(labs: readonly Lab[]): void {
    if (labs.length === 0) this.reset();
    else this.setView(this.viewOf(labs, FOCUS_ZOOM));
  }

  /** Centres on a facility and moves the map's focus to its marker. */
  showLab(lab: Lab): void {
    const [x, y] = this.point(lab.location.lat, lab.location.lng);
    this.view = clampView(
      { zoom: Math.max(this.view.zoom, FOCUS_ZOOM), cx: x, cy: y },
      this.width,
      this.height,
    );
    this.refocus = { x, y };
    this.host?.requestUpdate();
  }

  /** Moves focus to the facility's marker (after the list's Escape). */
  focusLab(labId: string): void {
    const cluster = this.visible.find((c) => c.items.some((lab) => lab.id === labId));
    if (cluster) {
      this.activeKey = cluster.key;
      this.refocus = { x: cluster.x, y: cluster.y, key: cluster.key };
      this.host?.requestUpdate();
    } else {
      const lab = this.ctx?.labs.find((l) => l.id === labId);
      if (lab) this.showLab(lab);
    }
  }

  private focusActive(): void {
    const layer = this.viewport?.querySelector<HTMLElement>('.markers');
    const marker = layer?.querySelector<HTMLElement>(
      `[data-key="${CSS.escape(this.activeKey ?? '')}"]`,
    );
    (marker ?? layer)?.focus();
  }

  // ---- keyboard ----

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const ctx = this.ctx;
    const key = (event.target as HTMLElement).dataset?.['key'];
    const current = this.visible.find((cluster) => cluster.key === key);
    const direction = arrowDirection(event.key);
    let handled = true;
    if (direction && current && !event.shiftKey) {
      const next = nearestInDirection(this.visible, current, direction, (c) => [c.x, c.y]);
      if (next) this.moveTo(next);
    } else if (direction) {
      const step = 0.2;
      this.panBy(
        direction === 'left' ? -step : direction === 'right' ? step : 0,
        direction === 'up' ? -step : direction === 'down' ? step : 0,
      );
    } else if (event.key === 'Home' || event.key === 'End') {
      const next = event.key === 'Home' ? this.visible[0] : this.visible[this.visible.length - 1];
      if (next) this.moveTo(next);
    } else if (event.key === '+' || event.key === '=') {
      this.zoomBy(2, current ? [current.x, current.y] : undefined);
    } else if (event.key === '-' || event.key === '_') {
      this.zoomBy(0.5, current ? [current.x, current.y] : undefined);
    } else if (event.key === '0') {
      this.reset();
    } else if (event.key === 'Escape') {
      if (!ctx?.choice.clearChoice() && this.view.zoom > 1) this.reset();
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  };

  private moveTo(cluster: Cluster<Lab>): void {
    this.activeKey = cluster.key;
    this.host?.requestUpdate();
    this.viewport
      ?.querySelector<HTMLElement>(`.markers [data-key="${CSS.escape(cluster.key)}"]`)
      ?.focus();
  }

  private activate(cluster: Cluster<Lab>): void {
    const ctx = this.ctx;
    if (!ctx) return;
    this.activeKey = cluster.key;
    if (cluster.items.length === 1) {
      ctx.choice.selectLab(cluster.items[0]!, 'map');
      return;
    }
    const box = this.boundsOf(cluster.items);
    // Zoom in only when the closest view would draw them apart; facilities at (nearly) one spot
    // stay one marker at any zoom, so the list is narrowed to them instead.
    const pixelsPerUnitAtMax = this.pixelWidth / (this.width / MAX_ZOOM);
    const separable = Math.hypot(box.w, box.h) * pixelsPerUnitAtMax > CLUSTER_RADIUS_PX;
    if (separable && this.view.zoom < MAX_ZOOM) {
      this.setView(this.viewOf(cluster.items, MAX_ZOOM), { x: cluster.x, y: cluster.y });
    } else {
      ctx.choice.selectGroup(cluster.items);
    }
  }

  // ---- rendering ----

  /**
   * Where each city name goes (below, above, right, left of its point) so that names neither
   * overlap nor cover a marker; `undefined` leaves a crowded name out (aria-hidden anyway: the
   * markers, the city filter and the list name every city).
   */
  private labelPlaces(
    labels: { city: Edition['cities'][number]; p: readonly number[] }[],
    box: { x: number; y: number; w: number; h: number },
    selectedCity: string | undefined,
    lang: Lang,
  ): Map<string, LabelPlace | undefined> {
    const scale = this.pixelWidth / box.w;
    const toPx = (x: number, y: number) => [(x - box.x) * scale, (y - box.y) * scale] as const;
    const markerRadius = 14;
    const obstacles = this.visible.map((cluster) => {
      const [x, y] = toPx(cluster.x, cluster.y);
      return {
        left: x - markerRadius,
        top: y - markerRadius,
        right: x + markerRadius,
        bottom: y + markerRadius,
      };
    });
    const requests = labels.map(({ city, p }) => {
      const [x, y] = toPx(p[0]!, p[1]!);
      const name = cityShortName(city, lang);
      return {
        key: city.code,
        x,
        y,
        ...estimateLabelSize(name, LABEL_FONT_PX),
        priority: city.code === selectedCity ? 1 : 0,
      };
    });
    const bounds = { left: 0, top: 0, right: this.pixelWidth, bottom: box.h * scale };
    return placeLabels(requests, obstacles, bounds);
  }

  /** Marker label: the facility's name and kind, or "太原，8 个开放单位" for a group. */
  private markerLabel(cluster: Cluster<Lab>, ctx: GeoContext): string {
    const { lang, t, edition } = ctx;
    if (cluster.items.length === 1) {
      const lab = cluster.items[0]!;
      return `${localized(lang, lab.name, lab.nameEn)}${lang === 'en' ? ', ' : '，'}${termName(
        edition.labKinds,
        lab.kind,
        lang,
      )}`;
    }
    const votes = new Map<string, number>();
    for (const lab of cluster.items) {
      const city = regionCity(edition, lab.city);
      const name = city ? cityShortName(city, lang) : lab.city;
      votes.set(name, (votes.get(name) ?? 0) + 1);
    }
    const [city] = [...votes].sort((a, b) => b[1] - a[1])[0]!;
    return t.cityCount(city, cluster.items.length);
  }

  /**
   * The markers in view at the current zoom, in reading order (top to bottom, then left to
   * right: the order of Tab, lists and readers), and which of them holds the Tab stop.
   */
  private placeMarkers(labs: readonly Lab[], inView: (x: number, y: number) => boolean): void {
    this.visible = this.clusters(labs)
      .filter((cluster) => inView(cluster.x, cluster.y))
      .sort((a, b) => a.y - b.y || a.x - b.x);
    if (this.refocus) {
      this.activeKey = this.nearest(this.refocus)?.key;
    } else if (!this.visible.some((cluster) => cluster.key === this.activeKey)) {
      this.activeKey = this.visible[0]?.key;
    }
  }

  private renderAreas(city: string): TemplateResult[] {
    return this.areas.map(
      (area) =>
        svg`<path part="area" class="area" d=${area.d} data-code=${area.code ?? ''} ?data-selected=${
          !!city && area.code === city
        }></path>`,
    );
  }

  private renderMarker(cluster: Cluster<Lab>, ctx: GeoContext, at: Placer): TemplateResult {
    const single = cluster.items.length === 1;
    const selected = cluster.items.some((lab) => lab.id === ctx.choice.selectedId);
    return html`<button
      part=${single ? (selected ? 'marker marker-selected' : 'marker') : 'marker cluster'}
      class=${single ? 'marker' : 'marker cluster'}
      type="button"
      data-key=${cluster.key}
      data-x=${cluster.x.toFixed(2)}
      data-y=${cluster.y.toFixed(2)}
      ?data-selected=${selected}
      tabindex=${cluster.key === this.activeKey ? 0 : -1}
      aria-pressed=${single ? (selected ? 'true' : 'false') : nothing}
      aria-label=${this.markerLabel(cluster, ctx)}
      ${at(cluster.x, cluster.y)}
      @click=${() => this.activate(cluster)}
    >
      ${single ? nothing : html`<span aria-hidden="true">${cluster.items.length}</span>`}
    </button>`;
  }

  private renderZoomControls(lang: Lang): TemplateResult {
    const t = messagesFor(geoMapMessages, lang);
    const zoomed = this.view.zoom > 1;
    // [part, label, enabled, action, glyph]: the three buttons differ only in these.
    const buttons: [string, string, boolean, () => void, string][] = [
      ['zoom-in', t.zoomIn, this.view.zoom < MAX_ZOOM, () => this.zoomBy(2), '+'],
      ['zoom-out', t.zoomOut, zoomed, () => this.zoomBy(0.5), '−'],
      ['zoom-reset', t.zoomReset, zoomed, () => this.reset(), '⟲'],
    ];
    return html`<div part="zoom-controls" class="zoom">
      ${buttons.map(
        ([part, label, enabled, action, glyph]) =>
          html`<button
            part=${part}
            class="sx-button"
            type="button"
            aria-label=${label}
            ?disabled=${!enabled}
            @click=${action}
          >
            <span aria-hidden="true">${glyph}</span>
          </button>`,
      )}
    </div>`;
  }

  /**
   * The map for `ctx`: the basemap, the city names, the markers in view and the zoom buttons. The
   * view is read once per render (`frame`) so every layer is placed in the same box.
   */
  render(ctx: GeoContext): TemplateResult {
    const { lang } = ctx;
    const city = ctx.choice.filters.city;
    this.openOnCity(ctx, city);
    this.ctx = ctx;
    const frame = this.frame();
    this.placeMarkers(ctx.labs, frame.inView);
    const { box } = frame;
    // The basemap's proportions go on the figure as a custom property, not on the viewport: a
    // second directive in one element's position (beside the ref) defeats the build's template
    // minifier, and the whole module then shipped unminified.
    return html`<figure
      part="map geo-map"
      class="geo"
      ${cssProps({ '--_geo-aspect': `${this.width.toFixed(1)} / ${this.height.toFixed(1)}` })}
    >
      <div part="map-viewport" class="viewport" ${ref(this.onViewport)}>
        <svg
          part="basemap"
          class="basemap"
          viewBox="${box.x.toFixed(2)} ${box.y.toFixed(2)} ${box.w.toFixed(2)} ${box.h.toFixed(2)}"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          ${this.renderAreas(city)}
        </svg>
        ${this.renderCityLabels(ctx.edition, frame, city, lang)}
        ${this.renderMarkers(ctx, frame.at)} ${this.renderZoomControls(lang)}
      </div>
      <figcaption part="caption" class="caption">
        ${ctx.credit ? html`<span part="credit" class="credit">${ctx.credit}</span>` : nothing}
        <span id="map-help" class="help">${messagesFor(geoMapMessages, lang).help}</span>
      </figcaption>
    </figure>`;
  }

  /** A map that arrives with a city already chosen (the `city` attribute) opens on that city. */
  private openOnCity(ctx: GeoContext, city: string): void {
    if (!this.ctx && city && ctx.labs.length) {
      this.view = clampView(this.viewOf(ctx.labs, FOCUS_ZOOM), this.width, this.height);
    }
  }

  /** The box in view now, a test for a point in it, and a placer of a point as CSS percentages. */
  private frame(): Frame {
    const box = this.box();
    const inView = (x: number, y: number) =>
      x >= box.x && x <= box.x + box.w && y >= box.y && y <= box.y + box.h;
    const at: Placer = (x, y) =>
      cssProps({
        left: `${(((x - box.x) / box.w) * 100).toFixed(3)}%`,
        top: `${(((y - box.y) / box.h) * 100).toFixed(3)}%`,
      });
    return { box, inView, at };
  }

  /** The names of the cities in view, each where it neither overlaps another nor a marker. */
  private renderCityLabels(
    edition: Edition,
    { box, inView, at }: Frame,
    city: string,
    lang: Lang,
  ): TemplateResult {
    const labels = edition.cities
      .flatMap(({ lat, lng, ...rest }) =>
        lat === undefined || lng === undefined ? [] : [{ ...rest, lat, lng }],
      )
      .map((city) => ({ city, p: this.point(city.lat, city.lng) }))
      .filter(({ p }) => inView(p[0], p[1]));
    const places = this.labelPlaces(labels, box, city, lang);
    return html`<div class="city-labels" aria-hidden="true">
      ${labels.map(
        ({ city, p }) =>
          html`<span
            class="city-label"
            data-place=${places.get(city.code) ?? 'none'}
            ${at(p[0], p[1])}
            >${cityShortName(city, lang)}</span
          >`,
      )}
    </div>`;
  }

  /** The markers in view, one Tab stop among them (arrow keys move between them). */
  private renderMarkers(ctx: GeoContext, at: Placer): TemplateResult {
    return html`<div
      part="markers"
      class="markers"
      role="group"
      aria-label=${ctx.label}
      aria-describedby="map-help"
      tabindex=${this.visible.length ? -1 : 0}
      @keydown=${this.onKeydown}
    >
      ${repeat(
        this.visible,
        (cluster) => cluster.key,
        (cluster) => this.renderMarker(cluster, ctx, at),
      )}
    </div>`;
  }
}
