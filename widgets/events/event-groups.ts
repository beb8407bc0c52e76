/**
 * Sections of the list by day (`view="agenda"`, `group-by="day"`) or by city (`group-by="city"`),
 * and the agenda's time rail: imported only by a widget that groups (see `events.ts`; the agenda
 * always groups by day), so the default flat list never loads it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Edition, ProgrammeEvent } from '../../src/feed/types.js';
import { groupEventsByDay } from '../../src/query/events.js';
import { eventDays, formatEventOnDay } from '../../src/time/event-when.js';
import { formatDay, formatTime } from '../../src/time/format.js';
import { itemKey, renderEventItem, whenTexts, type ItemContext } from './event-item.js';
import { feedText } from './feed-text.js';
import { chevronIcon } from './icons.js';
import type { Lang } from '../shared/i18n.js';
import { cityName, regionCity } from '../shared/region.js';

export interface EventGroup {
  key: string;
  label: string | undefined;
  /** Items with their index in the whole rendered list. */
  items: { event: ProgrammeEvent; index: number }[];
}

export interface GroupOptions {
  by: 'day' | 'city';
  edition: Edition;
  lang: Lang;
  /**
   * An event running for days is listed under every day it runs from the first day being looked
   * at (the chosen day, `from`, or today while ended events are hidden), not under days already
   * past.
   */
  floorDay: string;
  /** The last day being looked at (the chosen day, or `to`); '' for no limit. */
  ceilingDay?: string;
}

/** The shown events in sections, ordered by day or by the edition's city order. */
export function groupEvents(items: EventGroup['items'], options: GroupOptions): EventGroup[] {
  return options.by === 'day' ? groupByDay(items, options) : groupByCity(items, options);
}

/**
 * By day: an event running for several days is under each of them, after that day's own events
 * (an exhibition is not the first thing to do on its tenth day).
 */
function groupByDay(
  items: EventGroup['items'],
  { edition, lang, floorDay, ceilingDay = '' }: GroupOptions,
): EventGroup[] {
  const indexOf = new Map(items.map((item) => [item.event, item.index]));
  return groupEventsByDay(
    items.map((item) => item.event),
    edition.timeZone,
    { eachDay: true },
  )
    .filter(({ day }) => day >= floorDay && (!ceilingDay || day <= ceilingDay))
    .map(({ day, events }) => ({
      key: day,
      label: formatDay(day, { lang, timeZone: edition.timeZone }),
      items: ownFirst(events, edition.timeZone).map((event) => ({
        event,
        index: indexOf.get(event)!,
      })),
    }))
    .filter((group) => group.items.length > 0);
}

/** A day's timed events, then its all-day ones, then those running through it (stable). */
function ownFirst(events: ProgrammeEvent[], timeZone: string): ProgrammeEvent[] {
  const rank = (event: ProgrammeEvent) => {
    const { first, last } = eventDays(event, timeZone);
    return first !== last ? 2 : event.allDay ? 1 : 0;
  };
  return events
    .map((event, order) => ({ event, order, rank: rank(event) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ event }) => event);
}

function groupByCity(items: EventGroup['items'], { edition, lang }: GroupOptions): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  for (const item of items) {
    const city = regionCity(edition, item.event.city);
    const key = city?.code ?? item.event.city;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else
      groups.set(key, { key, label: city ? cityName(city, lang) : item.event.city, items: [item] });
  }
  const order = edition.cities.map((city) => city.code);
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key));
}

/**
 * The time beside an agenda item on `day`: start and end for an event of that day; for one that
 * runs for days, what it is on that day ("每天 09:00–17:00", "全天", "至 17:00"), never a bare
 * "09:00" on the tenth day of an exhibition.
 */
export function renderRail(
  event: ProgrammeEvent,
  day: string,
  lang: Lang,
  timeZone: string,
): TemplateResult {
  const { first, last } = eventDays(event, timeZone);
  if (event.allDay || first !== last) {
    return html`<div class="rail rail--span" aria-hidden="true">
      <span class="rail-day">${formatEventOnDay(event, day, { lang, timeZone })}</span>
    </div>`;
  }
  return html`<div class="rail" aria-hidden="true">
    <span class="rail-start">${formatTime(event.start, { lang, timeZone })}</span>
    <span class="rail-end">${formatTime(event.end, { lang, timeZone })}</span>
  </div>`;
}

