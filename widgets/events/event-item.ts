/**
 * One event of the programme, as a card: a date block to scan by, the title, one line of time ·
 * place · cost, and one primary action (报名 when there is a registration link, else 加入日历),
 * with everything else (the full time, address, organiser, audience, summary, the other actions
 * and the map links) in the card's expanded view behind "更多".
 *
 * A render function (not an element), so 5,000 events cost no extra custom elements and focus is
 * kept by the list's keyed repeat.
 *
 * One template holds the card's fixed structure (lead, badges, star, title row, the meta line's
 * place, actions), with plain conditionals in its bindings and its SVG icons written in it (the
 * place's shape a bound path, `icons.ts`); a nested template only where the structure itself
 * differs (the heading's level, the time's variants, cost, the primary action, the expanded
 * view). About 30 nested template instances a card (each icon two) made a new list's first rows
 * ~5 ms of script each at CPU 4× (#16).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Edition, ProgrammeEvent } from '../../src/feed/types.js';
import type * as MapLinks from '../shared/map-links.js';
import { safeUrl } from '../../src/feed/safe-url.js';
import { eventStatus } from '../../src/query/event-match.js';
import type { TimeStatus } from '../../src/query/types.js';
import {
  eventDays,
  formatEventOnDay,
  formatEventWhen,
  isMultiDay,
} from '../../src/time/event-when.js';
import { zonedParts } from '../../src/time/intl.js';
import { startOfZonedDay } from '../../src/time/zoned.js';
import { localized, type Lang } from '../shared/i18n.js';
import { keepTogether } from '../shared/keep-together.js';
import { safeLink } from '../shared/safe-link.js';
import { renderSampleMarker } from '../shared/states.js';
import type { EventsMessages } from './events.messages.js';
import { renderHeading } from '../shared/heading.js';
import { cityName, regionCity } from '../shared/region.js';
import { feedText, feedWords } from './feed-text.js';
import { onlinePath, placePath } from './icons.js';
import type * as EventDetails from './event-details.js';
import type * as LocalTime from './local-time.js';

export type EventsView = 'list' | 'agenda' | 'compact';
export type TimeZoneMode = 'edition' | 'local' | 'both';

export interface ItemContext {
  lang: Lang;
  t: EventsMessages;
  edition: Edition;
  now: Date;
  view: EventsView;
  timeZoneMode: TimeZoneMode;
  /** The visitor asked to see their own time too ("显示我的当地时间"). */
  showLocal: boolean;
  visitorZone: string;
  /** The local-time helpers, once loaded (only for a visitor in another zone). */
  localTime: typeof LocalTime | undefined;
  /** The expanded view, once loaded (on the first "更多"). */
  details: typeof EventDetails | undefined;
  /** The shared map-links control, once loaded (with the first expanded view that needs it). */
  mapLinks: typeof MapLinks | undefined;
  headingLevel: number;
  /** The agenda's time rail beside an item on `day`, once the agenda module is loaded. */
  rail: ((event: ProgrammeEvent, day: string) => TemplateResult) | undefined;
  isStarred: (id: string) => boolean;
  /** A share confirmation to show next to this event's share button. */
  shareFeedback: (id: string) => string | undefined;
  /** Whether the card of this key (`itemKey`) shows its expanded view. */
  isOpen: (key: string) => boolean;
  onStar: (event: ProgrammeEvent) => void;
  onCalendar: (event: ProgrammeEvent) => void;
  onShare: (event: ProgrammeEvent) => void;
  onRegister: (event: ProgrammeEvent, url: string) => void;
  onToggle: (event: ProgrammeEvent, key: string) => void;
  /** Whether the agenda's line of events continuing on `day` is unfolded. */
  isFoldOpen: (day: string) => boolean;
  /** Unfolds or folds that line. */
  onFold: (day: string) => void;
  onMap: (event: ProgrammeEvent, provider: 'amap' | 'baidu', url: string) => void;
}

