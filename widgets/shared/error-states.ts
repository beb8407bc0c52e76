/**
 * The sentences of the error, stale and partial-data states, and the markup of the two notices
 * that only a saved copy or a missing file shows: downloaded only when a widget has to show one
 * (`FeedController` downloads this module, as `feed.words`, before it reports a failure, a saved
 * copy or a missing file), so a page whose data arrives never pays for them. Widgets never call
 * this module: `states.ts` renders every state and calls it.
 */
import { html, type TemplateResult } from 'lit';
import { messagesFor, type Catalogs, type Lang } from './i18n.js';
import { cityName } from './region.js';
import { safeLink } from './safe-link.js';
import { formatShortDateTime } from './short-date-time.js';
import { retryButton } from './states.js';
import type { MissingPart } from '../../src/client/types.js';
import type { RegionCity } from '../../src/feed/types.js';

/** Why a load failed, as told to a visitor (the detail goes to the console and `sx-error`). */
export type ErrorKind =
  'http' | 'not-found' | 'timeout' | 'network' | 'parse' | 'invalid' | 'version' | 'unknown';

export interface ErrorMessages {
  officialPage: string;
  /** One sentence per kind of failure; neutral, as every widget shows them (数据, not 活动数据). */
  error: Record<ErrorKind, string>;
  /** Stale banner: `when` is already formatted in the edition's zone. */
  stale: (when: string) => string;
  staleUnknownTime: string;
  /** Partial data: `places` already joined ("大同市、长治市"), or undefined when no city is known. */
  partial: Record<PartialKind, (places: string | undefined) => string>;
  /** What still shows, and what to do: said after `partial`. */
  partialHint: string;
}

/** What a missing file held. */
export type PartialKind = 'events' | 'labs' | 'stories';

export const errorMessages: Catalogs<ErrorMessages> = {
  'zh-CN': {
    officialPage: '查看官方通知',
    error: {
      http: '数据暂时无法获取，服务器返回了错误。',
      'not-found': '没有找到数据，地址可能已变更。',
      timeout: '加载数据超时，请检查网络后重试。',
      network: '无法连接到数据服务器，请检查网络后重试。',
      parse: '数据格式有误，暂时无法显示。',
      invalid: '数据不完整，暂时无法显示。',
      version: '数据的版本较新，请更新组件后再试。',
      unknown: '数据暂时无法显示。',
    },
    stale: (when) => `网络不可用，显示的是 ${when} 的缓存数据。`,
    staleUnknownTime: '网络不可用，显示的是缓存数据。',
    partial: {
      events: (places) => `${places ? `${places}的活动` : '部分活动'}暂时无法加载。`,
      labs: (places) => `${places ? `${places}的开放单位` : '部分开放单位'}暂时无法加载。`,
      stories: (places) => `${places ? `${places}的人物故事` : '部分人物故事'}暂时无法加载。`,
    },
    partialHint: '其余数据照常显示，请稍后重试。',
  },
  en: {
    officialPage: 'Read the official notice',
    error: {
      http: 'The data is unavailable right now: the server answered with an error.',
      'not-found': 'The data could not be found; its address may have changed.',
      timeout: 'The data took too long to load. Check your connection and try again.',
      network: 'The data server could not be reached. Check your connection and try again.',
      parse: 'The data is malformed and cannot be shown.',
      invalid: 'The data is incomplete and cannot be shown.',
      version: 'The data is newer than this widget. Please update the widget.',
      unknown: 'The data cannot be shown right now.',
    },
    stale: (when) => `You are offline: showing the copy saved at ${when}.`,
    staleUnknownTime: 'You are offline: showing a saved copy.',
    partial: {
      events: (places) => `${places ? `Events for ${places}` : 'Some events'} could not be loaded.`,
      labs: (places) =>
        `${places ? `Facilities in ${places}` : 'Some facilities'} could not be loaded.`,
      stories: (places) =>
        `${places ? `Stories from ${places}` : 'Some stories'} could not be loaded.`,
    },
    partialHint: 'Everything else is shown. Try again in a moment.',
  },
};

/**
 * Classifies an error by its `name` rather than `instanceof`, so errors thrown by another copy
 * of the library (another class object) are still recognised.
 */
export function errorKind(error: unknown): ErrorKind {
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'FeedHttpError':
      return (error as { status?: number }).status === 404 ? 'not-found' : 'http';
    case 'FeedTimeoutError':
      return 'timeout';
    case 'FeedNetworkError':
      return 'network';
    case 'FeedParseError':
      return 'parse';
    case 'FeedVersionError':
      return 'version';
    case 'FeedValidationError':
      return 'invalid';
    default:
      return 'unknown';
  }
}

/** The sentence for the failure: why, not how (the detail goes to the console and `sx-error`). */
export function errorText(error: unknown, lang: Lang): string {
  return messagesFor(errorMessages, lang).error[errorKind(error)];
}

/** The edition's official page, where the programme can still be read: a link when its URL is safe. */
export function officialLink(url: string | undefined, lang: Lang) {
  const text = messagesFor(errorMessages, lang).officialPage;
  return url && safeLink({ url, text, lang, part: 'official-link' });
}

/** "网络不可用，显示的是 5月30日 14:05 的缓存数据。" (the time in the edition's zone). */
export function renderStale(
  fetchedAt: Date | undefined,
  lang: Lang,
  timeZone: string,
): TemplateResult {
  const t = messagesFor(errorMessages, lang);
  const text = fetchedAt
    ? t.stale(formatShortDateTime(fetchedAt, lang, timeZone))
    : t.staleUnknownTime;
  return html`<p part="stale" class="sx-stale" role="note">
    ${fetchedAt ? html`<time datetime=${fetchedAt.toISOString()}>${text}</time>` : text}
  </p>`;
}

/**
 * "大同市的活动暂时无法加载。" with a retry button: a resource split by city whose files did not
 * all load. One sentence per resource; cities named as the edition names them.
 */
export function renderPartial(
  missing: readonly MissingPart[],
  cities: readonly RegionCity[],
  lang: Lang,
  onRetry: () => void,
): TemplateResult {
  const t = messagesFor(errorMessages, lang);
  const byKind = new Map<PartialKind, Set<string | undefined>>();
  for (const part of missing) {
    const places = byKind.get(part.resource) ?? new Set();
    byKind.set(part.resource, places.add(part.city));
  }
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const nameOf = (code: string) => {
    const city = cities.find((candidate) => candidate.code === code);
    return city ? cityName(city, lang) : code;
  };
  const sentences = [...byKind].map(([kind, codes]) => {
    const known = [...codes].filter((code): code is string => code !== undefined);
    const places =
      known.length > 0 && !codes.has(undefined) ? list.format(known.map(nameOf)) : undefined;
    return t.partial[kind](places);
  });
  return html`<div part="partial" class="sx-partial" role="note">
    <p class="sx-state-text">${sentences.join(' ')}</p>
    <p class="sx-state-hint">${t.partialHint}</p>
    <div class="sx-state-actions">${retryButton(lang, onRetry, 'sx-button')}</div>
  </div>`;
}
