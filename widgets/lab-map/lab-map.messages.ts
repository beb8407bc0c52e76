/** UI strings of `<sx-lab-map>`, in every supported language. */
import type { Catalogs } from '../shared/i18n.js';

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
  // The geographic map
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  /** Help under the geographic map (keyboard, wheel, pinch). */
  geoHelp: string;
  /** Help under the schematic. */
  tileHelp: string;
  basemapFailed: string;
  loadingMap: string;
}

export const labMapMessages: Catalogs<LabMapMessages> = {
  'zh-CN': {
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
    zoomIn: '放大地图',
    zoomOut: '缩小地图',
    zoomReset: '复原地图',
    geoHelp:
      '方向键在标记间移动，Shift+方向键平移，+/− 缩放，0 复原；按住 Ctrl 滚动滚轮或双指缩放。',
    tileHelp: '方向键在城市间移动，Enter 选择城市，Esc 取消选择。',
    basemapFailed: '地图底图无法加载，已改用示意图。',
    loadingMap: '正在加载地图…',
  },
  en: {
    mapLabel: (region) => `Open facilities in ${region}`,
    schematic: 'Schematic',
    schematicNote: 'Cities are placed schematically; this is not a geographic map.',
    // The number stays a digit: the tile shows it, and a spoken name must contain what is seen.
    cityCount: (city, count) => `${city}, ${count} open ${count === 1 ? 'facility' : 'facilities'}`,
    found: (count) => `${count} open ${count === 1 ? 'facility' : 'facilities'}`,
    foundIn: (city, count) => `${city}: ${count} open ${count === 1 ? 'facility' : 'facilities'}`,
    focusSet: (count) =>
      `Showing only the ${count} ${count === 1 ? 'facility' : 'facilities'} chosen on the map`,
    showAll: 'Show all',
    showMore: (remaining) => `Show more (${remaining} left)`,
    emptyTitle: 'No open facility matches.',
    emptyHint: 'Try another city, kind or day, or clear the filters.',
    filters: 'Filter open facilities',
    city: 'City',
    allCities: 'All cities',
    kind: 'Kind',
    allKinds: 'All kinds',
    day: 'Open on',
    allDays: 'Any day',
    openNow: 'Open now',
    host: 'Host',
    address: 'Address',
    approximate: '(approximate location)',
    topics: 'Topics',
    openings: 'Opening times',
    noComingOpenings: 'All openings this year have ended.',
    onNow: 'Open now',
    free: 'Free',
    bookingRequired: 'Booking required',
    noBooking: 'No booking needed',
    capacity: (count) => `${count} places`,
    book: 'Book',
    contact: 'Contact',
    phone: 'Phone',
    email: 'Email',
    details: 'Details',
    navigate: 'Directions',
    amap: 'AMap',
    baidu: 'Baidu Maps',
    about: (action, name) => `${action}: ${name}`,
    showOnMap: 'Show on map',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Reset map',
    geoHelp:
      'Arrow keys move between markers, Shift+arrows pan, +/− zoom, 0 resets; Ctrl+scroll or pinch to zoom.',
    tileHelp: 'Arrow keys move between cities, Enter chooses one, Esc clears the choice.',
    basemapFailed: 'The map could not be loaded; showing the schematic instead.',
    loadingMap: 'Loading the map…',
  },
};
