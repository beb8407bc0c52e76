/**
 * The parts of `<sx-events>` a page needs only with some attributes, for some visitors or after a
 * click, each imported through the one shared loader (`LazyParts`: once, again after a failure,
 * its exported `styles` adopted, the element rendered again on arrival), so a page pays for the
 * list alone: the calendar writer on the first "加入日历", the map links when a venue's "地图"
 * button unfolds them, local times for a visitor outside the edition's zone, the URL state with
 * `sync-url`, the day or city sections with `view="agenda"` or `group-by`, the agenda and compact
 * layouts' styles, and the JSON-LD after the list has shown. (The English strings for an English
 * page load with the catalogs.)
 */
import type { LitElement } from 'lit';
import type { Edition, ProgrammeEvent } from '../../src/feed/types.js';
import type * as MapLinks from '../shared/map-links.js';
import { clockReadsAs } from '../../src/time/clock-reads-as.js';
import { LazyParts } from '../shared/lazy-part.js';
import type * as CalendarDownload from './calendar-download.js';
import type * as EventDetails from './event-details.js';
import type * as EventGroups from './event-groups.js';
import type * as ViewStyles from './events-views.styles.js';
import type * as JsonLd from './json-ld.js';
import type * as LocalTime from './local-time.js';
import type * as ShareEvent from './share-event.js';
import type * as UrlState from './url-state.js';

export type EventsParts = {
  /** The agenda and compact layouts' styles. */
  viewStyles: typeof ViewStyles;
  /** Day and city sections, and the agenda's time rail. */
  grouping: typeof EventGroups;
  /** Times in the visitor's zone, for a visitor whose zone is not the edition's. */
  localTime: typeof LocalTime;
  /** A card's expanded view (with its styles), on the first "更多". */
  details: typeof EventDetails;
  /** AMap and Baidu links (coordinate conversion), with the first venue that has a point. */
  mapLinks: typeof MapLinks;
  /** schema.org data, after the list has first shown real events. */
  jsonLd: typeof JsonLd;
  /** The filters in the page URL, with `sync-url`. */
  urlState: typeof UrlState;
  calendar: typeof CalendarDownload;
  share: typeof ShareEvent;
};

/** The visitor's clock reads as the edition's all through its days (no Intl needed). */
const readsAsEdition = (edition: Edition): boolean =>
  clockReadsAs(edition.timeZone, edition.start, edition.end);

export class EventsLazyParts extends LazyParts<EventsParts> {
  constructor(host: LitElement) {
    super(host, {
      viewStyles: () => import('./events-views.styles.js'),
      grouping: () => import('./event-groups.js'),
      localTime: () => import('./local-time.js'),
      details: () => import('./event-details.js'),
      mapLinks: () => import('../shared/map-links.js'),
      jsonLd: () => import('./json-ld.js'),
      urlState: () => import('./url-state.js'),
      calendar: () => import('./calendar-download.js'),
      share: () => import('./share-event.js'),
    });
  }

  /**
   * Loads `name` unless it is here; a failure leaves the widget without the part (the events
   * still show: in the list's layout, in one section, in the edition's times, without JSON-LD).
   */
  want(name: keyof EventsParts): Promise<void> {
    if (this.parts[name]) return Promise.resolve();
    return this.load(name).then(
      () => undefined,
      () => undefined,
    );
  }

  /**
   * The local-time helpers, for a visitor whose clock is not the edition's (`clockReadsAs`,
   * without Intl: a visitor in the edition's zone never asks Intl for theirs).
   */
  wantLocalTime(edition: Edition): Promise<void> {
    return readsAsEdition(edition) ? Promise.resolve() : this.want('localTime');
  }

  /**
   * Whether the visitor reads the edition's times differently (the local-time helpers know;
   * until they are here, no: they are asked for, and the element renders again). `visitorZone`
   * (Intl, ~100 ms the first time on a phone) is asked only when the clocks differ.
   */
  clockDiffers(visitorZone: () => string, edition: Edition): boolean {
    if (readsAsEdition(edition)) return false;
    const localTime = this.parts.localTime;
    if (!localTime) return (void this.wantLocalTime(edition), false);
    return localTime.clockDiffers(edition.timeZone, visitorZone(), edition.start);
  }

  /**
   * Writes the JSON-LD of `shown` into the page (none without an `edition`). Its module loads
   * only once real events are shown (samples get none, json-ld.ts), and the update its arrival
   * asks for writes it.
   */
  syncJsonLd(
    host: HTMLElement,
    edition: Edition | undefined,
    shown: readonly ProgrammeEvent[],
  ): void {
    const module = this.parts.jsonLd;
    if (module) module.writeJsonLd(host, edition && module.eventsJsonLdText(shown, edition));
    else if (edition && shown.some((event) => !event.sample)) void this.want('jsonLd');
  }
}
