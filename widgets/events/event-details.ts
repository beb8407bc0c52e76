/**
 * The expanded view of an event card: everything the card leaves out. The full time (with the
 * visitor's own when it differs), the venue and its address, who organises it and for whom, cost
 * and registration in full, access notes, the summary and topics, and the other actions: join
 * online, details, add to calendar, share, and the shared map-links control.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ProgrammeEvent } from '../../src/feed/types.js';
import { safeUrl } from '../../src/feed/safe-url.js';
import { formatEventWhen } from '../../src/time/event-when.js';
import { localized } from '../shared/i18n.js';
import { termName } from '../shared/term-name.js';
import { keepTogether } from '../shared/keep-together.js';
import { cityName, regionCity } from '../shared/region.js';
import { mapLinksStyles } from '../shared/map-links.styles.js';
import { safeLink } from '../shared/safe-link.js';
import type { ItemContext } from './event-item.js';
import { feedText } from './feed-text.js';

const row = (label: string, value: unknown) =>
  html`<div class="fact">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;

/** " · " between parts, never at a line's start. */
const joined = (parts: unknown[]) =>
  parts.map((part, i) => html`${i ? html`<span class="sep"> · </span>` : nothing}${part}`);

function renderWhere(event: ProgrammeEvent, ctx: ItemContext): unknown[] {
  const { lang, t, edition } = ctx;
  const city = regionCity(edition, event.city);
  const parts: unknown[] = [];
  const venue = event.venue;
  if (venue) {
    parts.push(feedText(lang, venue.name, venue.nameEn));
    if (venue.address) parts.push(feedText(lang, venue.address, venue.addressEn));
  }
  if (city) parts.push(html`<span class="sx-nowrap">${cityName(city, lang)}</span>`);
  if (event.online) {
    const platform = event.online.platform;
    parts.push(
      html`<span class="sx-nowrap">${t.online}</span>${
          platform
            ? html`<span class="sep"> · </span>${feedText(lang, platform, event.online.platformEn)}`
            : nothing
        }`,
    );
  }
  return joined(parts);
}

function renderTerms(event: ProgrammeEvent, ctx: ItemContext): unknown[] {
  const { lang, t, edition } = ctx;
  const registration = event.registration;
  const parts: unknown[] = [];
  // Unknown cost says nothing rather than guessing free or paid.
  if (event.free === true) parts.push(t.freeEntry);
  else if (event.free === false)
    parts.push(event.price ? feedText(lang, event.price, undefined) : t.paidEntry);
  parts.push(registration?.required ? t.registrationRequired : t.noRegistration);
  if (registration?.capacity) parts.push(t.capacity(registration.capacity));
  if (registration?.deadline) {
    const when = formatEventWhen(
      { start: registration.deadline, end: registration.deadline },
      { lang, timeZone: edition.timeZone },
    );
    parts.push(t.registrationDeadline(when));
  }
  return joined(parts.map((part) => (typeof part === 'string' ? keepTogether(part) : part)));
}

export interface DetailsOptions {
  id: string;
  ended: boolean;
}

/**
 * Once the event has ended nothing that looks ahead is offered (register, join online, add to
 * calendar): details, map and share stay.
 */
function renderActions(event: ProgrammeEvent, ctx: ItemContext, ended: boolean): TemplateResult {
  const { lang, t } = ctx;
  const title = localized(lang, event.title, event.titleEn);
  const detailsUrl = event.url ? safeUrl(event.url) : undefined;
  const joinUrl = event.online && !ended ? safeUrl(event.online.url) : undefined;
  const hasRegisterLink = !!(event.registration?.url && safeUrl(event.registration.url));
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
  const link = (url: string, text: string) =>
    safeLink({
      url,
      text,
      lang,
      part: 'action',
      className: 'sx-button',
      label: t.actionLabel(text, title),
    });
  const button = (text: string, onClick: () => void) =>
    html`<button
      part="action"
      class="sx-button"
      type="button"
      aria-label=${t.actionLabel(text, title)}
      @click=${onClick}
    >
      ${text}
    </button>`;
  return html`<div class="detail-actions">
      ${joinUrl ? link(joinUrl, t.joinOnline) : nothing}
      ${detailsUrl ? link(detailsUrl, t.details) : nothing}
      ${
        // The card's own button is "加入日历" unless it is "报名".
        hasRegisterLink && !ended ? button(t.addToCalendar, () => ctx.onCalendar(event)) : nothing
      }
      ${button(t.share, () => ctx.onShare(event))}
      ${feedback ? html`<span class="feedback" role="status">${feedback}</span>` : nothing}
    </div>
    ${
      place && ctx.mapLinks
        ? html`<div class="detail-maps">
            ${ctx.mapLinks.renderMapLinks({
              place,
              lang,
              linkPart: (provider) => `action map-link map-link-${provider}`,
              onOpen: (provider, url) => ctx.onMap(event, provider, url),
            })}
          </div>`
        : nothing
    }`;
}

