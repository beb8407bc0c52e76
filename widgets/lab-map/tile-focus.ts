/**
 * The schematic's keyboard side: the tile grid is one Tab stop (a roving tabindex), arrow keys and
 * Home/End move between tiles, Escape clears the visitor's choice; focus can be sent to a city's
 * tile from the list. The layout is computed once per edition.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Edition } from '../../src/feed/types.js';
import { tileKeyTarget, tileLayout, type TileLayout } from './tile-grid.js';

const tileOf = (code: string) => `.tile[data-code="${CSS.escape(code)}"]`;

export class TileFocus implements ReactiveController {
  /** The tile that last had focus ('' before any). */
  active = '';
  private cached: { cities: Edition['cities']; layout: TileLayout } | undefined;
  /** A tile to focus once the next render is on screen. */
  private pending: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    /** Escape on a tile; the element clears the choice. */
    private readonly onEscape: () => void,
  ) {
    host.addController(this);
  }

  layout(cities: Edition['cities']): TileLayout {
    if (this.cached?.cities !== cities) this.cached = { cities, layout: tileLayout(cities) };
    return this.cached.layout;
  }

  /** The tile holding the Tab stop: the last focused, else the chosen city's, else the first. */
  tabStop(layout: TileLayout, city: string): string {
    return layout.tiles.some((tile) => tile.city.code === this.active)
      ? this.active
      : city || layout.tiles[0]?.city.code || '';
  }

  /** Gives the Tab stop to the city's tile, and focus once it is rendered. */
  focusCity(code: string): void {
    this.active = code;
    this.pending = code;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const code = this.pending;
    this.pending = undefined;
    if (code) this.focusTile(code);
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || !this.cached) return;
    const code = (event.target as HTMLElement).dataset['code'];
    const target = tileKeyTarget(this.cached.layout, code, event.key);
    if (!target) return;
    event.preventDefault();
    if (target === 'escape') {
      this.onEscape();
    } else if (target.city.code !== code) {
      this.active = target.city.code;
      this.host.requestUpdate();
      this.focusTile(target.city.code);
    }
  };

  private focusTile(code: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(tileOf(code))?.focus();
  }
}
