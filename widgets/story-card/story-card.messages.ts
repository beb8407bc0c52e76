/**
 * UI strings of `<sx-story-card>`. Chinese, the default, ships with the widget; English
 * (`story-card.messages.en.ts`) is imported the first time a card shows English, so a Chinese
 * page does not download it.
 */
import { lazyCatalogs } from '../shared/lazy-catalog.js';

export interface StoryCardMessages {
  /** Name of the rotating region ("科学家故事"). */
  carousel: string;
  /** Name of the group of rotation buttons. */
  controls: string;
  previous: string;
  next: string;
  pause: string;
  play: string;
  /** "2 / 7", read as "第 2 个，共 7 个". */
  position: (index: number, count: number) => string;
  /** Announced when the visitor moves to another story. */
  nowShowing: (index: number, count: number, name: string) => string;
  honours: string;
  /** A badge: the award and, when known, its year. */
  honour: (award: string, year: number | undefined) => string;
  spirit: string;
  topics: string;
  readMore: string;
  readLess: string;
  /** The link to the original article. */
  readSource: string;
  /** Label before the source of a story ("来源："). */
  source: string;
  share: string;
  linkCopied: string;
  /** The link could not be copied: it is shown with the QR code instead. */
  copyFailed: string;
  qr: string;
  qrHint: string;
  /** Accessible name of the QR image. */
  qrLabel: (name: string) => string;
  qrFailed: string;
  /** Nothing matches the filters (topic, honour, spirit). */
  emptyTitle: string;
  emptyHint: string;
  /** No filters, and still no story to show. */
  noStories: string;
  notFound: (id: string) => string;
  notFoundHint: string;
}

const zhCN: StoryCardMessages = {
  carousel: '科技工作者故事',
  controls: '轮播控制',
  previous: '上一个故事',
  next: '下一个故事',
  pause: '暂停自动轮播',
  play: '开始自动轮播',
  position: (index, count) => `第 ${index} 个，共 ${count} 个`,
  nowShowing: (index, count, name) => `第 ${index} 个故事，共 ${count} 个：${name}`,
  honours: '荣誉',
  honour: (award, year) => (year ? `${year}年 ${award}` : award),
  spirit: '科学家精神',
  topics: '主题',
  readMore: '阅读全文',
  readLess: '收起全文',
  readSource: '阅读原文',
  source: '来源：',
  share: '分享',
  linkCopied: '链接已复制。',
  copyFailed: '无法自动复制，请复制二维码下方的链接。',
  qr: '二维码',
  qrHint: '用微信扫一扫，在手机上阅读或转发。',
  qrLabel: (name) => `“${name}”故事链接的二维码`,
  qrFailed: '二维码暂时无法生成，请复制下方链接。',
  emptyTitle: '暂时没有符合条件的故事。',
  emptyHint: '可以放宽主题、荣誉或科学家精神的筛选条件。',
  noStories: '暂时还没有可以展示的故事。',
  notFound: (id) => `没有找到编号为“${id}”的故事。`,
  notFoundHint: '请检查故事编号，或改用 pick 属性自动选取。',
};

/** The catalogs: Chinese here, English imported the first time a card shows it. */
export const storyCardMessages = lazyCatalogs(zhCN, () =>
  import('./story-card.messages.en.js').then((module) => module.enMessages),
);
