/**
 * The one "open this place in a map app" control of every widget: a labelled group of two links,
 * 高德地图 and 百度地图, each kept on one line and wrapping as a whole, never inside its name.
 * `<sx-events>` shows it in an event's expanded view, `<sx-lab-map>` under each facility.
 *
 * The links carry the WGS84 point converted to each service's own system (`src/map-links.ts`);
 * a widget that wants that code only on demand imports this module on demand.
 */
import { html, type TemplateResult } from 'lit';
import { amapLink, baiduLink, type MapPlace } from '../../src/map-links.js';
import { messagesFor, type Catalogs, type Lang } from './i18n.js';
import { safeLink } from './safe-link.js';

export type MapProvider = 'amap' | 'baidu';

interface MapLinksMessages {
  /** The group's visible label. */
  label: string;
  amap: string;
  baidu: string;
  /** The group's accessible name: the action and the place. */
  groupLabel: (place: string) => string;
  /** The accessible name of one link: the service, the action and the place. */
  linkLabel: (service: string, place: string) => string;
}

const catalogs: Catalogs<MapLinksMessages> = {
  'zh-CN': {
    label: '导航',
    amap: '高德地图',
    baidu: '百度地图',
    groupLabel: (place) => `导航：${place}`,
    linkLabel: (service, place) => `用${service}导航：${place}`,
  },
  en: {
    label: 'Directions',
    amap: 'AMap',
    baidu: 'Baidu Maps',
    groupLabel: (place) => `Directions: ${place}`,
    linkLabel: (service, place) => `Directions in ${service}: ${place}`,
  },
};

export interface MapLinksOptions {
  place: MapPlace;
  lang: Lang;
  /** The `part` of each link, by provider (`navigate navigate-amap`…). */
  linkPart: (provider: MapProvider) => string;
  /** Told when a visitor follows a link (the link still opens). */
  onOpen?: (provider: MapProvider, url: string) => void;
}

/**
 * The two links to `place`, under one label: written out, not mapped over the providers, so the
 * group is one template (#16 lab12: a template per link was one more to prepare and two more to
 * clone on every card of a first render).
 */
export function renderMapLinks(options: MapLinksOptions): TemplateResult {
  const { place, lang, linkPart, onOpen } = options;
  const t = messagesFor(catalogs, lang);
  const amap = amapLink(place);
  const baidu = baiduLink(place);
  const link = (provider: MapProvider, text: string, url: string) =>
    safeLink({
      url,
      text,
      lang,
      part: linkPart(provider),
      className: 'sx-button',
      label: t.linkLabel(text, place.name),
    });
  return html`<span class="sx-map-links" role="group" aria-label=${t.groupLabel(place.name)}
    ><span class="sx-map-links-label" aria-hidden="true">${t.label}</span
    ><span class="sx-map-link" @click=${() => onOpen?.('amap', amap)}
      >${link('amap', t.amap, amap)}</span
    ><span class="sx-map-link" @click=${() => onOpen?.('baidu', baidu)}
      >${link('baidu', t.baidu, baidu)}</span
    ></span
  >`;
}