/** Identifies a card: an event listed under several days has one card per day. */
export function itemKey(event: ProgrammeEvent, day: string | undefined): string {
  return day ? `${event.id}@${day}` : event.id;
}

/** The words of an event's time: all of it, and what the card shows beside its date block. */
export function whenTexts(
  event: ProgrammeEvent,
  lang: Lang,
  timeZone: string,
): { full: string; shown: string } {
  const options = { lang, timeZone };
  const full = formatEventWhen(event, options);
  const { first, last } = eventDays(event, timeZone);
  // Several days: the date block shows the range ("5月 24 –6月8日"), the card its hours
  // ("每天 09:00–17:00"); a range with hours of its own ("18:00 – 6月1日 周日 10:00") stays whole.
  if (first !== last) return { full, shown: full.replace(/.* · /, '') };
  const shown = formatEventOnDay(event, first, options);
  return { full, shown: full.endsWith(shown) ? shown : full };
}

/**
 * A time text with each of its " · " parts kept whole ("5月24日–6月8日", "每天 09:00–17:00": the
 * hours never leave 每天/daily), each a piece of the meta line (whose dots the styles draw between
 * pieces, never at a line's end), and the clock icon glued to the first part (in the caller's
 * template: the first run is the only one of a one-day event).
 */
function timeRuns(text: string): [first: string, rest: TemplateResult[]] {
  const [first, ...rest] = text.split(' · ');
  return [first!, rest.map((run) => html` <span class="sx-nowrap">${run}</span>`)];
}

/** The event's time in the edition's zone, and in the visitor's when asked and different. */
function renderWhen(event: ProgrammeEvent, ctx: ItemContext): TemplateResult {
  const { lang, t, edition, localTime } = ctx;
  const timeZone = edition.timeZone;
  const { full, shown } = whenTexts(event, lang, timeZone);
  const localText =
    localTime && ctx.visitorZone !== timeZone
      ? localTime.localTimeHint(event.start, event.end, {
          lang,
          editionZone: timeZone,
          visitorZone: ctx.visitorZone,
        })
      : undefined;
  // The day or range is in the date block (hidden from screen readers), so it is said here,
  // unseen. In the agenda the rail (hidden too) shows the hours of a multi-day event: the card
  // shows its range and says the hours unseen. Either way each is seen once and read once.
  let day = full.slice(0, full.length - shown.length);
  let seen = shown;
  let unseen = '';
  if (ctx.view === 'agenda' && ctx.rail && day.endsWith(' · ')) {
    seen = day.slice(0, -3);
    unseen = full.slice(seen.length);
    day = '';
  }
  const [first, rest] = timeRuns(seen);
  // The edition's zone is labelled only for a visitor whose clock reads differently.
  const zone = localText && localTime!.zoneLabel(timeZone, lang, new Date(event.start));
  if (localText && ctx.timeZoneMode === 'local') {
    // The SVGs on one line: whitespace inside them would be text of the run (textContent).
    // prettier-ignore
    return html`<span class="meta-part"
        ><time datetime=${event.start}
          ><span
            ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6.25"></circle><path d="M8 4.5V8l2.5 1.5"></path></svg
            >${keepTogether(localText)}</span
          ></time
        ></span
      ><span class="local-time">${full} ${zone}</span>`;
  }
  // One template for the usual case: the zone and the visitor's time are empty parts then (and
  // the unseen day too, in the agenda's rows of a multi-day event).
  // prettier-ignore
  return html`<span class="meta-part"
      ><time datetime=${event.start}
        ><span class="sx-visually-hidden">${day}</span
        ><span class="sx-nowrap"
          ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6.25"></circle><path d="M8 4.5V8l2.5 1.5"></path></svg
          >${first}</span
        >${rest}${unseen ? html`<span class="sx-visually-hidden">${unseen}</span>` : nothing}</time
      >${zone ? html` <span class="zone">${zone}</span>` : nothing}</span
    >${
      localText && (ctx.timeZoneMode === 'both' || ctx.showLocal)
        ? html`<span class="local-time">${t.localTime(localText)}</span>`
        : nothing
    }`;
}

