import { tzOffset } from '@date-fns/tz/tzOffset';
import type { Lang } from './lang.js';

// Chinese readers call the zone of the whole country 北京时间, not the CLDR name 中国标准时间.
const BEIJING_TIME_ZONES = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Harbin', 'PRC']);

/**
 * The offset from UTC of `timeZone` at `at`: `UTC+8`, `UTC-7`, `UTC+5:30`, `UTC`.
 */
export function utcOffsetLabel(timeZone: string, at: Date = new Date()): string {
  const minutes = tzOffset(timeZone, at);
  if (!minutes) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

// Creating an Intl.DateTimeFormat costs far more than using one: one per zone and language.
const formatters = new Map<string, Intl.DateTimeFormat>();

function longZoneName(timeZone: string, lang: Lang, at: Date): string | undefined {
  const key = `${lang}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'zh-CN', {
      timeZone,
      timeZoneName: 'long',
    });
    formatters.set(key, formatter);
  }
  const name = formatter.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  // Zones without a CLDR name come back as "GMT+08:00": the offset label says it better.
  return name && !/^(GMT|UTC)([+-−]|$)/.test(name) ? name : undefined;
}

/**
 * A reader's name for `timeZone` at `at` (the name can change with daylight saving).
 * @example zoneLabel('Asia/Shanghai', 'zh-CN') // '北京时间'
 * @example zoneLabel('Asia/Shanghai', 'en') // 'China Standard Time (UTC+8)'
 * @example zoneLabel('America/Los_Angeles', 'zh-CN', summer) // '北美太平洋夏令时间(UTC-7)'
 */
export function zoneLabel(timeZone: string, lang: Lang = 'zh-CN', at: Date = new Date()): string {
  if (lang !== 'en' && BEIJING_TIME_ZONES.has(timeZone)) return '北京时间';
  const offset = utcOffsetLabel(timeZone, at);
  const name = longZoneName(timeZone, lang, at);
  if (!name) return offset;
  return lang === 'en' ? `${name} (${offset})` : `${name}(${offset})`;
}
