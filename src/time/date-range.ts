import type { IsoDate } from '../feed/types.js';
import type { Lang } from './lang.js';

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** English or Chinese month name of a month number (1–12). */
export function monthName(month: number, lang: Lang): string {
  return lang === 'en' ? (MONTHS[month - 1] ?? String(month)) : `${month}月`;
}

function splitDate(day: IsoDate): [year: number, month: number, date: number] {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return [year, month, date];
}

/**
 * A span of calendar days (both inclusive, `YYYY-MM-DD`), e.g. an edition's dates. No time zone is
 * involved: the days are already the edition's.
 * @example formatDateRange('2025-05-24', '2025-06-08', 'zh-CN') // '2025年5月24日至6月8日'
 * @example formatDateRange('2025-05-24', '2025-05-31', 'en') // '24–31 May 2025'
 */
export function formatDateRange(start: IsoDate, end: IsoDate, lang: Lang = 'zh-CN'): string {
  const [y1, m1, d1] = splitDate(start);
  const [y2, m2, d2] = splitDate(end);
  if (lang === 'en') {
    const tail = `${d2} ${monthName(m2, lang)} ${y2}`;
    if (start === end) return tail;
    if (y1 !== y2) return `${d1} ${monthName(m1, lang)} ${y1} – ${tail}`;
    if (m1 !== m2) return `${d1} ${monthName(m1, lang)} – ${tail}`;
    return `${d1}–${tail}`;
  }
  const head = `${y1}年${m1}月${d1}日`;
  if (start === end) return head;
  if (y1 !== y2) return `${head}至${y2}年${m2}月${d2}日`;
  if (m1 !== m2) return `${head}至${m2}月${d2}日`;
  return `${head}至${d2}日`;
}