/**
 * In the agenda, a multi-day event has its full card on the first day shown. On each later day
 * the events that began before it come after the day's own events: two or more as one line, "3
 * 项活动持续进行", a button that unfolds their lines in place (Escape folds it back): the same
 * three exhibitions were repeated on 13 days. Folded, the lines
 * stay in the page (`hidden="until-found"`): the browser's find-in-page finds a title on every day
 * its event runs and unfolds the day. One such event is its line alone. On a wide widget the
 * folded line also names them, muted (hidden from screen readers: the lines say them).
 */
export function renderContinues(
  items: EventGroup['items'],
  day: string,
  ctx: ItemContext,
): TemplateResult {
  const lines = items.map(({ event, index }) => renderContinuesLine(event, index, day, ctx));
  if (items.length < 2) return html`${lines}`;
  const open = ctx.isFoldOpen(day);
  const id = `sx-continuing-${day}`;
  // Escape in or on the unfolded day folds it (before the element's own Escape, which then
  // leaves it alone), unless a card unfolded in it is to fold first; focus goes back to its button.
  const onKeydown = (e: KeyboardEvent) => {
    const path = e.composedPath();
    if (
      e.key !== 'Escape' ||
      !open ||
      path.some((n) => (n as Element).matches?.('.card[data-open]'))
    )
      return;
    e.preventDefault();
    ctx.onFold(day);
    (e.currentTarget as Element).querySelector('button')!.focus();
  };
  return html`<li part="continues-group" class="item item--continues-group" @keydown=${onKeydown}>
    <button
      type="button"
      part="continues-toggle"
      class="continues-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${id}
      data-fold=${day}
      @click=${() => ctx.onFold(day)}
    >
      <span>${ctx.t.continuing(items.length)}</span>${chevronIcon}<span
        class="continues-names"
        aria-hidden="true"
        >${items.map(
          ({ event }, i) =>
            html`${i ? (ctx.lang === 'en' ? ', ' : '、') : nothing}${feedText(
              ctx.lang,
              event.title,
              event.titleEn,
              false,
            )}`,
        )}</span
      >
    </button>
    <ul
      id=${id}
      class="continues-list"
      role="list"
      hidden=${open ? nothing : 'until-found'}
      @beforematch=${() => open || ctx.onFold(day)}
    >
      ${lines}
    </ul>
  </li>`;
}

/**
 * One event's line on a later day: its title, a button that unfolds its card there, and "持续中 ·
 * 5月24日–6月8日 · 每天 09:00–17:00". Unfolded (the card's own key, so "更多" and Escape fold it),
 * the line is the full card with its expanded view. The title wraps (two lines at most) rather
 * than being cut: "Science and innovatio…" named nothing.
 *
 * A phone has no room for the title and all of that on one line: it shows the event's time that
 * day ("每天 09:00–17:00"; the range is on its card), and the whole text is still there for a
 * screen reader.
 */
function renderContinuesLine(
  event: ProgrammeEvent,
  index: number,
  day: string,
  ctx: ItemContext,
): TemplateResult {
  const { lang, t, edition } = ctx;
  const timeZone = edition.timeZone;
  const key = itemKey(event, day);
  if (ctx.isOpen(key)) return renderEventItem(event, index, ctx, true, undefined, day);
  const { full } = whenTexts(event, lang, timeZone);
  const runs = (texts: string[]) =>
    texts.map((run, i) => html`${i ? ' · ' : nothing}<span class="sx-nowrap">${run}</span>`);
  return html`<li part="continues-item" class="item item--continues" data-index=${index}>
    <p class="continues">
      <button
        type="button"
        part="continues"
        class="continues-link"
        aria-expanded="false"
        data-key=${key}
        @click=${() => ctx.onToggle(event, key)}
      >
        ${feedText(lang, event.title, event.titleEn)}</button
      ><span class="continues-when"
        ><span class="continues-long">${runs([t.continues, ...full.split(' · ')])}</span
        ><span class="continues-short" aria-hidden="true"
          ><span class="sx-nowrap">${formatEventOnDay(event, day, { lang, timeZone })}</span></span
        ></span
      >
    </p>
  </li>`;
}

/** The sections' styles, adopted with this module (a flat list never loads them). */
export const styles = css`
  .group {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .group-heading {
    margin: 0;
    padding-bottom: calc(var(--_space) * 0.25);
    border-bottom: 2px solid var(--_accent);
    color: var(--_text);
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
  }
`;
