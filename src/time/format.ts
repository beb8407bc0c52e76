import type { IsoDate } from '../feed/types.js';
import { toInstant } from './to-instant.js';
import { zonedParts, type ZonedParts } from './intl.js';
import type { Lang } from './lang.js';
import { addZonedDays, isIsoDate, startOfZonedDay, zonedDayKey } from './zoned.js';

/** Where and in which language to show a time. */
export interface FormatOptions {
  /** @default 'zh-CN' */
  lang?: Lang;
  /** IANA zone the wall-clock times are shown in (normally the edition's). */
  timeZone: string;
}

export interface FormatDayOptions extends FormatOptions {
  /** Add the year. @default false */
  year?: boolean;
}

type Instantish = Date | string | number;

function dayText(parts: ZonedParts, lang: Lang, withYear = false): string {
  if (lang === 'en') {
    return `${parts.weekday} ${parts.day} ${parts.month}${withYear ? ` ${parts.year}` : ''}`;
  }
  return `${withYear ? `${parts.year}年` : ''}${parts.month}月${parts.day}日 ${parts.weekday}`;
}

const timeText = (parts: ZonedParts): string => `${parts.hour}:${parts.minute}`;

// en: "Fri 30 May, 14:00"; zh: "5月30日 周五 14:00".
const joinDayTime = (day: string, time: string, lang: Lang): string =>
  lang === 'en' ? `${day}, ${time}` : `${day} ${time}`;

/**
 * The day of an instant (or the `YYYY-MM-DD` day itself) in `timeZone`.
 * @example formatDay('2025-05-30T14:00:00+08:00', { timeZone: 'Asia/Shanghai' }) // '5月30日 周五'
 * @example formatDay('2025-05-30', { lang: 'en', timeZone: 'Asia/Shanghai' }) // 'Fri 30 May'
 */
export function formatDay(value: Instantish | IsoDate, options: FormatDayOptions): string {
  const { lang = 'zh-CN', timeZone, year = false } = options;
  const instant = isIsoDate(value) ? startOfZonedDay(value, timeZone) : toInstant(value);
  return dayText(zonedParts(instant, lang, timeZone), lang, year);
}

/** The wall-clock time of an instant in `timeZone`, 24-hour: `14:00`. */
export function formatTime(value: Instantish, options: FormatOptions): string {
  return timeText(zonedParts(toInstant(value), options.lang ?? 'zh-CN', options.timeZone));
}

/**
 * When an event takes place, in `timeZone`: the day once when it starts and ends on the same day.
 * An event ending at midnight ends "24:00" on its start day rather than "00:00" the next.
 * @example formatEventTime(start, end, { timeZone: 'Asia/Shanghai' }) // '5月30日 周五 14:00–16:00'
 * @example formatEventTime(start, end, { lang: 'en', timeZone: 'Asia/Shanghai' }) // 'Fri 30 May, 14:00–16:00'
 * @example // across days: '5月30日 周五 14:00 – 5月31日 周六 12:00'
 */
export function formatEventTime(
  start: Instantish,
  end: Instantish,
  options: FormatOptions,
): string {
  const { lang = 'zh-CN', timeZone } = options;
  const from = toInstant(start);
  const to = toInstant(end);
  const first = zonedParts(from, lang, timeZone);
  const startDay = zonedDayKey(from, timeZone);
  const sameDay = zonedDayKey(to, timeZone) === startDay;
  const endsAtMidnight =
    !sameDay &&
    to.getTime() === addZonedDays(startOfZonedDay(from, timeZone), 1, timeZone).getTime();
  if (sameDay || endsAtMidnight) {
    const last = endsAtMidnight ? '24:00' : timeText(zonedParts(to, lang, timeZone));
    const range = to.getTime() === from.getTime() ? timeText(first) : `${timeText(first)}–${last}`;
    return joinDayTime(dayText(first, lang), range, lang);
  }
  const second = zonedParts(to, lang, timeZone);
  return `${joinDayTime(dayText(first, lang), timeText(first), lang)} – ${joinDayTime(
    dayText(second, lang),
    timeText(second),
    lang,
  )}`;
}

// Its own module, so a page that only shows an edition's dates (a countdown) loads no more.
export { formatDateRange } from './date-range.js';
