/**
 * What a countdown needs only now and then: the shared error and stale states (`states.ts`) with
 * their styles, and the link to the next edition. Imported on demand, so a page that just counts
 * down to the opening does not download them. The states' sentences (`error-states.ts`) are
 * downloaded by the feed controller before it reports a failure or a saved copy.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Edition } from '../../src/feed/types.js';
import { formatDateRange } from '../../src/time/date-range.js';
import type { Lang } from '../shared/i18n.js';
import { safeLink } from '../shared/safe-link.js';

export { stateStyles as styles } from '../shared/states.styles.js';
export { renderError, renderStale } from '../shared/states.js';

/** "下一届：<a>2026年…</a>，2026年5月23日开幕" */
export function renderNextEdition(
  next: NonNullable<Edition['nextEdition']>,
  lang: Lang,
  words: { before: string; opens: (day: string) => string },
): TemplateResult {
  const link = safeLink({ url: next.url, text: next.title, lang, part: 'next-link' });
  const opens = next.start ? words.opens(formatDateRange(next.start, next.start, lang)) : nothing;
  // prettier-ignore
  return html`<p part="next">${words.before}${link}${opens}</p>`;
}
