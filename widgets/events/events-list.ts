/**
 * The frame of `<sx-events>`' list: the summary line with its buttons above, the items (in
 * sections when grouped), and "show more" below. Render functions over what the element passes
 * in, so the element file keeps only its state and wiring.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Edition, IsoDate, ProgrammeEvent } from '../../src/feed/types.js';
import { renderHeading } from '../shared/heading.js';
import type { Lang } from '../shared/i18n.js';
import { termName } from '../shared/term-name.js';
import { cityName } from '../shared/region.js';
import { renderEmpty, renderLoading } from '../shared/states.js';
import type { EventsFilters } from './events-filters.js';
import { renderFilterBar } from './filter-bar.js';
import { EMPTY_FILTERS, activeFilterCount, type FilterControl } from './filter-state.js';
import { ItemCache, renderEventItem, type EventsView, type ItemContext } from './event-item.js';
import type * as EventGroups from './event-groups.js';
import type { EventGroup, GroupOptions } from './event-groups.js';
import type { EventsMessages } from './events.messages.js';

/**
 * The shown events with their index in the list, in sections by `grouping` (the module, with
 * its options), or in one unlabelled section without.
 */
export function groupItems(
  shown: readonly ProgrammeEvent[],
  grouping: (GroupOptions & { module: typeof EventGroups }) | undefined,
): EventGroup[] {
  const items = shown.map((event, index) => ({ event, index }));
  if (!grouping) return [{ key: 'all', label: undefined, items }];
  return grouping.module.groupEvents(items, grouping);
}

export interface FiltersOptions {
  lang: Lang;
  t: EventsMessages;
  edition: Edition;
  filtering: EventsFilters;
  controls: ReadonlySet<FilterControl>;
  days: IsoDate[];
  /** Each select with its chosen option only (see `FilterBarContext.brief`). */
  brief: boolean;
  /** The panel is unfolded (on a narrow widget). */
  open: boolean;
  planSize: number;
  onToggleOpen: () => void;
}

/** The filter bar, with the edition's cities and topics in the shown language. */
export function renderFilters(o: FiltersOptions): TemplateResult | typeof nothing {
  const { lang, edition, filtering } = o;
  return renderFilterBar({
    lang,
    t: o.t,
    edition,
    state: filtering.state,
    searchText: filtering.searchText,
    controls: o.controls,
    days: o.days,
    brief: o.brief,
    cities: edition.cities.map((city) => ({ code: city.code, name: cityName(city, lang) })),
    topics: edition.topics.map((topic) => ({
      id: topic.id,
      name: termName(edition.topics, topic.id, lang),
    })),
    open: o.open,
    activeCount: activeFilterCount(filtering.state, filtering.presets()),
    planSize: o.planSize,
    onChange: (change) => filtering.change(change),
    onSearchInput: (text) => filtering.input(text),
    onSearchCommit: () => filtering.commit(),
    onToggleOpen: o.onToggleOpen,
  });
}

/**
 * Nothing matches: what to do about it. "Clear filters" goes back to the page's presets; when
 * the visitor changed nothing but the page's own preset (city, topic, search) matches nothing,
 * it goes past the preset to every event (`clear(true)`).
 */
export function renderEmptyState(
  lang: Lang,
  t: EventsMessages,
  filtering: EventsFilters,
  clear: (all: boolean) => void,
): TemplateResult {
  const { state } = filtering;
  const changed = activeFilterCount(state, filtering.presets()) > 0;
  const preset = !changed && activeFilterCount(state, EMPTY_FILTERS) > 0;
  const planOnly = state.plan;
  return renderEmpty({
    lang,
    message: planOnly ? t.emptyPlan : t.emptyTitle,
    hint: planOnly ? t.emptyPlanHint : changed || preset ? t.emptyHint : t.emptyHintPreset,
    onClear: changed || preset ? () => clear(preset) : undefined,
  });
}

export interface HeaderOptions {
  t: EventsMessages;
  total: number;
  shown: number;
  /** Offer "显示我的当地时间" (a visitor whose clock differs, times in the edition's zone). */
  showToggle: boolean;
  showLocal: boolean;
  planSize: number;
  onToggleLocal: () => void;
  onDownloadPlan: () => void;
}

