/**
 * UI strings of `<sx-lab-map>`. Chinese, the default, ships with the widget; English
 * (`lab-map.messages.en.ts`) is imported the first time a widget shows English, so a Chinese page
 * does not download it.
 */
import { lazyCatalogs } from '../shared/lazy-catalog.js';

export interface LabMapMessages {
  /** Accessible name of the map region ("山西省开放单位地图"). */
  mapLabel: (region: string) => string;
  /** The schematic's caption: it is not a geographic map. */
  schematic: string;
  schematicNote: string;
  /** A tile or a cluster marker: "太原，12 个开放单位". */
  cityCount: (city: string, count: number) => string;
  /** "找到 8 个开放单位" — above the list, and announced after a change. */
  found: (count: number) => string;
  /** Announced when a city is chosen: "太原：找到 8 个开放单位". */
  foundIn: (city: string, count: number) => string;
  /** The list is narrowed to the facilities of one map marker. */
  focusSet: (count: number) => string;
  showAll: string;
  /** The button under a long list: "显示更多（还有 10 个）". */
  showMore: (remaining: number) => string;
  emptyTitle: string;
  emptyHint: string;
  // Filters
  filters: string;
  city: string;
  allCities: string;
  kind: string;
  allKinds: string;
  day: string;
  allDays: string;
  openNow: string;
  // A list entry
  host: string;
  address: string;
  approximate: string;
  topics: string;
  openings: string;
  noComingOpenings: string;
  onNow: string;
  free: string;
  bookingRequired: string;
  noBooking: string;
  capacity: (count: number) => string;
  book: string;
  contact: string;
  phone: string;
  email: string;
  details: string;
  navigate: string;
  amap: string;
  baidu: string;
  /** Accessible name of a link or button about one facility: "高德地图：示例实验室". */
  about: (action: string, name: string) => string;
  showOnMap: string;
  // The map (the geographic map's own words come with it: `geo/geo-map.messages.ts`)
  /** Help under the schematic. */
  tileHelp: string;
  basemapFailed: string;
  loadingMap: string;
}

const zhCN: LabMapMessages = {
  mapLabel: (region) => `${region}开放单位分布`,
  schematic: '示意图',
  schematicNote: '各市位置为示意，非实际地理边界。',
  cityCount: (city, count) => `${city}，${count} 个开放单位`,
  found: (count) => `找到 ${count} 个开放单位`,
  foundIn: (city, count) => `${city}：找到 ${count} 个开放单位`,
  focusSet: (count) => `仅显示地图上选中的 ${count} 个单位`,
  showAll: '显示全部',
  showMore: (remaining) => `显示更多（还有 ${remaining} 个）`,
  emptyTitle: '没有符合条件的开放单位。',
  emptyHint: '试试其他城市、类型或日期，或清除筛选条件。',
  filters: '筛选开放单位',
  city: '城市',
  allCities: '全部城市',
  kind: '类型',
  allKinds: '全部类型',
  day: '开放日期',
  allDays: '全部日期',
  openNow: '正在开放',
  host: '依托单位',
  address: '地址',
  approximate: '（大致位置）',
  topics: '主题',
  openings: '开放时间',
  noComingOpenings: '本届开放已结束。',
  onNow: '正在开放',
  free: '免费',
  bookingRequired: '需预约',
  noBooking: '无需预约',
  capacity: (count) => `限 ${count} 人`,
  book: '预约',
  contact: '联系方式',
  phone: '电话',
  email: '邮箱',
  details: '详情',
  navigate: '导航',
  amap: '高德地图',
  baidu: '百度地图',
  about: (action, name) => `${action}：${name}`,
  showOnMap: '在地图上查看',
  tileHelp: '方向键在城市间移动，Enter 选择城市，Esc 取消选择。',
  basemapFailed: '地图底图无法加载，已改用示意图。',
  loadingMap: '正在加载地图…',
};

/** The catalogs: `get` those that have arrived, `load` English before showing it. */
export const labMapMessages = lazyCatalogs(zhCN, () =>
  import('./lab-map.messages.en.js').then((module) => module.enMessages),
);
