/**
 * What a countdown needs only now and then: the error and stale states (with their styles) and the
 * link to the next edition. Imported on demand, so a page that just counts down to the opening does
 * not download them (the shared states bring the error sentences of every kind of failure).
 */
import { adoptStyles, html, nothing, type CSSResultOrNative, type TemplateResult } from 'lit';
import type { Edition } from '../../src/feed/types.js';
import { formatDateRange } from '../../src/time/format.js';
import type { Lang } from '../shared/i18n.js';
import { safeLink } from '../shared/safe-link.js';
import { stateStyles } from '../shared/states.styles.js';

export { renderError, renderStale } from '../shared/states.js';

/** Adds the shared state styles to a shadow root styled with `styles` (call once). */
export function adoptStateStyles(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  adoptStyles(root, [...styles, stateStyles]);
}

/** "下一届:<a>2026年…</a>,2026年5月23日开幕" */
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
