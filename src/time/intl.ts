import type { Lang } from './lang.js';

// Creating an Intl.DateTimeFormat costs far more than using one: a programme formats thousands of
// times with a handful of (locale, zone, options) combinations, so each is built once.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` for `locale` and `options`. */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The pieces of a displayed date and time, each already localised. */
export interface ZonedParts {
  year: string;
  /** `5` in zh-CN, `May` in en. */
  month: string;
  day: string;
  /** `周五` in zh-CN, `Fri` in en. */
  weekday: string;
  /** Two digits, 24-hour clock. */
  hour: string;
  minute: string;
}

// en-GB: day before month and a 24-hour clock, as the English strings of this project are written.
const LOCALE: Record<Lang, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

/** `instant` as seen on a wall clock in `timeZone`, in words of `lang`. */
export function zonedParts(instant: Date, lang: Lang, timeZone: string): ZonedParts {
  const formatter = dateTimeFormat(LOCALE[lang], {
    timeZone,
    year: 'numeric',
    month: lang === 'en' ? 'short' : 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    numberingSystem: 'latn',
  });
  const parts: ZonedParts = { year: '', month: '', day: '', weekday: '', hour: '', minute: '' };
  for (const { type, value } of formatter.formatToParts(instant)) {
    if (type in parts) parts[type as keyof ZonedParts] = value;
  }
  // Some engines print midnight as "24" even with h23; the wall clock says 00.
  if (parts.hour === '24') parts.hour = '00';
  return parts;
}

/** English or Chinese month name of a month number (1–12), for date ranges. */
export function monthName(month: number, lang: Lang): string {
  if (lang !== 'en') return `${month}月`;
  return dateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}
