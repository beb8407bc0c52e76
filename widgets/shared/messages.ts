/**
 * The shared UI strings every widget's first render may need, in every supported language. The
 * sentences of the error and stale states live with those states (`error-states.ts`), which load
 * only when a widget has to show one.
 */
import type { Catalogs } from './i18n.js';

export interface SharedMessages {
  loading: string;
  /** The retry button; also used when the error states could not be downloaded. */
  retry: string;
  /** Said when the data failed and the error states could not be downloaded either. */
  failed: string;
  empty: string;
  clearFilters: string;
  /** Marks records that are samples for previews, not the real programme. */
  sample: string;
  sampleEdition: string;
  /** Names a link that opens in a new tab, for assistive technology. */
  opensInNewTab: string;
}

export const sharedMessages: Catalogs<SharedMessages> = {
  'zh-CN': {
    loading: '正在加载…',
    retry: '重试',
    failed: '数据暂时无法显示。',
    empty: '暂无内容。',
    clearFilters: '清除筛选条件',
    sample: '示例数据',
    sampleEdition: '以下为示例数据，仅供预览，并非正式活动安排。',
    opensInNewTab: '（在新标签页打开）',
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    failed: 'The data cannot be shown right now.',
    empty: 'Nothing to show.',
    clearFilters: 'Clear filters',
    sample: 'Sample data',
    // A no-break space: "programme." never alone on the last line.
    sampleEdition: 'Sample data for previews, not the real\u00a0programme.',
    opensInNewTab: '(opens in a new tab)',
  },
};
