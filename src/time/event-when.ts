/**
 * When an event happens, in words a visitor reads at a glance, for the kinds of event a week's
 * programme has besides the ordinary "14:00–16:00": all-day events (全天, never 00:00–23:59),
 * overnight ones (19:00–次日 01:00) and exhibitions that run for days (5月24日–6月8日 · 每天
 * 09:00–17:00). Every view (cards, agenda, static HTML) says it the same way through here.
 */
import type { IsoDate } from '../feed/types.js';
import { formatEventTime, type FormatOptions } from './format.js';
import { zonedParts, type ZonedParts } from './intl.js';
import type { Lang } from './lang.js';
import { toInstant } from './to-instant.js';
import { daysBetween, zonedDayKey } from './zoned.js';

/** The parts of an event its time is read from. */
export interface EventWhen {
  start: string | Date;
  end: string | Date;
  allDay?: boolean;
}

const WORDS = {
  'zh-CN': {
    allDay: '全天',
    daily: (hours: string) => `每天 ${hours}`,
    nextDay: (time: string) => `次日 ${time}`,
    from: (time: string) => `${time} 起`,
    until: (time: string) => `至 ${time}`,
    separator: ' · ',
  },
  en: {
    allDay: 'all day',
    daily: (hours: string) => `daily ${hours}`,
    nextDay: (time: string) => `${time} next day`,
    from: (time: string) => `from ${time}`,
    until: (time: string) => `until ${time}`,
    separator: ' · ',
  },
} as const;

const clock = (parts: ZonedParts) => `${parts.hour}:${parts.minute}`;

function shortDay(parts: ZonedParts, lang: Lang): string {
  return lang === 'en' ? `${parts.day} ${parts.month}` : `${parts.month}月${parts.day}日`;
}

function dayWithWeekday(parts: ZonedParts, lang: Lang): string {
  return lang === 'en'
    ? `${parts.weekday} ${parts.day} ${parts.month}`
    : `${parts.month}月${parts.day}日 ${parts.weekday}`;
}

/** The days an event covers in `timeZone`, first and last inclusive (an all-day end is exclusive). */
export function eventDays(event: EventWhen, timeZone: string): { first: IsoDate; last: IsoDate } {
  const start = toInstant(event.start).getTime();
  const end = toInstant(event.end).getTime();
  const first = zonedDayKey(start, timeZone);
  // The last day holds the event's final moment: an event ending at 00:00 adds no day.
  const last = end > start ? zonedDayKey(end - 1, timeZone) : first;
  return { first, last: last < first ? first : last };
}

/** True when an event covers more than one calendar day in `timeZone`. */
export function isMultiDay(event: EventWhen, timeZone: string): boolean {
  const { first, last } = eventDays(event, timeZone);
  return first !== last;
}

/**
 * The whole span of an event:
 * - `5月30日 周五 14:00–16:00` (one day, as `formatEventTime`);
 * - `5月30日 周五 全天`, `5月24日–6月8日 · 全天` (all day);
 * - `5月30日 周五 19:00–次日 01:00` (ends the next morning, within a day of its start);
 * - `5月24日–6月8日 · 每天 09:00–17:00` (several days, opening and closing at the same hours);
 * - otherwise both ends: `5月30日 周五 18:00 – 6月1日 周日 10:00`.
 * @example formatEventWhen({ start, end, allDay: true }, { timeZone: 'Asia/Shanghai', lang: 'en' }) // 'Fri 30 May, all day'
 */
export function formatEventWhen(event: EventWhen, options: FormatOptions): string {
  const { lang = 'zh-CN', timeZone } = options;
  const words = WORDS[lang];
  const start = toInstant(event.start);
  const end = toInstant(event.end);
  const first = zonedParts(start, lang, timeZone);
  const { first: firstDay, last: lastDay } = eventDays(event, timeZone);
  const span = daysBetween(firstDay, lastDay);
  if (event.allDay) {
    if (span === 0)
      return `${dayWithWeekday(first, lang)}${lang === 'en' ? ', ' : ' '}${words.allDay}`;
    const last = zonedParts(new Date(end.getTime() - 1), lang, timeZone);
    return `${shortDay(first, lang)}–${shortDay(last, lang)}${words.separator}${words.allDay}`;
  }
  if (span === 0) return formatEventTime(start, end, options);
  const last = zonedParts(end, lang, timeZone);
  const opens = clock(first);
  const closes = clock(last);
  const overnight = span === 1 && end.getTime() - start.getTime() < 86_400_000;
  if (overnight) {
    return `${dayWithWeekday(first, lang)}${lang === 'en' ? ', ' : ' '}${opens}–${words.nextDay(closes)}`;
  }
  if (opens < closes) {
    return `${shortDay(first, lang)}–${shortDay(last, lang)}${words.separator}${words.daily(`${opens}–${closes}`)}`;
  }
  return formatEventTime(start, end, options);
}

/**
 * The time of an event on one of its days, for an agenda that lists it under each day it runs:
 * an exhibition that began on 24 May shows `每天 09:00–17:00`, not `09:00`, on 30 May.
 * On a day the event does not cover, the same as `formatEventWhen`.
 */
export function formatEventOnDay(event: EventWhen, day: IsoDate, options: FormatOptions): string {
  const { lang = 'zh-CN', timeZone } = options;
  const words = WORDS[lang];
  const { first: firstDay, last: lastDay } = eventDays(event, timeZone);
  if (day < firstDay || day > lastDay) return formatEventWhen(event, options);
  if (event.allDay) return words.allDay;
  const start = zonedParts(toInstant(event.start), lang, timeZone);
  const end = zonedParts(toInstant(event.end), lang, timeZone);
  const opens = clock(start);
  const closes = clock(end);
  if (firstDay === lastDay) return opens === closes ? opens : `${opens}–${closes}`;
  const span = daysBetween(firstDay, lastDay);
  const endsAt = toInstant(event.end).getTime();
  const overnight = span === 1 && endsAt - toInstant(event.start).getTime() < 86_400_000;
  if (overnight)
    return day === firstDay ? `${opens}–${words.nextDay(closes)}` : words.until(closes);
  if (opens < closes) return words.daily(`${opens}–${closes}`);
  if (day === firstDay) return words.from(opens);
  if (day === lastDay) return words.until(closes);
  return words.allDay;
}
