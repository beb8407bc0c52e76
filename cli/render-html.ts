/**
 * A static, script-free HTML rendering of the programme, grouped by day, for partners to paste
 * inside `<sx-events>` (shown before the element loads, or without scripts) and for search
 * engines. The only `<script>` is schema.org JSON-LD: data, not code, with `<` escaped so no value
 * can close it. Every text is HTML-escaped; only http(s)/mailto/tel URLs become links.
 */
import type { Edition, ProgrammeEvent, Term } from '../src/feed/types.js';
import { safeUrl, safeWebUrl } from '../src/feed/safe-url.js';
import { regionCity } from '../src/query/division.js';
import { groupEventsByDay } from '../src/query/events.js';
import { formatEventOnDay } from '../src/time/event-when.js';
import { formatDay } from '../src/time/format.js';
import type { Lang } from '../src/time/lang.js';
import { zonedDayKey } from '../src/time/zoned.js';
import { MESSAGES } from './messages.js';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON safe inside `<script>`: `<`, `>` and `&` as `\u003c`… so `</script>` or `<!--` in a value
 * cannot end the block, and U+2028/2029 escaped for old JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const pick = (lang: Lang, zh: string, en: string | undefined) => (lang === 'en' && en) || zh;

function termName(terms: Term[], id: string, lang: Lang): string {
  const term = terms.find((t) => t.id === id);
  return term ? pick(lang, term.zh, term.en) : id;
}

function cityName(edition: Edition, code: string, lang: Lang): string {
  const city = regionCity(edition, code);
  return city ? pick(lang, city.short, city.nameEn) : code;
}

function link(href: string | undefined, text: string): string {
  const url = href === undefined ? undefined : safeUrl(href);
  return url
    ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`
    : escapeHtml(text);
}

/** One event under one of its days: a week-long exhibition says 每天 09:00–17:00 or 全天 there. */
function renderEvent(event: ProgrammeEvent, day: string, edition: Edition, lang: Lang): string {
  const t = MESSAGES[lang].html;
  const title = pick(lang, event.title, event.titleEn);
  const summary = lang === 'en' ? (event.summaryEn ?? event.summary) : event.summary;
  const where = [
    cityName(edition, event.city, lang),
    event.venue && pick(lang, event.venue.name, event.venue.nameEn),
    event.online && (event.online.platform ?? t.online),
  ].filter(Boolean) as string[];
  const facts = [
    termName(edition.categories, event.category, lang),
    event.free === true ? t.free : event.free === false ? (event.price ?? t.paid) : undefined,
    event.registration?.required ? link(event.registration.url, t.registration) : undefined,
    event.sample ? t.sample : undefined,
  ].filter(Boolean);
  const time = formatEventOnDay(event, day, { lang, timeZone: edition.timeZone });
  const organiser = pick(lang, event.organiser, event.organiserEn);
  return [
    // The id goes on the event's first day only: an id is unique in a page.
    `<li class="sx-event"${day === firstDay(event, edition) ? ` id="sx-event-${escapeHtml(event.id)}"` : ''}>`,
    `<h4>${link(event.url, title)}</h4>`,
    `<p><time datetime="${escapeHtml(event.start)}">${escapeHtml(time)}</time> · ${where.map(escapeHtml).join(' · ')}</p>`,
    summary ? `<p>${escapeHtml(summary)}</p>` : '',
    `<p>${[escapeHtml(organiser), ...facts.map((f) => (f!.startsWith('<a ') ? f! : escapeHtml(f!)))].join(' · ')}</p>`,
    '</li>',
  ]
    .filter(Boolean)
    .join('\n');
}

const firstDay = (event: ProgrammeEvent, edition: Edition) =>
  zonedDayKey(Date.parse(event.start), edition.timeZone);

/** schema.org `Event` for one record (https://schema.org/Event). */
export function eventJsonLd(event: ProgrammeEvent, lang: Lang): Record<string, unknown> {
  const places: Record<string, unknown>[] = [];
  if (event.venue) {
    const place: Record<string, unknown> = {
      '@type': 'Place',
      name: pick(lang, event.venue.name, event.venue.nameEn),
    };
    if (event.venue.address) place.address = event.venue.address;
    if (event.venue.lat !== undefined && event.venue.lng !== undefined) {
      place.geo = {
        '@type': 'GeoCoordinates',
        latitude: event.venue.lat,
        longitude: event.venue.lng,
      };
    }
    places.push(place);
  }
  const onlineUrl = event.online && safeUrl(event.online.url);
  if (onlineUrl) places.push({ '@type': 'VirtualLocation', url: onlineUrl });
  const mode = event.venue && onlineUrl ? 'Mixed' : onlineUrl ? 'Online' : 'Offline';
  const ld: Record<string, unknown> = {
    '@type': 'Event',
    '@id': `#sx-event-${event.id}`,
    name: pick(lang, event.title, event.titleEn),
    startDate: event.start,
    endDate: event.end,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
    location: places.length === 1 ? places[0] : places,
    organizer: { '@type': 'Organization', name: pick(lang, event.organiser, event.organiserEn) },
    isAccessibleForFree: event.free,
    inLanguage: lang,
  };
  const description = lang === 'en' ? (event.summaryEn ?? event.summary) : event.summary;
  if (description) ld.description = description;
  const url = event.url && safeUrl(event.url);
  if (url) ld.url = url;
  const image = event.image && safeWebUrl(event.image.src);
  if (image) ld.image = image;
  return ld;
}

export interface RenderOptions {
  lang: Lang;
}

/** The programme as an HTML fragment (no `<html>`/`<body>`: it goes inside a partner's page). */
export function renderProgrammeHtml(
  events: readonly ProgrammeEvent[],
  edition: Edition,
  options: RenderOptions,
): string {
  const { lang } = options;
  const t = MESSAGES[lang].html;
  const heading = `${pick(lang, edition.title, edition.titleEn)} · ${t.programme}`;
  // Every day an event runs, not only its first: a week-long exhibition is on each of them.
  const days = groupEventsByDay(events, edition.timeZone, { eachDay: true }).map(
    ({ day, events: list }) =>
      [
        `<section class="sx-day" data-day="${escapeHtml(day)}">`,
        `<h3><time datetime="${escapeHtml(day)}">${escapeHtml(formatDay(day, { lang, timeZone: edition.timeZone }))}</time></h3>`,
        '<ul>',
        ...list.map((event) => renderEvent(event, day, edition, lang)),
        '</ul>',
        '</section>',
      ].join('\n'),
  );
  const graph = {
    '@context': 'https://schema.org',
    '@graph': events.map((e) => eventJsonLd(e, lang)),
  };
  return [
    `<section class="sx-programme" lang="${lang}" data-edition="${escapeHtml(edition.id)}">`,
    `<h2>${escapeHtml(heading)}</h2>`,
    ...(days.length > 0 ? days : [`<p>${escapeHtml(t.noEvents)}</p>`]),
    `<script type="application/ld+json">${jsonForScript(graph)}</script>`,
    '</section>',
    '',
  ].join('\n');
}