/** "找到 N 场活动", and the local-time and plan-download buttons when they apply. */
export function renderHeader(o: HeaderOptions): TemplateResult {
  const { t } = o;
  return html`<div part="header" class="header">
    <p part="summary" class="summary-line">
      <span class="count">${t.found(o.total)}</span>
      ${o.shown < o.total ? html`<span class="shown">${t.showing(o.shown, o.total)}</span>` : nothing}
    </p>
    <div class="header-actions">
      ${
        o.showToggle
          ? html`<button
              part="local-time-toggle"
              class="sx-button sx-button--quiet"
              type="button"
              aria-pressed=${o.showLocal ? 'true' : 'false'}
              @click=${o.onToggleLocal}
            >
              ${t.showLocalTime}
            </button>`
          : nothing
      }
      ${
        o.planSize
          ? html`<button
              part="plan-download"
              class="sx-button"
              type="button"
              @click=${o.onDownloadPlan}
            >
              ${t.downloadPlan(o.planSize)}
            </button>`
          : nothing
      }
    </div>
  </div>`;
}

/** "显示更多（N）" while some results are not shown yet. */
export function renderMore(
  t: EventsMessages,
  remaining: number,
  onMore: () => void,
): TemplateResult | typeof nothing {
  if (remaining <= 0) return nothing;
  return html`<div class="more">
    <button part="load-more" class="sx-button load-more" type="button" @click=${onMore}>
      ${t.loadMore(remaining)}
    </button>
  </div>`;
}

export interface ListOptions {
  ctx: ItemContext;
  groups: EventGroup[];
  view: EventsView;
  headingLevel: number;
  /** Sections are days: an event in several of them has one card per day. */
  byDay: boolean;
  cache: ItemCache;
  /** The agenda's "continues" line, once the grouping module is here. */
  continues: typeof EventGroups.renderContinues | undefined;
}

/**
 * The loading skeleton: rows of about a card's height, at most `rows`. Also under a big list's
 * count while its first rows wait for the next frame (`SPLIT_FROM` in first-rows.ts).
 */
export const renderSkeleton = (lang: Lang, view: EventsView, rows: number): TemplateResult => {
  const compact = view === 'compact';
  return renderLoading({
    lang,
    rows: Math.min(rows, compact ? 6 : 3),
    rowHeight: compact ? '3.5em' : '11em',
  });
};

/** The items, flat or in sections, each list keyed by event so focus stays on its card. */
export function renderList(o: ListOptions): TemplateResult {
  // Events whose full card is already in an earlier day's section (agenda only).
  const { continues } = o;
  const carded =
    continues && o.view === 'agenda' && o.byDay ? new Set<ProgrammeEvent>() : undefined;
  const list = (items: EventGroup['items'], grouped: boolean, day?: string) => {
    // A day's events that began on an earlier day shown: after its own, in one line (continues).
    // Sorted here, not in repeat's callback: that runs when the list is committed, after every
    // day's `list` was called.
    const own: EventGroup['items'] = [];
    const later: EventGroup['items'] = [];
    for (const item of items) {
      (carded?.has(item.event) ? later : own).push(item);
      carded?.add(item.event);
    }
    return html`<ul part="list" class="list list--${o.view}" role="list">
      ${repeat(
        own,
        (item) => item.event.id,
        (item) => renderEventItem(item.event, item.index, o.ctx, grouped, o.cache, day),
      )}${later.length ? continues!(later, day!, o.ctx) : nothing}
    </ul>`;
  };
  const { groups } = o;
  if (groups.length === 1 && groups[0]!.label === undefined) return list(groups[0]!.items, false);
  return html`${repeat(
    groups,
    (group) => group.key,
    (group) =>
      html`<section part="group" class="group">
        ${renderHeading(
          { level: o.headingLevel, part: 'group-heading', className: 'group-heading' },
          group.label,
        )}
        ${list(group.items, true, o.byDay ? group.key : undefined)}
      </section>`,
  )}`;
}
