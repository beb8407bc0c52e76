/**
 * The map beside the list: the host's geographic basemap once it is ready, a placeholder while it
 * loads, else the schematic tile grid (with a note when the basemap failed).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Edition, Lab } from '../../src/feed/types.js';
import type { Lang } from '../shared/i18n.js';
import type { GeoContext } from './geo/geo-map.js';
import type { GeoBasemap } from './geo-basemap.js';
import type { LabMapMessages } from './lab-map.messages.js';
import { countByCity } from './lab-query.js';
import { renderSchematic } from './schematic.js';
import { tileLayout } from './tile-grid.js';
import type { LabChoice } from './lab-choice.js';

export interface MapPaneContext {
  lang: Lang;
  t: LabMapMessages;
  edition: Edition;
  geo: GeoBasemap;
  credit: string | undefined;
  /** The matching facilities; without `withCity`, in every city (the tiles count them all). */
  labs: (withCity: boolean) => Lab[];
  choice: GeoContext['choice'] & Pick<LabChoice, 'selectCity' | 'tabStop' | 'onTileKeydown'>;
}

export function renderMapPane(
  ctx: MapPaneContext,
): TemplateResult | (TemplateResult | typeof nothing)[] {
  const { lang, t, edition, geo, choice } = ctx;
  const region = (lang === 'en' ? edition.regionNameEn : edition.regionName) ?? edition.region;
  const label = t.mapLabel(region);
  if (geo.status === 'ready' && geo.map) {
    return geo.map.render({ ...ctx, label, labs: ctx.labs(true) });
  }
  if (geo.status === 'loading') {
    return html`<div class="map-loading" role="status" aria-busy="true">
      <span class="sx-visually-hidden">${t.loadingMap}</span>
    </div>`;
  }
  const layout = tileLayout(edition.cities);
  const city = choice.filters.city;
  // A list, not a template of two bindings: one template fewer on the first render (#16 lab12).
  return [
    geo.status === 'error'
      ? html`<p part="basemap-error" class="basemap-error" role="note">${t.basemapFailed}</p>`
      : nothing,
    renderSchematic({
      lang,
      t,
      label,
      layout,
      counts: countByCity(ctx.labs(false), edition),
      selected: city,
      active: choice.tabStop(layout),
      onSelect: (code) => choice.selectCity(code),
      onKeydown: choice.onTileKeydown,
    }),
  ];
}
