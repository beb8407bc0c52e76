/**
 * Events as an iCalendar file (RFC 5545) that any calendar app imports: one VEVENT per event,
 * times in UTC (`...Z`, portable: no VTIMEZONE block to get wrong), all-day events as dates
 * (`VALUE=DATE`, the edition's calendar days), text escaped, long lines folded.
 *
 * Sample records carry no marker here: the widgets show one sample notice, and a title prefix
 * would follow the event into people's calendars (issue #15). The feed's `sample` flag stays
 * where it is, in the feed.
 */
import type { Edition, ProgrammeEvent, Term } from './feed/types.js';
import type { Lang } from './time/lang.js';
import { zonedDayKey } from './time/zoned.js';

export interface IcsOptions {
  /** The DTSTAMP of every event: when the file was made. @default new Date() */
  now?: Date;
  /** @default '-//sx-science-week//Programme//ZH' */
  prodId?: string;
  /** Name calendar apps show for the imported calendar. @default the edition's title */
  calendarName?: string;
  /** Language of titles, descriptions and labels. @default 'zh-CN' */
  lang?: Lang;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** Escapes TEXT values (RFC 5545 §3.3.11) and drops control characters the format forbids. */
export function escapeIcsText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, '\\n')
  );
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space,
 * which counts towards their 75. Splits only between characters, never inside a UTF-8 sequence.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** A UTC DATE-TIME value: `20250530T060000Z`. */
export function icsDateTime(instant: Date): string {
  return (
    `${instant.getUTCFullYear()}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

// A URI value is not escaped, so it must be one clean token: no spaces, breaks or controls.
function icsUri(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

const geoNumber = (value: number): string => String(Number(value.toFixed(6)));

const LABELS = {
  'zh-CN': {
    organiser: '主办单位:',
    registration: '报名:',
    required: '需要报名',
    notRequired: '无需报名',
    online: '线上参与:',
    free: '免费',
    price: '费用:',
  },
  en: {
    organiser: 'Organiser: ',
    registration: 'Registration: ',
    required: 'required',
    notRequired: 'not needed',
    online: 'Online: ',
    free: 'Free',
    price: 'Price: ',
  },
} as const;

function termName(terms: readonly Term[], id: string, lang: Lang): string | undefined {
  const term = terms.find((t) => t.id === id);
  return term && (lang === 'en' ? term.en : term.zh);
}

function description(event: ProgrammeEvent, lang: Lang): string {
  const labels = LABELS[lang];
  const en = lang === 'en';
  const summary = (en && event.summaryEn) || event.summary;
  const organiser = (en && event.organiserEn) || event.organiser;
  const registration = event.registration?.required
    ? [labels.required, event.registration.url].filter(Boolean).join(' ')
    : labels.notRequired;
  return [
    summary,
    `${labels.organiser}${organiser}`,
    `${labels.registration}${registration}`,
    // Said only when the feed says it: an absent `free` is unknown, not free.
    event.free === true ? labels.free : undefined,
    event.free === false && event.price ? `${labels.price}${event.price}` : undefined,
    // An on-site event's stream would otherwise be lost: LOCATION holds the venue.
    event.venue && event.online ? `${labels.online}${event.online.url}` : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}

function location(event: ProgrammeEvent, lang: Lang): string | undefined {
  const { venue, online } = event;
  if (venue) {
    const name = (lang === 'en' && venue.nameEn) || venue.name;
    return [name, venue.address].filter(Boolean).join(', ');
  }
  return online?.url;
}

/** A DATE value: `20250524`, the calendar day of `instant` in `timeZone`. */
export function icsDate(instant: Date, timeZone: string): string {
  return zonedDayKey(instant.getTime(), timeZone).replace(/-/g, '');
}

/**
 * DTSTART/DTEND: an all-day event as the days it covers (its end, 00:00 after the last day, is
 * exclusive in the feed as in iCalendar), anything else as UTC instants.
 */
function timeLines(event: ProgrammeEvent, timeZone: string): string[] {
  const start = new Date(event.start);
  const end = new Date(event.end);
  if (event.allDay) {
    return [
      `DTSTART;VALUE=DATE:${icsDate(start, timeZone)}`,
      `DTEND;VALUE=DATE:${icsDate(end, timeZone)}`,
    ];
  }
  return [`DTSTART:${icsDateTime(start)}`, `DTEND:${icsDateTime(end)}`];
}

function eventLines(event: ProgrammeEvent, edition: Edition, lang: Lang, stamp: string): string[] {
  const en = lang === 'en';
  const title = (en && event.titleEn) || event.title;
  const categories = [
    termName(edition.categories, event.category, lang),
    ...event.topics.map((id) => termName(edition.topics, id, lang)),
  ].filter((name): name is string => !!name);
  const where = location(event, lang);
  const url = icsUri(event.url);
  const { venue } = event;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(`${event.id}@${edition.id}.sx-science-week`)}`,
    `DTSTAMP:${stamp}`,
    ...timeLines(event, edition.timeZone),
    `SUMMARY:${escapeIcsText(title)}`,
    `DESCRIPTION:${escapeIcsText(description(event, lang))}`,
    ...(where ? [`LOCATION:${escapeIcsText(where)}`] : []),
    ...(venue?.lat !== undefined && venue.lng !== undefined
      ? [`GEO:${geoNumber(venue.lat)};${geoNumber(venue.lng)}`]
      : []),
    ...(categories.length ? [`CATEGORIES:${categories.map(escapeIcsText).join(',')}`] : []),
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
  ];
}

/**
 * An iCalendar document (CRLF line ends) holding `events`. Each event keeps a stable UID,
 * `<event.id>@<edition.id>.sx-science-week`, so importing an updated file updates, not duplicates.
 * @example const ics = eventsToIcs([event], edition, { now: new Date() });
 */
export function eventsToIcs(
  events: readonly ProgrammeEvent[],
  edition: Edition,
  options: IcsOptions = {},
): string {
  const lang = options.lang ?? 'zh-CN';
  const stamp = icsDateTime(options.now ?? new Date());
  const name = options.calendarName ?? ((lang === 'en' && edition.titleEn) || edition.title);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId ?? '-//sx-science-week//Programme//ZH'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(name)}`,
    // Apps that show times in a calendar's own zone use the edition's, as the widgets do.
    `X-WR-TIMEZONE:${edition.timeZone}`,
    ...events.flatMap((event) => eventLines(event, edition, lang, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

/**
 * A file name for the download: `shanxi-2025.ics`, or `shanxi-2025-<event id>.ics` for one event.
 * Only `a-z 0-9 . _ -` survive, so the name is safe on every file system.
 */
export function icsFileName(
  edition: Pick<Edition, 'id'>,
  event?: Pick<ProgrammeEvent, 'id'>,
): string {
  const base = event ? `${edition.id}-${event.id}` : edition.id;
  const safe = base
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return `${safe || 'events'}.ics`;
}
