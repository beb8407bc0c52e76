/**
 * One event of the programme, as a list item. A render function (not an element), so 5,000
 * events cost no extra custom elements and focus is kept by the list's keyed repeat.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { join } from 'lit/directives/join.js';
import type { Edition, SxEvent } from '../../src/feed/types.js';
import type * as MapLinks from '../../src/map-links.js';
import { safeUrl } from '../../src/feed/safe-url.js';
import { eventStatus } from '../../src/query/event-match.js';
import type { TimeStatus } from '../../src/query/types.js';
import { formatEventTime } from '../../src/time/format.js';
import { isolate } from '../shared/bidi.js';
import { localized, termName, type Lang } from '../shared/i18n.js';
import { safeLink } from '../shared/safe-link.js';
import { renderSampleMarker } from '../shared/states.js';
import type { EventsMessages } from './events.messages.js';
import { renderHeading } from '../shared/heading.js';
import { cityName, regionCity } from '../shared/region.js';
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
  /** The map-link builders, once loaded (on the first "地图" click). */
  maps: typeof MapLinks | undefined;
  headingLevel: number;
  /** The agenda's time rail beside an item, once the agenda module is loaded. */
  rail: ((event: SxEvent) => TemplateResult) | undefined;
  isStarred: (id: string) => boolean;
  /** A share confirmation to show next to this event's share button. */
  shareFeedback: (id: string) => string | undefined;
  /** Whether this event's map links are shown. */
  mapOpen: (id: string) => boolean;
  onStar: (event: SxEvent) => void;
  onCalendar: (event: SxEvent) => void;
  onShare: (event: SxEvent) => void;
  onRegister: (event: SxEvent, url: string) => void;
  onMapToggle: (event: SxEvent) => void;
  onMap: (event: SxEvent, provider: 'amap' | 'baidu', url: string) => void;
}

/** The event's time in the edition's zone, and in the visitor's when asked and different. */
function renderWhen(event: SxEvent, ctx: ItemContext): TemplateResult {
  const { lang, t, edition, localTime } = ctx;
  const timeZone = edition.timeZone;
  const editionText = formatEventTime(event.start, event.end, { lang, timeZone });
  const localText =
    localTime && ctx.visitorZone !== timeZone
      ? localTime.localTimeHint(event.start, event.end, {
          lang,
          editionZone: timeZone,
          visitorZone: ctx.visitorZone,
        })
      : undefined;
  const time = (text: string) => html`<time datetime=${event.start}>${text}</time>`;
  if (!localText) return time(editionText);
  // The edition's zone is labelled only for a visitor whose clock reads differently.
  const zone = localTime!.zoneLabel(timeZone, lang, new Date(event.start));
  if (ctx.timeZoneMode === 'local') {
    return html`${time(localText)} <span class="local-time">${editionText} ${zone}</span>`;
  }
  return html`${time(editionText)} <span class="zone">${zone}</span>${
      ctx.timeZoneMode === 'both' || ctx.showLocal
        ? html` <span class="local-time">${t.localTime(localText)}</span>`
        : nothing
    }`;
}

function renderWhere(event: SxEvent, ctx: ItemContext): TemplateResult {
  const { lang, t, edition } = ctx;
  const city = regionCity(edition, event.city);
  const place = city ? cityName(city, lang) : undefined;
  const venue = event.venue
    ? html`<span>${localized(lang, event.venue.name, event.venue.nameEn)}</span>${
          place
            ? html`<span class="sep" aria-hidden="true"> · </span><span>${place}</span>`
            : nothing
        }`
    : nothing;
  const online = event.online
    ? html`${event.venue ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<span
          class="online"
          >${t.online}${
            event.online.platform
              ? html`<span class="sep" aria-hidden="true"> · </span
                  >${isolate(event.online.platform)}`
              : nothing
          }</span
        >`
    : nothing;
  return html`${venue}${online}`;
}

function renderConditions(event: SxEvent, ctx: ItemContext): TemplateResult {
  const { lang, t, edition } = ctx;
  const audience = event.audience.map((id) => termName(edition.audiences, id, lang));
  const registration = event.registration;
  const parts: (string | TemplateResult)[] = [];
  if (audience.length) parts.push(audience.join(lang === 'en' ? ', ' : '、'));
  // Unknown cost says nothing rather than guessing free or paid.
  if (event.free === true) parts.push(t.freeEntry);
  else if (event.free === false) parts.push(event.price ? isolate(event.price) : t.paidEntry);
  parts.push(registration?.required ? t.registrationRequired : t.noRegistration);
  if (registration?.capacity) parts.push(t.capacity(registration.capacity));
  if (registration?.deadline) {
    parts.push(
      t.registrationDeadline(
        formatEventTime(registration.deadline, registration.deadline, {
          lang,
          timeZone: edition.timeZone,
        }),
      ),
    );
  }
  return html`${join(parts, ' · ')}`;
}

