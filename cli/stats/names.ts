/** Row and column names in the reader's language, shared by the three renderers. */
import type { Lang } from '../messages.js';
import { ORGANISER_MESSAGES } from '../messages-organiser.js';
import type { StatsRow, StatsTable } from './compute.js';

/**
 * Short weekday names, Sunday first, as `Intl.DateTimeFormat(lang, { weekday: 'short' })` writes
 * them (a test compares): the first Intl date format loads ICU's data, 35–50 ms of the command.
 */
const WEEKDAYS: Record<Lang, readonly string[]> = {
  'zh-CN': ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/** `5月24日 周六` / `Sat 24 May`: a day key is a calendar date, so it is read in UTC. */
export function dayName(key: string, lang: Lang): string {
  const date = new Date(`${key}T00:00:00Z`);
  const weekday = WEEKDAYS[lang][date.getUTCDay()];
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  return lang === 'en'
    ? `${weekday} ${day} ${MONTHS_EN[month]}`
    : `${month + 1}月${day}日 ${weekday}`;
}

const MONTHS_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

export function rowName(table: StatsTable, row: StatsRow, lang: Lang): string {
  if (row.label) return lang === 'en' ? row.label.en : row.label.zh;
  if (table.id === 'day') return dayName(row.key, lang);
  return ORGANISER_MESSAGES[lang].stats.fixed[row.key] ?? row.key;
}

/** Tables whose rows may add up to more than the total (a record under several rows). */
export const SEVERAL = new Set(['topic', 'audience', 'honour']);
