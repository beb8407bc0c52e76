/**
 * One facility in the list (the widget's primary view): what it is, who hosts it, where, its
 * coming openings with booking details, contact, and links that open AMap or Baidu Maps at it.
 * A render function, not an element: the list's keyed repeat keeps focus.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Edition, Lab, LabOpening } from '../../src/feed/types.js';
import { formatEventTime } from '../../src/time/format.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isolate } from '../shared/bidi.js';
import { localized, type Lang } from '../shared/i18n.js';
import { termName } from '../shared/term-name.js';
import { phrases } from '../shared/phrases.js';
import { renderHeading } from '../shared/heading.js';
import { cityName, regionCity } from '../shared/region.js';
import { renderMapLinks } from '../shared/map-links.js';
import { safeLink } from '../shared/safe-link.js';
import { renderSampleMarker } from '../shared/states.js';
import type { LabChoice } from './lab-choice.js';
import type { LabMapMessages } from './lab-map.messages.js';

export interface EntryContext {
  lang: Lang;
  t: LabMapMessages;
  edition: Edition;
  now: Date;
  headingLevel: number;
  /** Show the "show on map" button (not in the list-only view). */
  withMap: boolean;
  /** The chosen facility is marked; "show on map" chooses it on the map. */
  choice: Pick<LabChoice, 'selectedId' | 'showOnMap'>;
}

/**
 * Feed text in the UI language when the feed has it; Chinese-only text in an English widget is
 * marked as Chinese (WCAG 3.1.2), and wraps between phrases, not inside words or brackets.
 */
function feedText(lang: Lang, zh: string, en: string | undefined): TemplateResult {
  // Isolated: the trusted city name printed after a host must keep its place (bidi controls).
  if (lang === 'en' && en) return isolate(en);
  return html`<span class="sx-phrases" lang=${ifDefined(lang === 'en' ? 'zh-CN' : undefined)}
    >${phrases(zh)}</span
  >`;
}

/** Between the parts of a line, in both languages. */
const SEP = ' · ';

/**
 * A term that never breaks inside ("限 30 人", "Booking required"): its spaces no-break, and the
 * terms' line keeps Chinese words whole (`.terms`), so it breaks only beside the dots. One text
 * node for the terms instead of a template per term (#16: 3 fewer template instances, ~20 fewer
 * nodes, per opening in the first render).
 */
const whole = (term: string): string => term.replace(/ /g, '\u00a0');

function renderOpening(opening: LabOpening, lab: Lab, ctx: EntryContext): TemplateResult {
  const { lang, t, edition, now } = ctx;
  const booking = opening.booking;
  const ongoing =
    Date.parse(opening.start) <= now.getTime() && Date.parse(opening.end) > now.getTime();
  const terms = [
    t.free,
    booking?.required ? t.bookingRequired : t.noBooking,
    ...(booking?.capacity ? [t.capacity(booking.capacity)] : []),
  ];
  const name = localized(lang, lab.name, lab.nameEn);
  return html`<li part="opening" class="opening">
    <time class="sx-nowrap" datetime=${opening.start}
      >${formatEventTime(opening.start, opening.end, { lang, timeZone: edition.timeZone })}</time
    >
    ${ongoing ? html`<span part="status-open" class="badge badge--open">${t.onNow}</span>` : nothing}
    <span class="terms"
      >${terms.map(whole).join(SEP)}${
        // In the terms' group: where the time fills the line, "预约" wraps with the terms, not alone.
        booking?.url
          ? html` ${safeLink({
              url: booking.url,
              text: t.book,
              lang,
              part: 'book',
              className: 'book',
              label: t.about(t.book, name),
            })}`
          : nothing
      }</span
    >
    ${
      opening.notes
        ? html`<span class="notes">${feedText(lang, opening.notes, opening.notesEn)}</span>`
        : nothing
    }
  </li>`;
}

/**
 * A detail whose kind the layout shows (a line under the name, a muted footer): its label is
 * read by screen readers only, so the card reads like a card, not a form.
 */
const labelled = (label: string, value: unknown, className: string) =>
  html`<span class=${className}><span class="sx-visually-hidden">${label}: </span>${value}</span>`;

function renderContact(lab: Lab, ctx: EntryContext): TemplateResult | typeof nothing {
  const { t, lang } = ctx;
  const { phone, email } = lab.contact ?? {};
  if (!phone && !email) return nothing;
  return html`<span class="contact"
    >${
      phone
        ? html`<span class="sx-nowrap"
            >${t.phone}
            ${safeLink({
              url: `tel:${phone.replace(/[^\d+]/g, '')}`,
              text: phone,
              lang,
              part: 'contact-link',
            })}</span
          >`
        : nothing
    }${phone && email ? html`<span aria-hidden="true">${SEP}</span>` : nothing}${
      email
        ? html`<span
            >${t.email}
            ${safeLink({
              url: `mailto:${email}`,
              text: email,
              lang,
              part: 'contact-link',
            })}</span
          >`
        : nothing
    }</span
  >`;
}

