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
  /**
   * Each select holds only its chosen option (`briefOptions`): the bar of a new widget's first
   * content frame, whose closed selects show nothing else.
   */
  brief: boolean;
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

/**
 * The options a select offers now: all of them, or in a brief bar (`FilterBarContext.brief`) the
 * chosen one only, so the select reads as it will. A closed select shows its chosen option alone,
 * and its width is its column's (`.control`, width 100%), not its longest option's: the lists can
 * come a frame later without anything on screen changing. Building the ~40 options (a Lit
 * template instance each, the days formatted) was a tenth of the elements of the events page's
 * first content frame (#16).
 */
const pick = <T extends { value: string }>(brief: boolean, value: string, options: T[]): T[] =>
  brief ? options.filter((option) => option.value === value) : options;

/** The bar: a disclosure button (shown when folded) and the form of the fields asked for. */
export function renderFilterBar(ctx: FilterBarContext): TemplateResult | typeof nothing {
  if (ctx.controls.size === 0) return nothing;
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
      ${ctx.t.filtersToggle(ctx.activeCount)}
    </button>
    <form
      id="sx-filter-panel"
      class="filter-panel"
      role="search"
      aria-label=${ctx.t.filters}
      @submit=${(e: Event) => {
        e.preventDefault();
        ctx.onSearchCommit();
      }}
    >
      ${searchField(ctx)} ${citySelect(ctx)} ${topicSelect(ctx)} ${daySelect(ctx)} ${checks(ctx)}
    </form>
  </div>`;
}

type Part = TemplateResult | typeof nothing;

function searchField({ t, controls, searchText, onSearchInput }: FilterBarContext): Part {
  if (!controls.has('search')) return nothing;
  return html`<label class="field field--search">
    <span class="field-label">${t.search}</span>
    <input
      part="search"
      class="control"
      type="search"
      enterkeyhint="search"
      autocomplete="off"
      placeholder=${t.searchPlaceholder}
      .value=${searchText}
      @input=${(e: Event) => onSearchInput((e.target as HTMLInputElement).value)}
    />
  </label>`;
}

function citySelect({ t, controls, state, cities, brief, onChange }: FilterBarContext): Part {
  if (!controls.has('city')) return nothing;
  const options = pick(
    brief,
    state.city,
    cities.map((city) => ({ value: city.code, label: city.name })),
  );
  return select(t.city, 'filter-city', state.city, t.allCities, options, (city) =>
    onChange({ city }),
  );
}

function topicSelect({ t, controls, state, topics, brief, onChange }: FilterBarContext): Part {
  if (!controls.has('topic')) return nothing;
  const options = pick(
    brief,
    state.topic,
    topics.map((topic) => ({ value: topic.id, label: topic.name })),
  );
  return select(t.topic, 'filter-topic', state.topic, t.allTopics, options, (topic) =>
    onChange({ topic }),
  );
}

/** The day select, left out when there is only one day to pick. */
function daySelect(ctx: FilterBarContext): Part {
  const { t, lang, controls, state, days, edition, brief, onChange } = ctx;
  if (!controls.has('day') || days.length <= 1) return nothing;
  // A brief bar formats the chosen day alone (a day not in the list is offered as it is).
  const options = dayLabels(
    brief ? days.filter((day) => day === state.day) : days,
    lang,
    edition.timeZone,
  );
  return select(t.day, 'filter-day', state.day, t.allDays, options, (day) => onChange({ day }));
}

/** The checkboxes (free, youth, my plan), grouped in one row when any is asked for. */
function checks({ t, controls, state, planSize, onChange }: FilterBarContext): Part {
  if (!controls.has('free') && !controls.has('youth') && !controls.has('plan')) return nothing;
  const box = (control: 'free' | 'youth' | 'plan', label: string) =>
    controls.has(control)
      ? checkbox(label, `filter-${control}`, state[control], (on) => onChange({ [control]: on }))
      : nothing;
  return html`<div class="checks">
    ${box('free', t.free)} ${box('youth', t.youth)} ${box('plan', t.myPlan(planSize))}
  </div>`;
}
