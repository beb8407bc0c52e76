/** Events `<sx-lab-map>` fires on a visitor's action (never on a programmatic property set). */
import type { Lab, RegionCity } from '../../src/feed/types.js';
import { SX_EVENT_INIT } from '../shared/events.js';

/** Where the visitor made the choice. */
export type LabSelectSource = 'map' | 'list' | 'filter';

/**
 * The visitor chose a facility (a marker, or "show on map" in the list), a city (a tile, or the
 * city filter) or a group of facilities (a marker standing for several at one spot). When the
 * visitor clears the choice (Escape, the same tile again, "show all"), `lab` and `city` are
 * undefined and `labs` is empty.
 */
export class SxLabSelectEvent extends Event {
  static readonly eventName = 'sx-lab-select';
  /** The chosen facility, when one was chosen. */
  readonly lab: Lab | undefined;
  /** The chosen city, or the chosen facility's city. */
  readonly city: RegionCity | undefined;
  /** The facilities the choice stands for (one facility, a city's, or a marker's group). */
  readonly labs: readonly Lab[];
  readonly source: LabSelectSource;

  constructor(init: {
    lab?: Lab | undefined;
    city?: RegionCity | undefined;
    labs: readonly Lab[];
    source: LabSelectSource;
  }) {
    super(SxLabSelectEvent.eventName, SX_EVENT_INIT);
    this.lab = init.lab;
    this.city = init.city;
    this.labs = init.labs;
    this.source = init.source;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sx-lab-select': SxLabSelectEvent;
  }
}
