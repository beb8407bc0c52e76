/**
 * Every state a widget shows besides its content — loading, empty, error with a retry, stale and
 * partial data — for all four widgets: the one module they render states with, so the states look
 * and read the same everywhere. Styles are in `states.styles.ts`.
 *
 * The state itself is the `FeedController`'s, passed in (`FeedStateView`): what failed, whether
 * the copy is stale, which files are missing, and `feed.words`: `error-states.ts`, the sentences
 * of those states with the markup of the two notices only they show, which the controller
 * downloads before it reports any of them, so a page whose data arrives never loads them (all of
 * that markup here weighed 0.1 KB gz more on every page). Should that download fail too (the
 * network that lost the data), the error state says only that loading failed, with its retry
 * button, and the notices are left out. The countdown renders these through its lazily imported
 * extras, which bring the styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from './css-props.js';
import { messagesFor, type Lang } from './i18n.js';
import { sharedMessages } from './messages.js';
import type { MissingPart } from '../../src/client/types.js';
import type { RegionCity } from '../../src/feed/types.js';

/** What the states read of a `FeedController`: the one view of its state this module takes. */
export interface FeedStateView {
  error: unknown;
  stale: boolean;
  fetchedAt: Date | undefined;
  missing: readonly MissingPart[];
  /** The edition of the latest load, kept when a resource after it failed (its official page). */
  edition: { officialUrl?: string | undefined } | undefined;
  /** The sentences of the error, stale and partial states, once downloaded. */
  words: typeof import('./error-states.js') | undefined;
  /** Loads again from the network (the error state's retry). */
  retry(): void;
  /** Loads again, using the client's cache (the partial notice's retry: the missing files). */
  reload(): void;
}
export interface LoadingOptions {
  lang: Lang;
  /** Skeleton rows to draw. @default 3 */
  rows?: number;
  /** Height of one row (any CSS length). @default '4.5em' */
  rowHeight?: string;
}

/**
 * A skeleton that reserves the space the content will take (no layout jump when it arrives),
 * `aria-busy`, with a visually hidden "正在加载…" for screen readers.
 */
export function renderLoading({
  lang,
  rows = 3,
  rowHeight = '4.5em',
}: LoadingOptions): TemplateResult {
  const t = messagesFor(sharedMessages, lang);
  return html`<div part="loading" class="sx-loading" role="status" aria-busy="true">
    <span class="sx-visually-hidden">${t.loading}</span>
    ${Array.from(
      { length: rows },
      () =>
        html`<div class="sx-skeleton" aria-hidden="true" ${cssProps({ height: rowHeight })}></div>`,
    )}
  </div>`;
}

/**
 * A sentence for the failure, a retry button, and the edition's official page when known (the
 * visitor can still read the programme there).
 */
export function renderError(feed: FeedStateView, lang: Lang): TemplateResult {
  const { words } = feed;
  const text = words ? words.errorText(feed.error, lang) : messagesFor(sharedMessages, lang).failed;
  const link = words?.officialLink(feed.edition?.officialUrl, lang);
  return html`<div part="error" class="sx-error" role="alert">
    <p class="sx-state-text">${text}</p>
    <div class="sx-state-actions">
      ${retryButton(lang, () => feed.retry(), 'sx-button sx-button--primary')} ${link || nothing}
    </div>
  </div>`;
}

/** The retry button of the error state (primary) and of the partial notice. */
export const retryButton = (lang: Lang, onRetry: () => void, className: string) =>
  html`<button part="retry" class=${className} type="button" @click=${onRetry}>
    ${messagesFor(sharedMessages, lang).retry}
  </button>`;

export interface EmptyOptions {
  lang: Lang;
  /** What is empty ("没有符合条件的活动。"). @default the shared "暂无内容。" */
  message?: string;
  /** What to change ("试试其他城市或日期。"). */
  hint?: string;
  /** Shows a "clear filters" button. */
  onClear?: (() => void) | undefined;
  clearLabel?: string;
}

/** Says that nothing matches and what to change, with an optional "clear filters" button. */
export function renderEmpty({
  lang,
  message,
  hint,
  onClear,
  clearLabel,
}: EmptyOptions): TemplateResult {
  const t = messagesFor(sharedMessages, lang);
  return html`<div part="empty" class="sx-empty">
    <p class="sx-state-text">${message ?? t.empty}</p>
    ${hint ? html`<p class="sx-state-hint">${hint}</p>` : nothing}
    ${
      onClear
        ? html`<div class="sx-state-actions">
            <button part="clear-filters" class="sx-button" type="button" @click=${onClear}>
              ${clearLabel ?? t.clearFilters}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}

/**
 * "网络不可用，显示的是 5月30日 14:05 的缓存数据。" when the feed shows a saved copy, the time in
 * `timeZone` (the edition's, as the programme's times are); else nothing.
 */
export function renderStale(
  feed: FeedStateView,
  lang: Lang,
  timeZone: string,
): TemplateResult | typeof nothing {
  return (feed.stale && feed.words?.renderStale(feed.fetchedAt, lang, timeZone)) || nothing;
}

/** What the notices need of the edition shown. */
export interface NoticeEdition {
  timeZone: string;
  /** The edition's cities, to name those whose files are missing. */
  cities?: readonly RegionCity[];
  /** A sample edition gets a notice saying its records are not the real programme. */
  sample: boolean;
}

/**
 * What a widget says above its records: what could not be loaded ("大同市的活动暂时无法加载。",
 * with a retry that loads the missing files again), the stale notice, and, for a sample edition,
 * that the records are samples, not the real programme. A list, not a template of three
 * bindings: one template fewer to prepare on every widget's first render (#16 lab12).
 */
export function renderNotices(feed: FeedStateView, lang: Lang, edition: NoticeEdition) {
  const partial =
    feed.missing.length > 0 &&
    feed.words?.renderPartial(feed.missing, edition.cities ?? [], lang, () => feed.reload());
  return [
    partial || nothing,
    renderStale(feed, lang, edition.timeZone),
    edition.sample
      ? html`<p part="sample-notice" class="sx-sample-notice">
          ${messagesFor(sharedMessages, lang).sampleEdition}
        </p>`
      : nothing,
  ];
}

/** The "示例数据" marker on sample records. */
export function renderSampleMarker(lang: Lang): TemplateResult {
  return html`<span part="sample" class="sx-sample"
    >${messagesFor(sharedMessages, lang).sample}</span
  >`;
}
