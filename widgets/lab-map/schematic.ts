/**
 * The default basemap: a schematic of the region's cities, one tile per city placed roughly where
 * it lies, showing and shaded by how many facilities open there. No boundary data, no tiles from
 * a server, no key; it works offline and is labelled 示意图.
 */
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../shared/i18n.js';
import { cssProps } from '../shared/css-props.js';
import { cityShortName } from '../shared/region.js';
import type { LabMapMessages } from './lab-map.messages.js';
import { shadeLevel, type TileLayout } from './tile-grid.js';

export interface SchematicContext {
  lang: Lang;
  t: LabMapMessages;
  label: string;
  layout: TileLayout;
  counts: ReadonlyMap<string, number>;
  /** The chosen city ('' for none). */
  selected: string;
  /** The tile that holds the map's single Tab stop. */
  active: string;
  onSelect: (code: string) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

export function renderSchematic(ctx: SchematicContext): TemplateResult {
  const { t, lang, layout, counts } = ctx;
  const max = Math.max(0, ...counts.values());
  return html`<figure part="map schematic" class="schematic">
    <div
      part="tiles"
      class="tiles"
      role="group"
      aria-label=${ctx.label}
      aria-describedby="map-help"
      ${cssProps({ 'grid-template-columns': layout.columns, 'grid-template-rows': layout.rowSizes })}
      @keydown=${ctx.onKeydown}
    >
      ${layout.tiles.map(({ city, area }) => {
        const count = counts.get(city.code) ?? 0;
        const name = cityShortName(city, lang);
        const pressed = ctx.selected === city.code;
        return html`<button
          part=${pressed ? 'tile tile-selected' : 'tile'}
          class="tile level-${shadeLevel(count, max)}"
          type="button"
          data-code=${city.code}
          tabindex=${ctx.active === city.code ? 0 : -1}
          aria-pressed=${pressed ? 'true' : 'false'}
          aria-label=${t.cityCount(name, count)}
          ${
            // One property, made with the layout (#16 lab12: two a tile, built at each render).
            cssProps({ 'grid-area': area })
          }
          @click=${() => ctx.onSelect(city.code)}
        >
          <span class="tile-name">${name}</span>
          <span part="tile-count" class="tile-count">${count}</span>
        </button>`;
      })}
    </div>
    <figcaption part="caption" class="caption">
      <span><span class="schematic-mark">${t.schematic}</span> ${t.schematicNote}</span>
      <span id="map-help" class="help">${t.tileHelp}</span>
    </figcaption>
  </figure>`;
}
