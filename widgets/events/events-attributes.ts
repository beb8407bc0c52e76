/**
 * The attribute values `<sx-events>` accepts, for its attribute checks (`validateAttributes`):
 * data, so the element file holds only the element.
 */
import type { EventsView, TimeZoneMode } from './event-item.js';

export type EventsGroupBy = 'day' | 'city' | 'none';

/** Attributes with a fixed set of values, the default first. */
export const CHOICES = {
  view: ['list', 'agenda', 'compact'] satisfies EventsView[],
  groupBy: ['none', 'day', 'city'] satisfies EventsGroupBy[],
  timeZone: ['edition', 'local', 'both'] satisfies TimeZoneMode[],
};
/** Attribute names that differ from their property's. */
export const ATTRIBUTES: Record<string, string> = {
  groupBy: 'group-by',
  timeZone: 'time-zone',
  headingLevel: 'heading-level',
};
export const DEFAULT_LIMIT = 20;
