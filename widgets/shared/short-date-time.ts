/**
 * A short date-and-time in a zone. Apart from `i18n.ts`, which every widget loads: it brings Intl
 * date formatting (`src/time/intl.ts`), which the error states and some countdowns need only now
 * and then.
 */
import { zonedParts } from '../../src/time/intl.js';
import type { Lang } from '../../src/time/lang.js';

/** A short date-and-time of `instant` in `timeZone` ("5月30日 14:05" / "30 May, 14:05"). */
export function formatShortDateTime(instant: Date, lang: Lang, timeZone: string): string {
  const { month, day, hour, minute } = zonedParts(instant, lang, timeZone);
  return lang === 'en'
    ? `${day} ${month}, ${hour}:${minute}`
    : `${month}月${day}日 ${hour}:${minute}`;
}
