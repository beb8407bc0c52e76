/**
 * The filter bar: city, topic, day, free, youth, "my plan" and a search box. On a narrow widget
 * (a phone, a sidebar) it folds into a disclosure button, decided by the widget's own width
 * (container query), not the window's.
 *
 * The fields come from `shared/form-fields.ts` (why they are bound without `live()`: there).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Edition, IsoDate } from '../../src/feed/types.js';
import { formatDay } from '../../src/time/format.js';
import type { Lang } from '../shared/i18n.js';
import { checkField as checkbox, selectField as select } from '../shared/form-fields.js';
import type { EventsMessages } from './events.messages.js';
import type { FilterControl, FilterState } from './filter-state.js';

export interface FilterBarContext {
  lang: Lang;
  t: EventsMessages;
  edition: Edition;
  state: FilterState;
  /** What the search box shows (ahead of the debounced `state.q`). */
  searchText: string;
  controls: ReadonlySet<FilterControl>;
  /** The days a visitor can pick (the edition's, within `from`/`to`). */
  days: readonly IsoDate[];
  /** City codes to offer (every city of the edition). */
  cities: readonly { code: string; name: string }[];
  topics: readonly { id: string; name: string }[];
  open: boolean;
  activeCount: number;
  planSize: number;
  onChange: (change: Partial<FilterState>) => void;
  onSearchInput: (text: string) => void;
  onSearchCommit: () => void;
  onToggleOpen: () => void;
}

const dayLabelCache = new WeakMap<
  readonly IsoDate[],
  Map<string, { value: string; label: string }[]>
>();

/** "5月30日 周五" for each day (formatted once per list of days, language and zone). */
function dayLabels(days: readonly IsoDate[], lang: Lang, timeZone: string) {
  let byLang = dayLabelCache.get(days);
  if (!byLang) dayLabelCache.set(days, (byLang = new Map()));
  const key = `${lang}|${timeZone}`;
  let labels = byLang.get(key);
  if (!labels) {
    labels = days.map((day) => ({ value: day, label: formatDay(day, { lang, timeZone }) }));
    byLang.set(key, labels);
  }
  return labels;
}

export function renderFilterBar(ctx: FilterBarContext): TemplateResult | typeof nothing {
  const { t, lang, state, controls, edition } = ctx;
  if (controls.size === 0) return nothing;
  const has = (control: FilterControl) => controls.has(control);
  const dayOptions = dayLabels(ctx.days, lang, edition.timeZone);
  return html`<div part="filters" class="filters" ?data-open=${ctx.open}>
    <button
      part="filters-toggle"
      class="sx-button filters-toggle"
      type="button"
      aria-expanded=${ctx.open ? 'true' : 'false'}
      aria-controls="sx-filter-panel"
      @click=${ctx.onToggleOpen}
    >
      <svg class="funnel" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d="M2 3h16l-6 7.5V16l-4 2v-7.5z"></path>
      </svg>
      ${t.filtersToggle(ctx.activeCount)}
    </button>
    <form
      id="sx-filter-panel"
      class="filter-panel"
      role="search"
      aria-label=${t.filters}
      @submit=${(e: Event) => {
        e.preventDefault();
        ctx.onSearchCommit();
      }}
    >
      ${
        has('search')
          ? html`<label class="field field--search">
              <span class="field-label">${t.search}</span>
              <input
                part="search"
                class="control"
                type="search"
                enterkeyhint="search"
                autocomplete="off"
                placeholder=${t.searchPlaceholder}
                .value=${ctx.searchText}
                @input=${(e: Event) => ctx.onSearchInput((e.target as HTMLInputElement).value)}
              />
            </label>`
          : nothing
      }
      ${
        has('city')
          ? select(
              t.city,
              'filter-city',
              state.city,
              t.allCities,
              ctx.cities.map((city) => ({ value: city.code, label: city.name })),
              (city) => ctx.onChange({ city }),
            )
          : nothing
      }
      ${
        has('topic')
          ? select(
              t.topic,
              'filter-topic',
              state.topic,
              t.allTopics,
              ctx.topics.map((topic) => ({ value: topic.id, label: topic.name })),
              (topic) => ctx.onChange({ topic }),
            )
          : nothing
      }
      ${
        has('day') && dayOptions.length > 1
          ? select(t.day, 'filter-day', state.day, t.allDays, dayOptions, (day) =>
              ctx.onChange({ day }),
            )
          : nothing
      }
      ${
        has('free') || has('youth') || has('plan')
          ? html`<div class="checks">
              ${
                has('free')
                  ? checkbox(t.free, 'filter-free', state.free, (free) => ctx.onChange({ free }))
                  : nothing
              }
              ${
                has('youth')
                  ? checkbox(t.youth, 'filter-youth', state.youth, (youth) =>
                      ctx.onChange({ youth }),
                    )
                  : nothing
              }
              ${
                has('plan')
                  ? checkbox(t.myPlan(ctx.planSize), 'filter-plan', state.plan, (plan) =>
                      ctx.onChange({ plan }),
                    )
                  : nothing
              }
            </div>`
          : nothing
      }
    </form>
  </div>`;
}
