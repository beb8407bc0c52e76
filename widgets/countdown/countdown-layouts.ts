/**
 * What the card and the banner add to an inline countdown: their styles, and the dates of the week
 * under the card's numbers. Imported by a countdown that uses one of them, in parallel with its
 * data, so a page whose countdowns are all inline never downloads it.
 */
import type { Edition } from '../../src/feed/types.js';
import { formatDateRange } from '../../src/time/date-range.js';
import type { Lang } from '../shared/i18n.js';

export { countdownLayoutStyles as styles } from './countdown-layouts.styles.js';

/** "2025年5月24日至6月8日" / "24 May – 8 June 2025". */
export function weekDates(edition: Pick<Edition, 'start' | 'end'>, lang: Lang): string {
  return formatDateRange(edition.start, edition.end, lang);
}
