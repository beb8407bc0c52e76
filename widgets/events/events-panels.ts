/**
 * What a visitor opens in `<sx-events>`: one card's expanded view at a time, and the filter panel
 * on a narrow widget. Escape closes them innermost first and gives focus back to the button that
 * opened them. A reactive controller: opening or closing renders its element again.
 */
import type { LitElement, ReactiveController } from 'lit';
import type { ProgrammeEvent } from '../../src/feed/types.js';
import type { ItemContext } from './event-item.js';
import type { EventsLazyParts } from './events-parts.js';

export class EventsPanels implements ReactiveController {
  /** The card (`itemKey`) whose expanded view is shown. */
  openItem: string | undefined;
  /** The filter panel is unfolded (it folds only on a narrow widget). */
  filtersOpen = false;
  /** Agenda days whose line of continuing events is unfolded. */
  readonly openFolds = new Set<string>();

  constructor(
    private readonly host: LitElement,
    private readonly lazy: EventsLazyParts,
  ) {
    host.addController(this);
  }

  /** What an event's card asks of the panels (see `ItemContext`). */
  readonly itemHandlers: Pick<ItemContext, 'isOpen' | 'onToggle' | 'isFoldOpen' | 'onFold'> = {
    isOpen: (key) => this.openItem === key,
    onToggle: (event, key) => this.toggleItem(event, key),
    isFoldOpen: (day) => this.openFolds.has(day),
    onFold: (day) => {
      if (!this.openFolds.delete(day)) this.openFolds.add(day);
      this.host.requestUpdate();
    },
  };

  hostConnected(): void {
    // Nothing to set up: the keydown listener is in the element's template (`onKeydown`).
  }

  toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
    this.host.requestUpdate();
  }

  /** Opens a card's expanded view (closing any other), or closes it. */
  toggleItem(event: ProgrammeEvent, key: string): void {
    this.openItem = this.openItem === key ? undefined : key;
    this.host.requestUpdate();
    // The control may be gone (an agenda "continues" line unfolds into its card, whose "更多"
    // folds it back): focus follows to the one in its place.
    this.focusLater(`[data-key="${CSS.escape(key)}"]`);
    if (this.openItem === undefined) return;
    // The expanded view's code comes with the first "更多"; the map links' (coordinate
    // conversion) with the first venue that has a point.
    const wanted =
      event.venue?.lat !== undefined ? (['details', 'mapLinks'] as const) : ['details' as const];
    for (const name of wanted) {
      if (this.lazy.parts[name]) continue;
      this.lazy.load(name).catch((error: unknown) => {
        const what = name === 'details' ? 'event details' : 'map links';
        console.error(`<sx-events> could not load the ${what}.`, error);
      });
    }
  }

  /** Focuses the first node matching `selector` once the next render is done. */
  focusLater(selector: string): void {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  /** After "clear filters", whose button is gone: focus stays in the widget, on the first control. */
  focusFirstControl(): void {
    this.focusLater('[part~=search], [part~=filter-city], [part~=item-title]');
  }

  /**
   * Escape closes what the visitor opened, innermost first (the expanded card the focus is in,
   * else the filter panel, else the open card), and gives focus back to the button that opened it.
   * (An agenda day's unfolded line of continuing events folds first: see `event-groups.ts`.)
   */
  readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const path = e.composedPath();
    const inside = (selector: string) =>
      path.some((node) => node instanceof Element && node.matches(selector));
    const item = this.openItem;
    const toggle = this.host.renderRoot.querySelector<HTMLElement>('[part~=filters-toggle]');
    const panelFolds = !!toggle && toggle.getClientRects().length > 0;
    if (item !== undefined && (inside('.card[data-open]') || !(this.filtersOpen && panelFolds))) {
      this.openItem = undefined;
      // Its "更多", or the agenda's "continues" line that the folded card turns back into.
      this.focusLater(`[data-key="${CSS.escape(item)}"]`);
    } else if (this.filtersOpen && panelFolds) {
      this.filtersOpen = false;
      this.focusLater('[part~=filters-toggle]');
    } else {
      return;
    }
    this.host.requestUpdate();
    e.preventDefault();
  };
}
