/**
 * What a countdown needs only for a date it reads or writes: the reader of an ISO 8601 `to`, the
 * week of an edition without `start` / `end` milestones (the SDK's zone arithmetic), and the short
 * date-and-time of a milestone, an event or an instant ("5月30日 14:00 北京时间"). Imported the
 * first time one is needed, so a countdown to the week (the default) downloads none of them.
 */
import { formatShortDateTime } from '../shared/short-date-time.js';
import type { Lang } from '../shared/i18n.js';

export { parseInstant } from '../../src/time/instant.js';
export { editionSpan } from '../../src/query/edition.js';

/**
 * `instant` in the edition's zone, named when that is China's: `beijingTime` wraps the text
 * ("… 北京时间"); elsewhere the zone is the edition's own and the text stands alone.
 */
export function formatWhen(
  instant: Date,
  lang: Lang,
  timeZone: string,
  beijingTime: (when: string) => string,
): string {
  const text = formatShortDateTime(instant, lang, timeZone);
  return timeZone === 'Asia/Shanghai' ? beijingTime(text) : text;
}
