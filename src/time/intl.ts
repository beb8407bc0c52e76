import { isTimeZone, offsetAt } from '../feed/zone-offset.js';
import type { Lang } from './lang.js';

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

// The words `Intl.DateTimeFormat` gives for zh-CN and en-GB (day before month, 24-hour clock, as
// the English strings of this project are written), CLDR 48 (Node 20, Chromium 156):
// test/sdk/time-without-intl.test.ts compares them with the platform's for every month and
// weekday, so an ICU that changes one fails there. (en-GB abbreviates September to four letters.)
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' ');
const weekday = (day: number, lang: Lang): string =>
  lang === 'en'
    ? 'SunMonTueWedThuFriSat'.slice(day * 3, day * 3 + 3)
    : `周${'日一二三四五六'[day]}`;
const twoDigits = (n: number): string => (n < 10 ? '0' : '') + n;

/**
 * `instant` as seen on a wall clock in `timeZone`, in words of `lang`. Computed from the zone's
 * offset at that instant (src/feed/zone-offset.ts), not with `Intl.DateTimeFormat`: the first
 * one a page makes loads ICU's locale and zone data, ~100 ms of a phone's main thread (CPU 4×),
 * which was the longest piece of a widget's first render. For the edition's zone (Asia/Shanghai,
 * fixed at +08:00 since 1992) no Intl is used at all; other zones read their offset through Intl,
 * one cached formatter each. An unknown zone throws a `RangeError`, as Intl would.
 * `instant` is a valid date (callers read it with `toInstant`).
 */
export function zonedParts(instant: Date, lang: Lang, timeZone: string): ZonedParts {
  const ms = instant.getTime();
  if (!isTimeZone(timeZone)) throw new RangeError(`Invalid time zone: ${timeZone}`);
  const wall = new Date(ms + offsetAt(ms, timeZone) * 60_000);
  const month = wall.getUTCMonth();
  return {
    year: String(wall.getUTCFullYear()),
    month: lang === 'en' ? MONTHS[month]! : String(month + 1),
    day: String(wall.getUTCDate()),
    weekday: weekday(wall.getUTCDay(), lang),
    hour: twoDigits(wall.getUTCHours()),
    minute: twoDigits(wall.getUTCMinutes()),
  };
}
