/**
 * The filters above the map and the list: city, kind, day and "open now". The fields come from
 * `shared/form-fields.ts` (why they are bound without `live()`: there).
 */
import { html, type TemplateResult } from 'lit';
import type { Edition, IsoDate } from '../../src/feed/types.js';
import { formatDay } from '../../src/time/format.js';
import type { Lang } from '../shared/i18n.js';
import { termName } from '../shared/term-name.js';
import { cityName } from '../shared/region.js';
import { checkField, selectField as select } from '../shared/form-fields.js';
import type { LabMapMessages } from './lab-map.messages.js';
import type { LabFilters } from './lab-query.js';

export interface FilterBarContext {
  lang: Lang;
  t: LabMapMessages;
  edition: Edition;
  filters: LabFilters;
  /**
   * The first content frame's bar: each select holds its chosen option only (first-frame.ts);
   * the option lists come in the next frame, before a visitor can open a select.
   */
  brief: boolean;
  /** Days on which something opens (and the preset day). */
  days: readonly IsoDate[];
  onChange: (change: Partial<LabFilters>) => void;
}

/** The options a select offers now: all, or in a brief bar the chosen one (none for "all"). */
const pick = <T>(brief: boolean, items: readonly T[], chosen: (item: T) => boolean): T[] =>
  brief ? items.filter(chosen) : [...items];

export function renderFilterBar(ctx: FilterBarContext): TemplateResult {
  const { t, lang, edition, filters, brief } = ctx;
  return html`<form
    part="filters"
    class="filters"
    role="search"
    aria-label=${t.filters}
    @submit=${(e: Event) => e.preventDefault()}
  >
    ${select(
      t.city,
      'filter-city',
      filters.city,
      t.allCities,
      pick(brief, edition.cities, (city) => city.code === filters.city).map((city) => ({
        value: city.code,
        label: cityName(city, lang),
      })),
      (city) => ctx.onChange({ city }),
    )}
    ${select(
      t.kind,
      'filter-kind',
      filters.kind,
      t.allKinds,
      pick(brief, edition.labKinds, (kind) => kind.id === filters.kind).map((kind) => ({
        value: kind.id,
        label: termName(edition.labKinds, kind.id, lang),
      })),
      (kind) => ctx.onChange({ kind }),
    )}
    ${select(
      t.day,
      'filter-day',
      filters.day,
      t.allDays,
      pick(brief, ctx.days, (day) => day === filters.day).map((day) => ({
        value: day,
        label: formatDay(day, { lang, timeZone: edition.timeZone }),
      })),
      (day) => ctx.onChange({ day }),
    )}
    ${checkField(t.openNow, 'filter-open-now', filters.openNow, (openNow) =>
      ctx.onChange({ openNow }),
    )}
  </form>`;
}