/**
 * Cost and registration, in as few words as possible; nothing about an unknown cost. (At most
 * two terms: the cost, then "需报名".)
 */
function renderTerms(event: ProgrammeEvent, ctx: ItemContext): TemplateResult | typeof nothing {
  const { t } = ctx;
  const cost =
    event.free === true
      ? t.freeEntry
      : event.free === false
        ? event.price
          ? keepTogether(event.price)
          : t.paidEntry
        : undefined;
  const registration = event.registration?.required ? t.registrationRequired : undefined;
  const first = cost ?? registration;
  if (!first) return nothing;
  // prettier-ignore
  return html`<span class="meta-part"
    ><span
      ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M2 5.5V3.75h12V5.5a2 2 0 0 0 0 4v1.75H2V9.5a2 2 0 0 0 0-4z"></path><path d="M10 4v7" stroke-dasharray="1.2 1.3"></path></svg
      >${first}</span
    >${cost && registration ? html` <span>${registration}</span>` : nothing}</span
  >`;
}

const dayPartsCache = new Map<string, ReturnType<typeof zonedParts>>();

/**
 * Month, day and weekday of `day`: a programme has a few dozen days but thousands of cards, and
 * `Intl` formatting was the largest cost of rendering the cards new to a keystroke's answer.
 */
function dayParts(day: string, lang: Lang, timeZone: string): ReturnType<typeof zonedParts> {
  const key = `${day}|${lang}|${timeZone}`;
  let parts = dayPartsCache.get(key);
  if (!parts)
    dayPartsCache.set(key, (parts = zonedParts(startOfZonedDay(day, timeZone), lang, timeZone)));
  return parts;
}

/**
 * Month, day and weekday of the event's first day, large enough to scan a list by; for an event
 * of several days the last line is where it ends ("–6月8日", "–8 Jun") instead of the weekday, so
 * the anchor never reads as a one-day event.
 */
function renderDateBlock(event: ProgrammeEvent, ctx: ItemContext): TemplateResult {
  const { lang, edition } = ctx;
  const { first, last } = eventDays(event, edition.timeZone);
  const parts = dayParts(first, lang, edition.timeZone);
  let until: string | undefined;
  if (last !== first) {
    const end = dayParts(last, lang, edition.timeZone);
    const sameMonth = end.month === parts.month;
    until =
      lang === 'en'
        ? `–${end.day}${sameMonth ? '' : ` ${end.month}`}`
        : `–${sameMonth ? '' : `${end.month}月`}${end.day}日`;
  }
  return html`<div class="date" aria-hidden="true">
    <span class="date-month">${lang === 'en' ? parts.month : `${parts.month}月`}</span>
    <span class="date-day">${parts.day}</span>
    <span class=${until ? 'date-until' : 'date-weekday'}>${until ?? parts.weekday}</span>
  </div>`;
}

/** The one thing to do next: register when there is a link, else add to the calendar. */
function renderPrimary(event: ProgrammeEvent, ctx: ItemContext, ended: boolean) {
  const { lang, t } = ctx;
  if (ended) return nothing;
  const title = localized(lang, event.title, event.titleEn);
  const registerUrl = event.registration?.url ? safeUrl(event.registration.url) : undefined;
  if (registerUrl) {
    return html`<span class="action-wrap" @click=${() => ctx.onRegister(event, registerUrl)}
      >${safeLink({
        url: registerUrl,
        text: t.register,
        lang,
        part: 'action primary-action',
        className: 'sx-button sx-button--primary',
        label: t.actionLabel(t.register, title),
      })}</span
    >`;
  }
  return html`<button
    part="action primary-action"
    class="sx-button sx-button--primary"
    type="button"
    aria-label=${t.actionLabel(t.addToCalendar, title)}
    @click=${() => ctx.onCalendar(event)}
  >
    ${t.addToCalendar}
  </button>`;
}

