/**
 * Sections of the list by day (`view="agenda"`, `group-by="day"`) or by city (`group-by="city"`),
 * and the agenda's time rail: imported only by a widget that groups (see `events.ts`; the agenda
 * always groups by day), so the default flat list never loads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Edition, SxEvent } from '../../src/feed/types.js';
import { eventStartDay } from '../../src/query/event-times.js';
import { formatDay, formatTime } from '../../src/time/format.js';
import { zonedDayKey } from '../../src/time/zoned.js';
import type { Lang } from '../shared/i18n.js';
import { cityName, regionCity } from '../shared/region.js';

export interface EventGroup {
  key: string;
  label: string | undefined;
  /** Items with their index in the whole rendered list. */
  items: { event: SxEvent; index: number }[];
}

export interface GroupOptions {
  by: 'day' | 'city';
  edition: Edition;
  lang: Lang;
  /**
   * An event running for days is listed under the first day being looked at (the chosen day,
   * `from`, or today while ended events are hidden), not under a day already past: that day.
   */
  floorDay: string;
}

/** The shown events in sections, ordered by day or by the edition's city order. */
export function groupEvents(
  items: EventGroup['items'],
  { by, edition, lang, floorDay }: GroupOptions,
): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  for (const item of items) {
    let key: string;
    let label: string;
    if (by === 'day') {
      const start = eventStartDay(item.event, edition.timeZone);
      key = start < floorDay ? floorDay : start;
      label = formatDay(key, { lang, timeZone: edition.timeZone });
    } else {
      const city = regionCity(edition, item.event.city);
      key = city?.code ?? item.event.city;
      label = city ? cityName(city, lang) : item.event.city;
    }
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { key, label, items: [item] });
  }
  const ordered = [...groups.values()];
  if (by === 'day') ordered.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  else {
    const order = edition.cities.map((city) => city.code);
    const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
    ordered.sort((a, b) => rank(a.key) - rank(b.key));
  }
  return ordered;
}

/** The start (and the end, for an event ending that day) beside an agenda item. */
export function renderRail(event: SxEvent, lang: Lang, timeZone: string): TemplateResult {
  // The rail shows the end only for an event ending the same day ("09:00 / 17:00" would misread
  // an exhibition running for a week); the full span is in the item's text.
  const sameDay = zonedDayKey(event.start, timeZone) === zonedDayKey(event.end, timeZone);
  return html`<div class="rail" aria-hidden="true">
    <span class="rail-start">${formatTime(event.start, { lang, timeZone })}</span>
    ${
      sameDay
        ? html`<span class="rail-end">${formatTime(event.end, { lang, timeZone })}</span>`
        : nothing
    }
  </div>`;
}
