/**
 * UI strings of `<sx-events>`. Chinese, the default, ships with the widget; English
 * (`events.messages.en.ts`) is imported the first time a widget shows English, so a Chinese page
 * does not download it.
 */
import type { Lang } from '../shared/i18n.js';
import { lazyCatalogs } from '../shared/lazy-catalog.js';
import type { TimeStatus } from '../../src/query/types.js';

export interface EventsMessages {
  /** "找到 12 场活动" — announced after filtering and shown above the list. */
  found: (count: number) => string;
  /** "显示 1–20 / 共 61 场" */
  showing: (shown: number, total: number) => string;
  loadMore: (remaining: number) => string;
  /** Leads a multi-day event's line on its later days in the agenda ("持续中 · 5月24日–6月8日"). */
  continues: string;
  /** The agenda's one line for a day's events that began on earlier days ("3 项活动持续进行"; 2 or more). */
  continuing: (count: number) => string;
  emptyTitle: string;
  emptyHint: string;
  /** When there is no visitor filter to clear (the page's own selection matches nothing). */
  emptyHintPreset: string;
  emptyPlan: string;
  emptyPlanHint: string;
  // Filter bar
  filters: string;
  filtersToggle: (active: number) => string;
  city: string;
  allCities: string;
  topic: string;
  allTopics: string;
  day: string;
  allDays: string;
  free: string;
  youth: string;
  search: string;
  searchPlaceholder: string;
  /** The "my plan" filter, with the number of starred events. */
  myPlan: (count: number) => string;
  downloadPlan: (count: number) => string;
  showLocalTime: string;
  // An item
  status: Record<TimeStatus, string>;
  when: string;
  where: string;
  organiser: string;
  audience: string;
  online: string;
  joinOnline: string;
  freeEntry: string;
  paidEntry: string;
  registrationRequired: string;
  noRegistration: string;
  capacity: (count: number) => string;
  registrationDeadline: (when: string) => string;
  register: string;
  details: string;
  addToCalendar: string;
  amap: string;
  baidu: string;
  /** The button that shows the map links of a venue. */
  map: string;
  share: string;
  linkCopied: string;
  shareFailed: string;
  /** The star, not pressed ("收藏") and pressed ("已收藏"). */
  star: string;
  starred: string;
  /** The button that shows the rest of an event (its expanded view). */
  more: string;
  /** Cost and registration, in the expanded view. */
  terms: string;
  /** Access notes (wheelchair, sign language…), in the expanded view. */
  access: string;
  /** Hidden after the star's visible word: names the event. */
  starSuffix: (title: string) => string;
  actionLabel: (action: string, title: string) => string;
  starredAnnouncement: (title: string) => string;
  unstarredAnnouncement: (title: string) => string;
  localTime: (text: string) => string;
}

const zhCN: EventsMessages = {
  found: (count) => `找到 ${count} 场活动`,
  showing: (shown, total) => `显示 ${shown} 场 / 共 ${total} 场`,
  loadMore: (remaining) => `显示更多（还有 ${remaining} 场）`,
  continues: '持续中',
  continuing: (count) => `${count} 项活动持续进行`,
  emptyTitle: '没有符合条件的活动。',
  emptyHint: '试试其他城市、主题或日期，或清除筛选条件。',
  emptyHintPreset: '试试其他城市、主题或日期。',
  emptyPlan: '“我的日程”里还没有活动。',
  emptyPlanHint: '点击活动上的“收藏”，把它加入我的日程。',
  filters: '筛选活动',
  filtersToggle: (active) => (active ? `筛选（${active}）` : '筛选'),
  city: '城市',
  allCities: '全部城市',
  topic: '主题',
  allTopics: '全部主题',
  day: '日期',
  allDays: '全部日期',
  free: '免费',
  youth: '适合青少年',
  search: '搜索活动',
  searchPlaceholder: '活动名称、场馆或主办单位',
  myPlan: (count) => (count ? `我的日程（${count}）` : '我的日程'),
  downloadPlan: (count) => `下载我的日程（${count} 场，日历文件）`,
  showLocalTime: '显示我的当地时间',
  status: { upcoming: '即将开始', ongoing: '进行中', ended: '已结束' },
  when: '时间',
  where: '地点',
  organiser: '主办',
  audience: '对象',
  online: '线上',
  joinOnline: '进入线上活动',
  freeEntry: '免费',
  paidEntry: '收费',
  registrationRequired: '需报名',
  noRegistration: '无需报名',
  capacity: (count) => `限 ${count} 人`,
  registrationDeadline: (when) => `${when} 截止报名`,
  register: '报名',
  details: '详情',
  addToCalendar: '加入日历',
  amap: '高德地图',
  baidu: '百度地图',
  map: '地图',
  share: '分享',
  linkCopied: '链接已复制',
  shareFailed: '无法分享，请手动复制链接',
  star: '收藏',
  starred: '已收藏',
  more: '更多',
  terms: '费用',
  access: '无障碍',
  starSuffix: (title) => `：${title}`,
  actionLabel: (action, title) => `${action}：${title}`,
  starredAnnouncement: (title) => `已加入我的日程：${title}`,
  unstarredAnnouncement: (title) => `已从我的日程移除：${title}`,
  localTime: (text) => `您的当地时间：${text}`,
};

/** The catalogs: Chinese here, English imported the first time a widget shows it. */
export const eventsMessages = lazyCatalogs(zhCN, () =>
  import('./events.messages.en.js').then((module) => module.enMessages),
);

/** Loads the catalog of `lang` (once per page): before the list first shows. */
export const loadEventsMessages = (lang: Lang): Promise<unknown> => eventsMessages.load(lang);