/**
 * The event's buttons and links. Once it has ended, nothing that looks ahead is offered (register,
 * join online, add to calendar): details, map and share stay.
 */
function renderActions(
  event: SxEvent,
  index: number,
  ctx: ItemContext,
  compact: boolean,
  ended: boolean,
): TemplateResult {
  const { lang, t } = ctx;
  const title = localized(lang, event.title, event.titleEn);
  const registerUrl =
    event.registration?.url && !ended ? safeUrl(event.registration.url) : undefined;
  const detailsUrl = event.url ? safeUrl(event.url) : undefined;
  const joinUrl = event.online && !ended ? safeUrl(event.online.url) : undefined;
  const venue = event.venue;
  const place =
    venue && venue.lat !== undefined && venue.lng !== undefined
      ? {
          lat: venue.lat,
          lng: venue.lng,
          name: localized(lang, venue.name, venue.nameEn),
          ...(venue.address && { address: venue.address }),
        }
      : undefined;
  const feedback = ctx.shareFeedback(event.id);
  const link = (url: string, text: string, primary: boolean, onClick?: () => void) =>
    html`<span class="action-wrap" @click=${onClick ?? nothing}
      >${safeLink({
        url,
        text,
        lang,
        part: 'action',
        className: primary ? 'sx-button sx-button--primary' : 'sx-button',
        label: t.actionLabel(text, title),
      })}</span
    >`;
  const button = (text: string, onClick: () => void, expanded?: boolean, controls?: string) =>
    html`<button
      part="action"
      class="sx-button"
      type="button"
      aria-label=${t.actionLabel(text, title)}
      aria-expanded=${ifDefined(expanded === undefined ? undefined : String(expanded))}
      aria-controls=${ifDefined(controls)}
      @click=${onClick}
    >
      ${text}
    </button>`;
  return html`<div part="actions" class="actions">
    ${registerUrl ? link(registerUrl, t.register, true, () => ctx.onRegister(event, registerUrl)) : nothing}
    ${joinUrl && !compact ? link(joinUrl, t.joinOnline, !registerUrl) : nothing}
    ${detailsUrl && !compact ? link(detailsUrl, t.details, false) : nothing}
    ${ended ? nothing : button(t.addToCalendar, () => ctx.onCalendar(event))}
    ${place && !compact ? renderMapLinks(event, place, ctx, index, button, link) : nothing}
    ${compact ? nothing : button(t.share, () => ctx.onShare(event))}
    ${feedback ? html`<span class="feedback" role="status">${feedback}</span>` : nothing}
  </div>`;
}

/**
 * A "地图" button that shows the venue's AMap and Baidu links right after it (a disclosure: the
 * links are real `<a href>`, next in the tab order). The coordinate conversion is imported on the
 * first click, so a visitor who never opens a map never downloads it.
 */
function renderMapLinks(
  event: SxEvent,
  place: MapLinks.MapPlace,
  ctx: ItemContext,
  index: number,
  button: (text: string, onClick: () => void, expanded: boolean, controls: string) => unknown,
  link: (url: string, text: string, primary: boolean, onClick: () => void) => unknown,
): TemplateResult {
  const { t, maps } = ctx;
  const open = maps !== undefined && ctx.mapOpen(event.id);
  const id = `sx-map-links-${index}`;
  const links = open
    ? ([
        ['amap', t.amap, maps.amapLink(place)],
        ['baidu', t.baidu, maps.baiduLink(place)],
      ] as const)
    : [];
  return html`${button(t.map, () => ctx.onMapToggle(event), open, id)}<span
      id=${id}
      class="map-links"
      ?hidden=${!open}
      >${links.map(([provider, text, url]) =>
        link(url, text, false, () => ctx.onMap(event, provider, url)),
      )}</span
    >`;
}

function renderStar(event: SxEvent, ctx: ItemContext): TemplateResult {
  const { lang, t } = ctx;
  const starred = ctx.isStarred(event.id);
  // The visible word stays "收藏" (pressed or not: aria-pressed says which); the title, hidden,
  // tells this star from the others in a screen reader's list of buttons.
  return html`<button
    part="action star"
    class="star"
    type="button"
    aria-pressed=${starred ? 'true' : 'false'}
    @click=${() => ctx.onStar(event)}
  >
    <svg class="star-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M10 1.8l2.5 5.3 5.7.7-4.2 4 1.1 5.7L10 14.7l-5.1 2.8 1.1-5.7-4.2-4 5.7-.7z"></path>
    </svg>
    <span>${t.star}</span
    ><span class="sx-visually-hidden"
      >${t.starSuffix(localized(lang, event.title, event.titleEn))}</span
    >
  </button>`;
}

