/** The shared UI strings of every widget, in every supported language. */
import type { Catalogs } from './i18n.js';

/** Why a load failed, as told to a visitor (the detail goes to the console and `sx-error`). */
export type ErrorKind =
  'http' | 'not-found' | 'timeout' | 'network' | 'parse' | 'invalid' | 'version' | 'unknown';

export interface SharedMessages {
  loading: string;
  retry: string;
  officialPage: string;
  /** One sentence per kind of failure. */
  error: Record<ErrorKind, string>;
  /** Stale banner: `when` is already formatted in the edition's zone. */
  stale: (when: string) => string;
  staleUnknownTime: string;
  empty: string;
  clearFilters: string;
  /** Marks records that are samples for previews, not the real programme. */
  sample: string;
  sampleEdition: string;
  /** Label of a time shown in the edition's zone when the visitor is elsewhere. */
  beijingTime: string;
  /** Label of a time shown in the visitor's own zone. */
  localTime: string;
  /** Names a link that opens in a new tab, for assistive technology. */
  opensInNewTab: string;
  close: string;
}

export const sharedMessages: Catalogs<SharedMessages> = {
  'zh-CN': {
    loading: '正在加载…',
    retry: '重试',
    officialPage: '查看官方通知',
    error: {
      http: '活动数据暂时无法获取,服务器返回了错误。',
      'not-found': '没有找到活动数据,地址可能已变更。',
      timeout: '加载活动数据超时,请检查网络后重试。',
      network: '无法连接到活动数据服务器,请检查网络后重试。',
      parse: '活动数据格式有误,暂时无法显示。',
      invalid: '活动数据不完整,暂时无法显示。',
      version: '活动数据的版本较新,请更新组件后再试。',
      unknown: '活动数据暂时无法显示。',
    },
    stale: (when) => `网络不可用,显示的是 ${when} 的缓存数据。`,
    staleUnknownTime: '网络不可用,显示的是缓存数据。',
    empty: '暂无内容。',
    clearFilters: '清除筛选条件',
    sample: '示例数据',
    sampleEdition: '以下为示例数据,仅供预览,并非正式活动安排。',
    beijingTime: '北京时间',
    localTime: '当地时间',
    opensInNewTab: '(在新标签页打开)',
    close: '关闭',
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    officialPage: 'Read the official notice',
    error: {
      http: 'The programme is unavailable right now: the server answered with an error.',
      'not-found': 'The programme could not be found; its address may have changed.',
      timeout: 'The programme took too long to load. Check your connection and try again.',
      network: 'The programme server could not be reached. Check your connection and try again.',
      parse: 'The programme data is malformed and cannot be shown.',
      invalid: 'The programme data is incomplete and cannot be shown.',
      version: 'The programme data is newer than this widget. Please update the widget.',
      unknown: 'The programme cannot be shown right now.',
    },
    stale: (when) => `You are offline: showing the copy saved at ${when}.`,
    staleUnknownTime: 'You are offline: showing a saved copy.',
    empty: 'Nothing to show.',
    clearFilters: 'Clear filters',
    sample: 'Sample data',
    sampleEdition: 'Sample data for previews, not the real programme.',
    beijingTime: 'Beijing time',
    localTime: 'your time',
    opensInNewTab: '(opens in a new tab)',
    close: 'Close',
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
