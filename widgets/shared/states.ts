/**
 * The loading, error, empty and stale states every widget shows, so they look and read the same
 * everywhere. Each is a render function; styles are in `states.styles.ts`. Every widget renders
 * them from here; the stale and partial notices, and the sentences of the error state (whose
 * markup, `errorBox`, is here), are in `error-states.ts`.
 *
 * Those words are downloaded by `FeedController` (`loadErrorStates`) before it reports a failure
 * or a saved copy: a page whose data arrives never loads them. Should that download fail too (the
 * network that lost the data), the error state says only that loading failed, with its retry
 * button, and the stale notice is left out. The countdown, which shows no other state, renders
 * through the downloaded module directly (which brings `errorBox` from here with it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from './css-props.js';
import { loadedErrorStates } from './feed-controller.js';
import { messagesFor, type Lang } from './i18n.js';
import { sharedMessages } from './messages.js';
import type { MissingPart } from '../../src/client/types.js';
import type { RegionCity } from '../../src/feed/types.js';

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

export interface ErrorOptions {
  lang: Lang;
  error: unknown;
  onRetry: () => void;
  /** The edition's official page, when known (the visitor can still read the programme there). */
  officialUrl?: string | undefined;
}

/** A sentence for the failure, a retry button, and the official page when known. */
export function renderError(options: ErrorOptions): TemplateResult {
  const states = loadedErrorStates();
  if (states) return states.renderError(options);
  return errorBox(options, messagesFor(sharedMessages, options.lang).failed);
}

/**
 * The error state's markup, the one copy: `error-states.ts` fills it with the sentence for the
 * failure and the official link; without that module it says only that loading failed.
 */
export function errorBox(
  { lang, onRetry }: Pick<ErrorOptions, 'lang' | 'onRetry'>,
  text: string,
  extra: unknown = nothing,
): TemplateResult {
  return html`<div part="error" class="sx-error" role="alert">
    <p class="sx-state-text">${text}</p>
    <div class="sx-state-actions">
      <button part="retry" class="sx-button sx-button--primary" type="button" @click=${onRetry}>
        ${messagesFor(sharedMessages, lang).retry}
      </button>
      ${extra}
    </div>
  </div>`;
}

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

export interface StaleOptions {
  lang: Lang;
  fetchedAt: Date | undefined;
  /** The edition's zone: the time is shown as the programme's times are. */
  timeZone: string;
}

/** "网络不可用，显示的是 5月30日 14:05 的缓存数据。" (nothing if its module could not load). */
export function renderStale(options: StaleOptions): TemplateResult | typeof nothing {
  return loadedErrorStates()?.renderStale(options) ?? nothing;
}

export interface PartialOptions {
  lang: Lang;
  /** The files that did not load (`FeedResult.missing` of every result shown). */
  missing: readonly MissingPart[];
  /** The edition's cities, to name the missing ones. */
  cities: readonly RegionCity[];
  onRetry: () => void;
}

/** "大同市的活动暂时无法加载。" and a retry button (nothing if its module could not load). */
export function renderPartial(options: PartialOptions): TemplateResult | typeof nothing {
  if (options.missing.length === 0) return nothing;
  return loadedErrorStates()?.renderPartial(options) ?? nothing;
}

/** What the notices read of a `FeedController`: the one view of its state this module takes. */
export interface FeedStateView {
  stale: boolean;
  fetchedAt: Date | undefined;
  missing?: readonly MissingPart[];
  reload?: () => void;
}

export interface EditionNoticesOptions {
  lang: Lang;
  /**
   * The feed's state (a `FeedController`): a stale copy gets the stale notice, missing files the
   * partial-data notice, whose retry loads them again.
   */
  feed: FeedStateView;
  edition: { timeZone: string; sample: boolean; cities?: readonly RegionCity[] };
}

/**
 * What a list widget says above its records: the stale notice (a last good copy, and from when),
 * what could not be loaded, and, for a sample edition, that the records are samples, not the
 * real programme.
 */
export function renderEditionNotices({ lang, feed, edition }: EditionNoticesOptions) {
  const partial = renderPartial({
    lang,
    missing: feed.missing ?? [],
    cities: edition.cities ?? [],
    onRetry: () => feed.reload?.(),
  });
  return html`${partial}${
    feed.stale
      ? renderStale({ lang, fetchedAt: feed.fetchedAt, timeZone: edition.timeZone })
      : nothing
  }${
    edition.sample
      ? html`<p part="sample-notice" class="sx-sample-notice">
          ${messagesFor(sharedMessages, lang).sampleEdition}
        </p>`
      : nothing
  }`;
}

/** The "示例数据" marker on sample records. */
export function renderSampleMarker(lang: Lang): TemplateResult {
  return html`<span part="sample" class="sx-sample"
    >${messagesFor(sharedMessages, lang).sample}</span
  >`;
}