/**
 * The facility's page, then the map-links group: one line on a card of a wide page; where the
 * line is too short, the group wraps whole to a line of its own.
 */
function renderActions(lab: Lab, ctx: EntryContext): TemplateResult {
  const { t, lang } = ctx;
  const name = localized(lang, lab.name, lab.nameEn);
  const place = {
    lat: lab.location.lat,
    lng: lab.location.lng,
    name,
    ...(lab.location.address && {
      address: localized(lang, lab.location.address, lab.location.addressEn),
    }),
  };
  return html`<div part="actions" class="actions">
    ${
      lab.url
        ? safeLink({
            url: lab.url,
            text: t.details,
            lang,
            part: 'details',
            className: 'sx-button',
            label: t.about(t.details, name),
          })
        : nothing
    }
    ${renderMapLinks({ place, lang, linkPart: (provider) => `navigate navigate-${provider}` })}
  </div>`;
}

/** The list item of `lab`. */
export function renderLabEntry(
  lab: Lab,
  openings: LabOpening[],
  ctx: EntryContext,
): TemplateResult {
  const { lang, t, edition } = ctx;
  const city = regionCity(edition, lab.city);
  const summary = lab.summary ? feedText(lang, lab.summary, lab.summaryEn) : undefined;
  const selected = ctx.choice.selectedId === lab.id;
  const titleId = `lab-${lab.id}`;
  const address = lab.location.address
    ? feedText(lang, lab.location.address, lab.location.addressEn)
    : undefined;
  return html`<li part=${selected ? 'item item-selected' : 'item'} class="item" data-lab=${lab.id}>
    <article class="card" tabindex="-1" aria-labelledby=${titleId} ?data-selected=${selected}>
      <p class="badges">
        <span part="kind" class="badge">${termName(edition.labKinds, lab.kind, lang)}</span>
        ${lab.sample ? renderSampleMarker(lang) : nothing}
      </p>
      ${renderHeading(
        { level: ctx.headingLevel, part: 'item-title', className: 'title', id: titleId },
        feedText(lang, lab.name, lab.nameEn),
      )}
      <p part="item-meta" class="meta">
        ${labelled(
          t.host,
          html`${feedText(lang, lab.host, lab.hostEn)}${
            city
              ? html`<span aria-hidden="true">${SEP}</span
                  ><strong class="city sx-nowrap">${cityName(city, lang)}</strong>`
              : nothing
          }`,
          'host',
        )}<br />${
          address || lab.location.precise === false
            ? labelled(
                t.address,
                html`${address ?? nothing}${
                  lab.location.precise === false
                    ? html` <span class="approx sx-nowrap">${t.approximate}</span>`
                    : nothing
                }`,
                'address',
              )
            : nothing
        }${
          // "Show on map" after the address, where the place is: among the actions it would push
          // their one line to two on a card of a wide page.
          ctx.withMap
            ? html` <button
                part="show-on-map"
                class="on-map"
                type="button"
                aria-label=${t.about(t.showOnMap, localized(lang, lab.name, lab.nameEn))}
                @click=${() => ctx.choice.showOnMap(lab)}
              >
                ${t.showOnMap}
              </button>`
            : nothing
        }
      </p>
      ${summary ? html`<p part="item-summary" class="summary">${summary}</p>` : nothing}
      <div part="openings" class="openings">
        <p class="openings-label">${t.openings}</p>
        ${
          openings.length
            ? html`<ul class="opening-list" role="list">
                ${openings.map((opening) => renderOpening(opening, lab, ctx))}
              </ul>`
            : html`<p class="muted">${t.noComingOpenings}</p>`
        }
      </div>
      ${
        lab.topics.length || lab.contact?.phone || lab.contact?.email
          ? html`<p class="extra">
              ${
                lab.topics.length
                  ? labelled(
                      t.topics,
                      lab.topics
                        .map((id) => termName(edition.topics, id, lang))
                        .join(lang === 'en' ? ', ' : '、'),
                      'topics',
                    )
                  : nothing
              }
              ${renderContact(lab, ctx)}
            </p>`
          : nothing
      }
      ${renderActions(lab, ctx)}
    </article>
  </li>`;
}