/**
 * Rendered items of one widget, reused while nothing they show has changed: a keystroke in the
 * search box then formats only the items that are new to the list. Per widget (the templates
 * hold that widget's handlers) and per edition.
 */
export class ItemCache {
  private edition: Edition | undefined;
  private items = new WeakMap<
    ProgrammeEvent,
    Map<string, { key: string; template: TemplateResult }>
  >();

  get(
    event: ProgrammeEvent,
    slot: string,
    key: string,
    edition: Edition,
    render: () => TemplateResult,
  ): TemplateResult {
    if (edition !== this.edition) {
      this.edition = edition;
      this.items = new WeakMap();
    }
    let bySlot = this.items.get(event);
    if (!bySlot) this.items.set(event, (bySlot = new Map()));
    const cached = bySlot.get(slot);
    if (cached?.key === key) return cached.template;
    const template = render();
    bySlot.set(slot, { key, template });
    return template;
  }
}

/** What one card shows besides the event and the widget's settings: its place and its state. */
interface CardState {
  index: number;
  grouped: boolean;
  /** The agenda day it is listed under. */
  day: string | undefined;
  status: TimeStatus;
  starred: boolean;
  open: boolean;
  shareFeedback: string | undefined;
}

/**
 * The cache key of a card: its state and every setting of `ctx` that is data, serialised (the
 * catalog follows `lang`; the cache is emptied for a new edition; `now` is in the status; a
 * loaded module or a function (the agenda's rail, the handlers) counts as its presence).
 * Derived, not listed: a field added to `ItemContext` or
 * `CardState` is in the key, so it can never show a stale card.
 */
function cardKey(ctx: ItemContext, card: CardState): string {
  // The settings' part once per render (a render makes one context for all its cards, and
  // never changes it): a later frame of a cut list keys 20 cards to add one (first-rows.ts).
  let settings = settingsKeys.get(ctx);
  if (settings === undefined) {
    const { t: _t, edition: _edition, now: _now, ...rest } = ctx;
    settings = JSON.stringify(rest, (_key, value: unknown) =>
      typeof value === 'function' || isModule(value) ? true : value,
    );
    settingsKeys.set(ctx, settings);
  }
  return settings + JSON.stringify(card);
}

const settingsKeys = new WeakMap<ItemContext, string>();

/** A loaded module (`localTime`, `details`, `mapLinks`): its presence is what the card shows. */
function isModule(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Symbol.toStringTag in value;
}

/**
 * The item of `event` at `index` in the rendered list (from `cache` when unchanged); `day` is the
 * agenda day it is listed under.
 */
export function renderEventItem(
  event: ProgrammeEvent,
  index: number,
  ctx: ItemContext,
  grouped: boolean,
  cache?: ItemCache,
  day?: string,
): TemplateResult {
  const card: CardState = {
    index,
    grouped,
    day,
    status: eventStatus(event, ctx.now),
    starred: ctx.isStarred(event.id),
    open: ctx.isOpen(itemKey(event, day)),
    shareFeedback: ctx.shareFeedback(event.id),
  };
  if (!cache) return renderItem(event, ctx, card);
  return cache.get(event, day ?? '', cardKey(ctx, card), ctx.edition, () =>
    renderItem(event, ctx, card),
  );
}

/**
 * The card, in one template: the date block (or, in the agenda, the time rail) with the status
 * and sample badges; the star and the title; when · where · cost; the primary action and "更多"
 * (which unfolds the expanded view, once loaded).
 *
 * The star ("收藏", "Save") is beside the title at every width: the title names what is saved, and
 * a third button in the actions row wrapped alone onto a line of its own on an English phone. The
 * word shows where the card has room; on a narrow card the star is an icon whose name is the
 * word. It comes before the title in the markup (a narrow card floats it into the title's first
 * line), so it is also first in focus order, as it is the first control from the top. Its word
 * says the state ("已收藏"); aria-pressed says it too, and the title, hidden, tells this star from
 * the others in a screen reader's list of buttons.
 *
 * The meta line's dots are the styles' (`.meta`): one before each piece, hidden where the piece
 * starts a line, so no line ends or starts with a dot. In the agenda the rail shows a one-day
 * event's time: the line's time is then for screen readers only.
 *
 * The primary action and "更多" sit side by side: two buttons fit one line of a 320 px phone in
 * both languages (the star is beside the title).
 */