/** The expanded view of `event` (its element has `id`, for the toggle's `aria-controls`). */
export function renderDetails(
  event: ProgrammeEvent,
  ctx: ItemContext,
  { id, ended }: DetailsOptions,
): TemplateResult {
  const { lang, t, edition } = ctx;
  const summary = event.summary;
  const chips = [
    termName(edition.categories, event.category, lang),
    ...event.topics.map((topic) => termName(edition.topics, topic, lang)),
  ];
  const audience = event.audience.map((a) => termName(edition.audiences, a, lang));
  const when = formatEventWhen(event, { lang, timeZone: edition.timeZone });
  return html`<div part="details" class="details" id=${id}>
    <dl part="item-facts" class="facts">
      ${row(t.when, keepTogether(when))} ${row(t.where, renderWhere(event, ctx))}
      ${row(t.organiser, feedText(lang, event.organiser, event.organiserEn))}
      ${audience.length ? row(t.audience, audience.join(lang === 'en' ? ', ' : '、')) : nothing}
      ${row(t.terms, renderTerms(event, ctx))}
      ${
        event.accessibility
          ? row(t.access, feedText(lang, event.accessibility, event.accessibilityEn))
          : nothing
      }
    </dl>
    ${
      summary
        ? html`<p part="item-summary" class="summary summary--details">
            ${feedText(lang, summary, event.summaryEn)}
          </p>`
        : nothing
    }
    <ul part="chips" class="chips" role="list">
      ${chips.map((chip) => html`<li part="chip" class="chip">${chip}</li>`)}
    </ul>
    ${renderActions(event, ctx, ended)}
  </div>`;
}

/** The expanded view's styles, adopted with this module (the list alone never loads them). */
export const styles = [
  mapLinksStyles,
  css`
    /* ---- the expanded view ---- */
    .details {
      grid-column: 1 / -1;
      display: grid;
      gap: calc(var(--_space) * 1.25);
      min-width: 0;
      padding-top: calc(var(--_space) * 1.5);
      border-top: 1px solid var(--_border);
    }

    /* The summary is the card's on a wide card, the expanded view's on a narrow one. (The
       expanded view's rules are all here: the list alone never downloads them.) */
    .summary--details {
      display: none;
    }

    .facts {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      margin: 0;
      font-size: 0.9375em;
    }

    .fact {
      display: grid;
      grid-template-columns: 4em minmax(0, 1fr);
      gap: var(--_space);
    }

    .base:lang(en) .fact {
      grid-template-columns: 6em minmax(0, 1fr);
    }

    .fact dt {
      color: var(--_muted);
    }

    .fact dd {
      margin: 0;
      min-width: 0;
    }

    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .chip {
      padding: 0.4em 0.65em;
      border: 1px solid var(--_border);
      border-radius: 999px;
      color: var(--_muted);
      font-size: 0.8125em;
      line-height: 1.2;
      white-space: nowrap;
      text-box: trim-both cap alphabetic;
    }

    .detail-actions,
    .detail-maps {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }

    .feedback {
      color: var(--_muted);
      font-size: 0.875em;
    }

    @container sx-events (max-width: 480px) {
      .summary--details {
        display: block;
      }
      .fact,
      .base:lang(en) .fact {
        grid-template-columns: minmax(0, 1fr);
        gap: 0;
      }
      .fact dt {
        font-size: 0.8125em;
      }
    }

    @media (forced-colors: active) {
      .chip {
        border: 1px solid CanvasText;
      }
    }
  `,
];
