/**
 * The attribute values `<sx-events>` accepts and its attribute checks (`attribute-rules.ts`): data,
 * so the element file holds only the element.
 */
import { isIsoDate } from '../../src/time/zoned.js';
import { splitList } from '../../src/text/split-list.js';
import { choice, isoDate, wholeNumber, type AttributeRules } from '../shared/attribute-rules.js';
import type { EventsView, TimeZoneMode } from './event-item.js';
import { FILTER_CONTROLS, type FilterControl } from './filter-state.js';

export type EventsGroupBy = 'day' | 'city' | 'none';

export const DEFAULT_LIMIT = 20;

const isControl = (name: string) => FILTER_CONTROLS.includes(name as FilterControl);

/** The attribute checks (`attribute-rules.ts`); choices list the default first. */
export const RULES: AttributeRules = {
  view: choice(['list', 'agenda', 'compact'] satisfies EventsView[]),
  groupBy: choice(['none', 'day', 'city'] satisfies EventsGroupBy[]),
  timeZone: choice(['edition', 'local', 'both'] satisfies TimeZoneMode[]),
  limit: wholeNumber(1, Number.MAX_SAFE_INTEGER, DEFAULT_LIMIT),
  from: isoDate(isIsoDate),
  to: isoDate(isIsoDate),
  filters: {
    problem(value) {
      const unknown = (splitList(value as string) ?? []).filter(
        (n) => n !== 'none' && !isControl(n),
      );
      return unknown.length ? `names unknown controls (${unknown.join(', ')})` : undefined;
    },
    // The known controls stay; none known shows none, as the unknown names alone did.
    fallback: (value: string) => (splitList(value) ?? []).filter(isControl).join(',') || 'none',
  },
  // Item titles are one level below the group headings: 6 is the last level HTML has.
  headingLevel: wholeNumber(2, 5, 3),
};