function renderItem(event: ProgrammeEvent, ctx: ItemContext, card: CardState): TemplateResult {
  const { lang, t, view, edition } = ctx;
  const { index, day, status, open, starred } = card;
  const detailsId = `sx-details-${index}${day ? `-${day}` : ''}`;
  const level = card.grouped ? ctx.headingLevel + 1 : ctx.headingLevel;
  // The summary's <bdi> is in the card's own template (`feedText`'s, one template less a card).
  const summary =
    view === 'compact' || !event.summary
      ? undefined
      : feedWords(lang, event.summary, event.summaryEn);
  const details = open ? ctx.details : undefined;
  const key = itemKey(event, day);
  const title = localized(lang, event.title, event.titleEn);
  const railed = view === 'agenda' && ctx.rail !== undefined && day !== undefined;
  const when = renderWhen(event, ctx);
  const city = regionCity(edition, event.city);
  // prettier-ignore
  return html`<li
    part="item item-${status}"
    class="item item--${view} item--${status}"
    data-index=${index}
  >
    <article class="card" ?data-open=${open}>
      <div class="lead">
        ${railed ? ctx.rail!(event, day!) : renderDateBlock(event, ctx)}
        <div class="badges">
          <span part="status status-${status}" class="status status--${status}"
            >${t.status[status]}</span
          >
          ${event.sample ? renderSampleMarker(lang) : nothing}
        </div>
      </div>
      <div class="main">
        <div class="head">
          <div class="title-row">
            <button
              part="action star"
              class="star"
              type="button"
              aria-pressed=${starred ? 'true' : 'false'}
              aria-label=${(starred ? t.starred : t.star) + t.starSuffix(title)}
              @click=${() => ctx.onStar(event)}
            >
              <svg class="icon star-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M10 1.8l2.5 5.3 5.7.7-4.2 4 1.1 5.7L10 14.7l-5.1 2.8 1.1-5.7-4.2-4 5.7-.7z"></path></svg
              ><span class="star-word">${starred ? t.starred : t.star}</span>
            </button>
            ${renderHeading(
              { level, part: 'item-title', className: 'title', focusTarget: true },
              feedText(lang, event.title, event.titleEn),
            )}
          </div>
          <p part="item-meta" class="meta">
            ${
              railed && !isMultiDay(event, edition.timeZone)
                ? html`<span class="sx-visually-hidden">${when}</span>`
                : when
            }
            <span class="meta-part"
              ><span
                ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${event.venue ? placePath : onlinePath}></path></svg
                >${!event.venue ? t.online : city ? cityName(city, lang) : event.city}</span
              >${event.venue && event.online ? html` <span>${t.online}</span>` : nothing}</span
            >
            ${renderTerms(event, ctx)}
          </p>
          ${
            summary
              ? html`<p part="item-summary" class="summary summary--card">
                  <bdi lang=${ifDefined(summary.mark)}>${keepTogether(summary.text)}</bdi>
                </p>`
              : nothing
          }
        </div>
        <div part="actions" class="actions">
          ${renderPrimary(event, ctx, status === 'ended')}
          <button
            part="action more"
            class="sx-button sx-button--quiet more"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${ifDefined(open ? detailsId : undefined)}
            aria-label=${t.more + t.starSuffix(title)}
            data-key=${key}
            @click=${() => ctx.onToggle(event, key)}
          >
            ${t.more}<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 6l4 4 4-4"></path></svg>
          </button>
        </div>
      </div>
      ${details ? details.renderDetails(event, ctx, { id: detailsId, ended: status === 'ended' }) : nothing}
    </article>
  </li>`;
}
