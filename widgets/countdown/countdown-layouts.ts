/**
 * What the card and the banner add to an inline countdown: their styles, the dates of the week
 * under the card's numbers, and the line under the closing sentence once there is nothing left to
 * count. Imported by a countdown that uses one of them, in parallel with its data, so a page whose
 * countdowns are all inline never downloads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Edition } from '../../src/feed/types.js';
import { formatDateRange } from '../../src/time/date-range.js';
import type { Lang } from '../shared/i18n.js';
import { safeLink } from '../shared/safe-link.js';

export { countdownLayoutStyles as styles } from './countdown-layouts.styles.js';

/** "2025年5月24日至6月8日" / "24 May – 8 June 2025". */
export function weekDates(edition: Pick<Edition, 'start' | 'end'>, lang: Lang): string {
  return formatDateRange(edition.start, edition.end, lang);
}

/** The official-notice link's words (the error state's, which a countdown does not download). */
const OFFICIAL = { 'zh-CN': '查看官方通知', en: 'Read the official notice' };

/**
 * Under "…已结束。": when the week ran ("2025年5月24日至6月8日") and the link to its official
 * notice, the one page the feed names, when there is one. A line, not a box: the card then fits
 * its words.
 */
export function renderEnded(
  edition: Pick<Edition, 'start' | 'end' | 'officialUrl'>,
  lang: Lang,
  target: { kind: string } | undefined,
): TemplateResult | typeof nothing {
  const { officialUrl: url } = edition;
  const dates = target?.kind === 'week' ? weekDates(edition, lang) : '';
  const link = url ? safeLink({ url, text: OFFICIAL[lang], lang, part: 'official-link' }) : '';
  // prettier-ignore
  return dates || link
    ? html`<p part="ended" class="sx-phrases">${dates}${dates && link ? html`<span aria-hidden="true"> · </span>` : ''}${link}</p>`
    : nothing;
}