/**
 * Rendered items of one widget, reused while nothing they show has changed: a keystroke in the
 * search box then formats only the items that are new to the list. Per widget (the templates
 * hold that widget's handlers) and per edition.
 */
export class ItemCache {
  private edition: Edition | undefined;
  private items = new WeakMap<SxEvent, { key: string; template: TemplateResult }>();

  get(event: SxEvent, key: string, edition: Edition, render: () => TemplateResult): TemplateResult {
    if (edition !== this.edition) {
      this.edition = edition;
      this.items = new WeakMap();
    }
    const cached = this.items.get(event);
    if (cached?.key === key) return cached.template;
    const template = render();
    this.items.set(event, { key, template });
    return template;
  }
}

/** The item of `event` at `index` in the rendered list (from `cache` when unchanged). */
export function renderEventItem(
  event: SxEvent,
  index: number,
  ctx: ItemContext,
  grouped: boolean,
  cache?: ItemCache,
): TemplateResult {
  const status = eventStatus(event, ctx.now);
  if (!cache) return renderItem(event, index, ctx, grouped, status);
  const key = [
    ctx.lang,
    ctx.view,
    ctx.timeZoneMode,
    ctx.showLocal,
    ctx.visitorZone,
    ctx.localTime !== undefined,
    ctx.maps !== undefined && ctx.mapOpen(event.id),
    ctx.headingLevel,
    ctx.rail !== undefined,
    grouped,
    index,
    status,
    ctx.isStarred(event.id),
    ctx.shareFeedback(event.id) ?? '',
  ].join('|');
  return cache.get(event, key, ctx.edition, () => renderItem(event, index, ctx, grouped, status));
}

function renderItem(
  event: SxEvent,
  index: number,
  ctx: ItemContext,
  grouped: boolean,
  status: TimeStatus,
): TemplateResult {
  const { lang, t, edition, view } = ctx;
  const title = localized(lang, event.title, event.titleEn);
  const summary = localized(lang, event.summary, event.summaryEn);
  const level = grouped ? ctx.headingLevel + 1 : ctx.headingLevel;
  const compact = view === 'compact';
  const chips = [
    termName(edition.categories, event.category, lang),
    ...event.topics.map((id) => termName(edition.topics, id, lang)),
  ];
  const statusBadge = html`<span part="status status-${status}" class="status status--${status}"
    >${t.status[status]}</span
  >`;
  const titleNode = renderHeading(
    { level, part: 'item-title', className: 'title', focusTarget: true },
    title,
  );
  const agendaTime = view === 'agenda' && ctx.rail ? ctx.rail(event) : nothing;
  return html`<li
    part="item item-${status}"
    class="item item--${view} item--${status}"
    data-index=${index}
  >
    ${agendaTime}
    <article class="card">
      <div class="card-head">
        <div class="badges">
          ${statusBadge} ${event.sample ? renderSampleMarker(lang) : nothing}
        </div>
        ${renderStar(event, ctx)}
      </div>
      ${titleNode}
      <dl part="item-meta" class="meta">
        <div class="meta-row">
          <dt>${t.when}</dt>
          <dd>${renderWhen(event, ctx)}</dd>
        </div>
        <div class="meta-row">
          <dt>${t.where}</dt>
          <dd>${renderWhere(event, ctx)}</dd>
        </div>
        ${
          compact
            ? nothing
            : html`<div class="meta-row">
                  <dt>${t.organiser}</dt>
                  <dd>${localized(lang, event.organiser, event.organiserEn)}</dd>
                </div>
                <div class="meta-row">
                  <dt>${t.audience}</dt>
                  <dd>${renderConditions(event, ctx)}</dd>
                </div>`
        }
      </dl>
      ${summary && !compact ? html`<p part="item-summary" class="summary">${summary}</p>` : nothing}
      ${
        compact
          ? nothing
          : html`<ul part="chips" class="chips" role="list">
              ${chips.map((chip) => html`<li part="chip" class="chip">${chip}</li>`)}
            </ul>`
      }
      ${
        compact && status === 'ended'
          ? nothing
          : renderActions(event, index, ctx, compact, status === 'ended')
      }
    </article>
  </li>`;
}
