/** The geographic map's own words, in every supported language: they come with it (see `geo-map.ts`). */
import type { Catalogs } from '../../shared/i18n.js';

export interface GeoMapMessages {
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  /** Help under the map (keyboard, wheel, pinch). */
  help: string;
}

export const geoMapMessages: Catalogs<GeoMapMessages> = {
  'zh-CN': {
    zoomIn: '放大地图',
    zoomOut: '缩小地图',
    zoomReset: '复原地图',
    help: '方向键在标记间移动，Shift+方向键平移，+/− 缩放，0 复原；按住 Ctrl 滚动滚轮或双指缩放。',
  },
  en: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Reset map',
    help: 'Arrow keys move between markers, Shift+arrows pan, +/− zoom, 0 resets; Ctrl+scroll or pinch to zoom.',
  },
};
