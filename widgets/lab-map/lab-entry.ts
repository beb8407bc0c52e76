/**
 * One facility in the list (the widget's primary view): what it is, who hosts it, where, its
 * coming openings with booking details, contact, and links that open AMap or Baidu Maps at it.
 * A render function, not an element: the list's keyed repeat keeps focus.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Edition, Lab, LabOpening } from '../../src/feed/types.js';
import { formatEventTime } from '../../src/time/format.js';
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
 * marked as Chinese (WCAG 3.1.2), and wraps between phrases, not inside words or brackets. The
 * attributes of the element that holds it, for a card's own template: one element with three
 * attribute bindings instead of a nested template (#16 lab12: each distinct template is a
 * `<template>` parse and a tree walk on the first render, each use a clone). English text gets
 * `dir="auto"`, what `<bdi>` gave it; every span is a bidi isolate (`bidiStyles`), so the
 * trusted city printed after a host keeps its place. Empty text gets no class (no phrases).
 */
interface FeedText {
  text: ReturnType<typeof phrases>;
  className: string | typeof nothing;
  lang: string | typeof nothing;
  dir: 'auto' | typeof nothing;
}

function feedParts(lang: Lang, zh: string | undefined, en: string | undefined): FeedText {
  if (lang === 'en' && en) return { text: en, className: nothing, lang: nothing, dir: 'auto' };
  if (!zh) return { text: '', className: nothing, lang: nothing, dir: nothing };
  return {
    text: phrases(zh),
    className: 'sx-phrases',
    lang: lang === 'en' ? 'zh-CN' : nothing,
    dir: nothing,
  };
}

/** Feed text in an element of its own, where no template of the caller holds one (the title). */
function feedText(lang: Lang, zh: string, en: string | undefined): TemplateResult {
  const f = feedParts(lang, zh, en);
  return html`<span class=${f.className} lang=${f.lang} dir=${f.dir}>${f.text}</span>`;
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
  const notes = opening.notes ? feedParts(lang, opening.notes, opening.notesEn) : undefined;
  return html`<li part="opening" class="opening">
    <time class="sx-nowrap" datetime=${opening.start}
      >${formatEventTime(opening.start, opening.end, { lang, timeZone: edition.timeZone })}</time
    >
    ${ongoing ? html`<span part="status-open" class="badge badge--open">${t.onNow}</span>` : nothing}
    <span class="terms"
      >${terms.map(whole).join(SEP)}${
        // In the terms' group: where the time fills the line, "预约" wraps with the terms, not alone.
        booking?.url
          ? [
              ' ',
              safeLink({
                url: booking.url,
                text: t.book,
                lang,
                part: 'book',
                className: 'book',
                label: t.about(t.book, name),
              }),
            ]
          : nothing
      }</span
    >
    ${
      notes
        ? html`<span class="notes"
            ><span class=${notes.className} lang=${notes.lang} dir=${notes.dir}
              >${notes.text}</span
            ></span
          >`
        : nothing
    }
  </li>`;
}

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
 * The list item of `lab`: one template for what every card has (#16 lab12: the first content
 * frame's script was mostly Lit preparing ~20 small templates per card and cloning ~45
 * instances). What most cards have is written out here, bound as text and attributes; a part a
 * card may lack is emptied or `hidden` (neither a box nor read: `lab-map.styles.ts` makes
 * `[hidden]` win over any `display`), and a hidden element's `part` is left off, so a page's
 * `::part()` rules never find an empty one. Templates remain for what is rare (contact, "on
 * now", the sample marker, an opening's notes), what repeats (an opening), and what must be
 * absent rather than hidden (the openings list or its "none" line: the panel ends under it).
 *
 * The detail whose kind the layout shows (a line under the name, a muted footer) has its label
 * for screen readers only, so the card reads like a card, not a form. The actions line: the
 * facility's page, then the map-links group, one line on a card of a wide page; where the line is
 * too short, the group wraps whole to a line of its own.
 */
export function renderLabEntry(
  lab: Lab,
  openings: LabOpening[],
  ctx: EntryContext,
): TemplateResult {
  const { lang, t, edition } = ctx;
  const city = regionCity(edition, lab.city);
  const name = localized(lang, lab.name, lab.nameEn);
  const summary = feedParts(lang, lab.summary, lab.summary && lab.summaryEn);
  const selected = ctx.choice.selectedId === lab.id;
  const titleId = `lab-${lab.id}`;
  const host = feedParts(lang, lab.host, lab.hostEn);
  const { address: zhAddress, addressEn, precise } = lab.location;
  const address = feedParts(lang, zhAddress, zhAddress && addressEn);
  const approximate = precise === false;
  const topics = lab.topics
    .map((id) => termName(edition.topics, id, lang))
    .join(lang === 'en' ? ', ' : '、');
  const place = {
    lat: lab.location.lat,
    lng: lab.location.lng,
    name,
    ...(zhAddress && { address: localized(lang, zhAddress, addressEn) }),
  };
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
        <span class="host"
          ><span class="sx-visually-hidden">${t.host}: </span
          ><span class=${host.className} lang=${host.lang} dir=${host.dir}>${host.text}</span
          ><span aria-hidden="true">${city ? SEP : ''}</span
          ><strong class="city sx-nowrap">${city ? cityName(city, lang) : ''}</strong></span
        ><br /><span class="address" ?hidden=${!zhAddress && !approximate}
          ><span class="sx-visually-hidden">${t.address}: </span
          ><span class=${address.className} lang=${address.lang} dir=${address.dir}
            >${address.text}</span
          >${approximate ? ' ' : ''}<span class="approx sx-nowrap"
            >${approximate ? t.approximate : ''}</span
          ></span
        >${
          // "Show on map" after the address, where the place is: among the actions it would push
          // their one line to two on a card of a wide page. Hidden, without its part, in the
          // list view (no map to show it on).
          ctx.withMap ? ' ' : ''
        }<button
          part=${ctx.withMap ? 'show-on-map' : nothing}
          class="on-map"
          type="button"
          ?hidden=${!ctx.withMap}
          aria-label=${t.about(t.showOnMap, name)}
          @click=${() => ctx.choice.showOnMap(lab)}
        >
          ${t.showOnMap}
        </button>
      </p>
      <p part=${lab.summary ? 'item-summary' : nothing} class="summary" ?hidden=${!lab.summary}>
        <span class=${summary.className} lang=${summary.lang} dir=${summary.dir}
          >${summary.text}</span
        >
      </p>
      <div part="openings" class="openings">
        <p class="openings-label">${t.openings}</p>
        ${
          // Not hidden but absent: the panel ends under its last line (lab-map-layout.test.ts).
          openings.length
            ? html`<ul class="opening-list" role="list">
                ${openings.map((opening) => renderOpening(opening, lab, ctx))}
              </ul>`
            : html`<p class="muted">${t.noComingOpenings}</p>`
        }
      </div>
      ${
        topics || lab.contact?.phone || lab.contact?.email
          ? html`<p class="extra">
              <span class="topics" ?hidden=${!topics}
                ><span class="sx-visually-hidden">${t.topics}: </span>${topics}</span
              >
              ${renderContact(lab, ctx)}
            </p>`
          : nothing
      }
      <div part="actions" class="actions">
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
      </div>
    </article>
  </li>`;
}
