/** The filters above the map and the list: city, kind, day and "open now". */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Edition, IsoDate } from '../../src/feed/types.js';
import { formatDay } from '../../src/time/format.js';
import { termName, type Lang } from '../shared/i18n.js';
import { cityName } from '../shared/region.js';
import type { LabMapMessages } from './lab-map.messages.js';
import type { LabFilters } from './lab-query.js';

export interface FilterBarContext {
  lang: Lang;
  t: LabMapMessages;
  edition: Edition;
  filters: LabFilters;
  /** Days on which something opens (and the preset day). */
  days: readonly IsoDate[];
  onChange: (change: Partial<LabFilters>) => void;
}

function select(
  label: string,
  part: string,
  value: string,
  allLabel: string,
  options: readonly (readonly [value: string, label: string])[],
  onChange: (value: string) => void,
): TemplateResult {
  return html`<label class="field">
    <span class="field-label">${label}</span>
    <select
      part=${part}
      class="control"
      .value=${live(value)}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${value === ''}>${allLabel}</option>
      ${options.map(
        ([optionValue, text]) =>
          html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`,
      )}
    </select>
  </label>`;
}

export function renderFilterBar(ctx: FilterBarContext): TemplateResult {
  const { t, lang, edition, filters } = ctx;
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
      edition.cities.map((city) => [city.code, cityName(city, lang)] as const),
      (city) => ctx.onChange({ city }),
    )}
    ${select(
      t.kind,
      'filter-kind',
      filters.kind,
      t.allKinds,
      edition.labKinds.map((kind) => [kind.id, termName(edition.labKinds, kind.id, lang)] as const),
      (kind) => ctx.onChange({ kind }),
    )}
    ${select(
      t.day,
      'filter-day',
      filters.day,
      t.allDays,
      ctx.days.map((day) => [day, formatDay(day, { lang, timeZone: edition.timeZone })] as const),
      (day) => ctx.onChange({ day }),
    )}
    <label class="check" part="filter-open-now">
      <input
        type="checkbox"
        .checked=${live(filters.openNow)}
        @change=${(e: Event) => ctx.onChange({ openNow: (e.target as HTMLInputElement).checked })}
      />
      <span>${t.openNow}</span>
    </label>
  </form>`;
}
